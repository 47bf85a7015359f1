/**
 * Claim keys remembered between runs (file-key-memo.ts): the keys are those made without the memo;
 * a run whose organisations changed keeps the old key of a source that names none of the changed
 * ones and makes the others again; and the report of a warm run is byte for byte that of a run
 * without the cache, as organisations are defined, edited and removed, with other rules, and with
 * the memo damaged.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimKeyer, type ClaimKeyMemo, type KeyLexicon } from '../../src/cache/claim-key.js';
import { runCheck, type CheckFlags } from '../../src/cli/check-command.js';
import type { RuleSet } from '../../src/rules/types.js';
import { projectRules, sourceFrom } from '../support/sources.js';

const tool = { name: 'factdiff', version: 'test' };
const tmp = (name: string) => mkdtempSync(join(tmpdir(), `factdiff-keys-${name}-`));

class MapMemo implements ClaimKeyMemo {
  readonly keys = new Map<string, string>();
  recalled = 0;
  recall(context: string, digest: string): string | undefined {
    const key = this.keys.get(`${context} ${digest}`);
    if (key !== undefined) this.recalled++;
    return key;
  }
  keep(context: string, digest: string, key: string): void {
    this.keys.set(`${context} ${digest}`, key);
  }
}

/** A memo that also keeps the organisations of its keys, as FileKeyMemo does. */
class LexiconMemo extends MapMemo {
  last: KeyLexicon | undefined;
  peeked = 0;
  lexicon(current: KeyLexicon): KeyLexicon | undefined {
    const before = this.last;
    this.last = current;
    return before?.context === current.context ? undefined : before;
  }
  peek(context: string, digest: string): string | undefined {
    this.peeked++;
    return this.keys.get(`${context} ${digest}`);
  }
}

async function run(paths: string[], flags: Partial<CheckFlags>) {
  const out: string[] = [];
  const err: string[] = [];
  await runCheck(paths, { format: 'json', failOn: 'never', ...flags }, tool, { stdout: (s) => out.push(s), stderr: (s) => err.push(s), color: false });
  return { report: out.join('').replace(/"generatedAt": "[^"]*"/, ''), stderr: err.join('') };
}

describe('claim keys remembered between runs', () => {
  const sources = ['The Pacific Islands Forum (PIF) has 18 members.', 'NATO has 32 members.'].map((text, i) => sourceFrom(text, '2024-07-09', `s${i}.md`));
  const withOrganisation = (rules: RuleSet, name: string, variants: string[]): RuleSet => ({ ...rules, lexicon: { ...rules.lexicon, organisations: { ...rules.lexicon.organisations, [name]: variants } } });

  it('are the keys made without the memo, and are made again when the organisations change', () => {
    const plain = sources.map(claimKeyer(projectRules, projectRules, tool));
    const memo = new MapMemo();
    expect(sources.map(claimKeyer(projectRules, projectRules, tool, memo))).toEqual(plain);
    expect(memo.recalled).toBe(0);
    expect(sources.map(claimKeyer(projectRules, projectRules, tool, memo))).toEqual(plain);
    expect(memo.recalled).toBe(2);
    // The memo is believed: a key it holds is the key.
    for (const key of memo.keys.keys()) memo.keys.set(key, 'f'.repeat(64));
    expect(sources.map(claimKeyer(projectRules, projectRules, tool, memo))).toEqual(['f'.repeat(64), 'f'.repeat(64)]);
    const other = withOrganisation(projectRules, 'PIF', ['Pacific Islands Forum', 'the Forum']);
    expect(sources.map(claimKeyer(projectRules, other, tool, memo))).toEqual(sources.map(claimKeyer(projectRules, other, tool)));
    expect(memo.recalled).toBe(4);
  });

  it('are kept for the sources that name no organisation whose standing changed, and made again for the others', () => {
    const three = [...sources, sourceFrom('The Quorum of Northern Harbours met in Oslo.', '2024-07-09', 's2.md')];
    const memo = new LexiconMemo();
    expect(three.map(claimKeyer(projectRules, projectRules, tool, memo))).toEqual(three.map(claimKeyer(projectRules, projectRules, tool)));
    const defined = withOrganisation(projectRules, 'QNH', ['Quorum of Northern Harbours']);
    const before = three.map(claimKeyer(projectRules, projectRules, tool));
    const after = three.map(claimKeyer(projectRules, defined, tool, memo));
    expect(after).toEqual(three.map(claimKeyer(projectRules, defined, tool)));
    // The first two do not name the new organisation: their keys are the old ones (looked up, not made); the third's is new.
    expect(memo.peeked).toBe(3);
    expect(after.slice(0, 2)).toEqual(before.slice(0, 2));
    expect(after[2]).not.toBe(before[2]);
    // Other rules: nothing is kept.
    const otherRules = { ...defined, lexicon: { ...defined.lexicon, organisations: { ...defined.lexicon.organisations, ZZO: ['Zeta Zone Organisation'] } } };
    const peeked = memo.peeked;
    expect(three.map(claimKeyer(otherRules, otherRules, tool, memo))).toEqual(three.map(claimKeyer(otherRules, otherRules, tool)));
    expect(memo.peeked).toBe(peeked);
  });

  it('leave the report of a warm run as it is without the cache, as organisations are learned and when the memo is damaged', async () => {
    const drop = join(tmp('drop'), 'drop');
    cpSync('sources', drop, { recursive: true });
    const cacheDir = join(tmp('cache'), 'cache');
    const keysFile = () => readdirSync(cacheDir).filter((name) => name.endsWith('.keys')).map((name) => join(cacheDir, name));
    const cold = await run([drop], { cacheDir });
    expect(cold.report).toBe((await run([drop], { cache: false })).report);
    expect(keysFile()).toHaveLength(1);
    const before = readFileSync(keysFile()[0]!);
    expect(await run([drop], { cacheDir })).toEqual(cold);
    expect(readFileSync(keysFile()[0]!)).toEqual(before);
    // An article that defines an organisation: every key is made again, and kept.
    writeFileSync(join(drop, 'added.md'), '---\ntitle: Added\npublished: 2025-09-02\n---\n\nThe Zeta Zone Organisation (ZZO) has 18 members.\n');
    const added = await run([drop], { cacheDir });
    expect(added.report).toBe((await run([drop], { cache: false })).report);
    expect(readFileSync(keysFile()[0]!)).not.toEqual(before);
    // An old article names an organisation that a later one defines: its key, and its claims, change.
    writeFileSync(join(drop, 'names.md'), '---\ntitle: Names\npublished: 2025-09-03\n---\n\nThe Quorum of Northern Harbours now has 12 members, its secretary said in Oslo.\n');
    expect((await run([drop], { cacheDir })).report).toBe((await run([drop], { cache: false })).report);
    writeFileSync(join(drop, 'defines.md'), '---\ntitle: Defines\npublished: 2025-09-04\n---\n\nThe Quorum of Northern Harbours (QNH) has 11 members.\n');
    expect((await run([drop], { cacheDir })).report).toBe((await run([drop], { cache: false })).report);
    // The definition edited (another acronym), then gone: the old article's key changes back.
    writeFileSync(join(drop, 'defines.md'), '---\ntitle: Defines\npublished: 2025-09-04\n---\n\nThe Quorum of Northern Harbours (QNHB) has 11 members.\n');
    expect((await run([drop], { cacheDir })).report).toBe((await run([drop], { cache: false })).report);
    rmSync(join(drop, 'defines.md'));
    expect((await run([drop], { cacheDir })).report).toBe((await run([drop], { cache: false })).report);
    // Other rules (an organisation added to a copy of them): no key is kept from the run before.
    const rules = join(tmp('rules'), 'rules');
    cpSync('rules', rules, { recursive: true });
    const pack = join(rules, 'domain', 'north-atlantic.yaml');
    writeFileSync(pack, readFileSync(pack, 'utf8').replace(/^(\s*)organisations:\s*$/m, '$&\n$1  QNH: [Quorum of Northern Harbours]'));
    expect((await run([drop], { cacheDir, rules: [rules] })).report).toBe((await run([drop], { cache: false, rules: [rules] })).report);
    expect((await run([drop], { cacheDir })).report).toBe((await run([drop], { cache: false })).report);
    // A warm run with nothing new keeps the memo as it is.
    const settled = readFileSync(keysFile()[0]!);
    await run([drop], { cacheDir });
    expect(readFileSync(keysFile()[0]!)).toEqual(settled);
    writeFileSync(keysFile()[0]!, readFileSync(keysFile()[0]!, 'utf8').replace(/[0-9a-f]{64}\n/, `${'0'.repeat(64)}\n`));
    const damaged = await run([drop], { cacheDir });
    expect(damaged.stderr).toMatch(/^factdiff: damaged claim key memo .*\.keys \(truncated or edited: its checksum does not match\): ignored/);
    expect(damaged.report).toBe((await run([drop], { cache: false })).report);
  }, 60_000);
});
