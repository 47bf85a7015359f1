/**
 * The organisation finds kept per source between runs (src/cache/file-finds-memo.ts): the drop's
 * learned organisations are the same with and without them, only texts they do not hold are
 * searched, and `factdiff check` with a cache reports byte for byte what a `--no-cache` run does
 * after sources are added, edited and removed, a rule file changes, and the cache folder is deleted.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck, type CheckFlags } from '../../src/cli/check-command.js';
import { withLearnedOrganisations, type FindsMemo, type TextFinds } from '../../src/extract/learn-organisations.js';
import { loadRules } from '../../src/rules/load-rules.js';
import type { Source } from '../../src/types.js';

const tool = { name: 'factdiff', version: 'test' };
const tmp = (name: string) => mkdtempSync(join(tmpdir(), `factdiff-finds-${name}-`));

async function run(paths: string[], flags: Partial<CheckFlags>) {
  const out: string[] = [];
  const err: string[] = [];
  await runCheck(paths, { format: 'json', failOn: 'never', ...flags }, tool, { stdout: (s) => out.push(s), stderr: (s) => err.push(s), color: false });
  return { report: out.join('').replace(/"generatedAt": "[^"]*"/, ''), stderr: err.join('') };
}

const texts = [
  'The Association of Southeast Asian Nations (ASEAN) met in Jakarta. The Commonwealth of Nations has 56 members.',
  'Mercosur, the South American trade bloc, admitted Bolivia. The Commonwealth said so.',
  'The Pacific Islands Forum (PIF) has 18 members. The Pacific Islands Forum (PIF) met again.',
  'Nothing is defined here.',
];
const sources = texts.map((text, i) => ({ id: `s${i}`, text }) as Source);

/** A memo in memory that counts what it was asked for and what it was given. */
function memoryMemo(): FindsMemo & { recalled: number; kept: number } {
  const held = new Map<string, string>();
  return {
    recalled: 0,
    kept: 0,
    recall(source, context) {
      const json = held.get(`${context}\0${source.text}`);
      if (json === undefined) return undefined;
      this.recalled++;
      return JSON.parse(json) as TextFinds;
    },
    keep(source, context, finds) {
      this.kept++;
      held.set(`${context}\0${source.text}`, JSON.stringify(finds));
    },
  };
}

describe('organisation finds kept per source', () => {
  it('give the same organisations as searching every text, and only new texts are searched', () => {
    const rules = loadRules(['rules']);
    const memo = memoryMemo();
    const plain = withLearnedOrganisations(rules, sources);
    expect(plain.lexicon.organisations).toMatchObject({ ASEAN: ['Association of Southeast Asian Nations'], PIF: ['Pacific Islands Forum'], Mercosur: [] });
    expect(withLearnedOrganisations(rules, sources, memo)).toEqual(plain);
    expect([memo.recalled, memo.kept]).toEqual([0, 4]);
    expect(withLearnedOrganisations(rules, sources, memo)).toEqual(plain);
    expect([memo.recalled, memo.kept]).toEqual([4, 4]);
    // One text more: only it is searched.
    const more = [...sources, { id: 'new', text: 'The Commonwealth of Independent States met.' } as Source];
    expect(withLearnedOrganisations(rules, more, memo)).toEqual(withLearnedOrganisations(rules, more));
    expect([memo.recalled, memo.kept]).toEqual([8, 5]);
    // Other heads or nouns: every text is searched again.
    const fewer = { ...rules, lexicon: { ...rules.lexicon, organisationNouns: ['the union'], organisationHeads: [] } };
    expect(withLearnedOrganisations(fewer, sources, memo)).toEqual(withLearnedOrganisations(fewer, sources));
    expect(memo.kept).toBe(9);
  });

  it('leave every report as a run without the cache gives it, as sources and rules change', async () => {
    const root = tmp('drop');
    const drop = join(root, 'drop');
    cpSync('sources', drop, { recursive: true });
    for (const file of readdirSync('test/fixtures/alliance')) cpSync(join('test/fixtures/alliance', file), join(drop, file));
    const rulesDir = join(root, 'rules');
    cpSync('rules', rulesDir, { recursive: true });
    const cacheDir = join(tmp('cache'), 'cache');
    const lexicon = join(rulesDir, 'generic/lexicon.yaml');
    const steps: Array<() => void> = [
      () => undefined,
      // Added: a source that defines an organisation, and one that names a body.
      () => writeFileSync(join(drop, 'added.md'), '---\ntitle: Added\npublisher: Wire\npublished: 2025-09-02\n---\n\nThe Pacific Islands Forum (PIF) has 18 members. Mercosur, the South American trade bloc, has 5 members.\n'),
      () => undefined,
      // Changed: the definition edited.
      () => writeFileSync(join(drop, 'added.md'), readFileSync(join(drop, 'added.md'), 'utf8').replace('Pacific Islands Forum (PIF)', 'Pacific Islands Council (PIC)')),
      // A rule file changed: the organisation nouns.
      () => writeFileSync(lexicon, readFileSync(lexicon, 'utf8').replace('the bloc, ', '')),
      // Removed.
      () => rmSync(join(drop, 'added.md')),
      // The cache folder deleted.
      () => rmSync(cacheDir, { recursive: true, force: true }),
    ];
    for (const step of steps) {
      step();
      const warm = await run([drop], { cacheDir, rules: [rulesDir] });
      expect(warm.stderr).toBe('');
      expect(warm.report).toBe((await run([drop], { cache: false, rules: [rulesDir] })).report);
    }
    expect(readdirSync(cacheDir).filter((name) => name.endsWith('.finds'))).toHaveLength(1);
  }, 120_000);

  it('says a damaged memo is ignored, and reports the same', async () => {
    const cacheDir = join(tmp('cache'), 'cache');
    const cold = await run(['sources'], { cacheDir });
    const file = readdirSync(cacheDir).find((name) => name.endsWith('.finds'))!;
    writeFileSync(join(cacheDir, file), readFileSync(join(cacheDir, file), 'utf8').replace('"bare"', '"bara"'));
    const warm = await run(['sources'], { cacheDir });
    expect(warm.stderr).toMatch(/damaged organisation memo .* ignored, every text is searched again/);
    expect(warm.report).toBe(cold.report);
  });
});
