/**
 * Cached claims parsed only when read (src/lazy-claims.ts), end to end: `factdiff check` with a
 * cache reports byte for byte what a `--no-cache` run of the same files does, as sources are added
 * (one joining an old group, one changing which name a speaker is unified under), changed and
 * removed, a rule file changes, the cache folder is deleted or an entry damaged; and a warm run
 * leaves most claims unparsed.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caches, runCheck, type CheckFlags } from '../../src/cli/check-command.js';
import { check, loadRules } from '../../src/index.js';
import { formatJson } from '../../src/report/format-json.js';

const tool = { name: 'factdiff', version: 'test' };
const tmp = (name: string) => mkdtempSync(join(tmpdir(), `factdiff-lazy-${name}-`));

async function run(paths: string[], flags: Partial<CheckFlags>) {
  const out: string[] = [];
  const err: string[] = [];
  await runCheck(paths, { format: 'json', failOn: 'never', ...flags }, tool, { stdout: (s) => out.push(s), stderr: (s) => err.push(s), color: false });
  return { report: out.join('').replace(/"generatedAt": "[^"]*"/, ''), stderr: err.join('') };
}

function drop(): { root: string; drop: string } {
  const root = tmp('drop');
  const dir = join(root, 'drop');
  cpSync('sources', dir, { recursive: true });
  for (const file of readdirSync('test/fixtures/alliance')) cpSync(join('test/fixtures/alliance', file), join(dir, file));
  return { root, drop: dir };
}

/** Joins the NATO member-count group of the alliance articles. */
const joins = '---\ntitle: Joins\npublisher: Wire\npublished: 2025-09-02\n---\n\nNATO now has 33 members, officials said on Monday.\n';
/** A second multi-word speaker with "Xi" in his name: the one-word "Xi" of the SCO articles is no longer unified with "Xi Jinping". */
const otherXi = '---\ntitle: Other Xi\npublisher: Wire\npublished: 2025-09-03\n---\n\nXi Mingze said: "We welcome the new trade talks with our neighbours."\n';

describe('cached claims parsed only when read', () => {
  it('leave every report as a run without the cache gives it, as sources, rules and the cache change', async () => {
    const { root, drop: dir } = drop();
    const rulesDir = join(root, 'rules');
    cpSync('rules', rulesDir, { recursive: true });
    const cacheDir = join(tmp('cache'), 'cache');
    const lexicon = join(rulesDir, 'generic/lexicon.yaml');
    const reports: string[] = [];
    const steps: Array<() => void> = [
      () => undefined,
      () => undefined,
      // Added: a source joining an old group.
      () => writeFileSync(join(dir, 'joins.md'), joins),
      // Added: a source that changes the name a speaker's quotes are unified under.
      () => writeFileSync(join(dir, 'other-xi.md'), otherXi),
      // Changed.
      () => writeFileSync(join(dir, 'joins.md'), joins.replace('33', '34')),
      // A rule file changed.
      () => writeFileSync(lexicon, readFileSync(lexicon, 'utf8').replace('the bloc, ', '')),
      // Removed.
      () => rmSync(join(dir, 'other-xi.md')),
      // The pack, a claims entry and a head damaged (the entries are then read from their own files).
      () => damage(cacheDir),
      // The cache folder deleted.
      () => rmSync(cacheDir, { recursive: true, force: true }),
    ];
    for (const step of steps) {
      step();
      const warm = await run([dir], { cacheDir, rules: [rulesDir] });
      expect(warm.stderr.replace(/factdiff: damaged (claim cache entry|cache pack) [^\n]*\n/g, '')).toBe('');
      const plain = await run([dir], { cache: false, rules: [rulesDir] });
      expect(warm.report).toBe(plain.report);
      reports.push(plain.report);
    }
    // The steps that should change the report did.
    expect(reports[2]).not.toBe(reports[1]);
    expect(reports[3]).not.toBe(reports[2]);
    expect(reports[3]).toMatch(/Xi Mingze/);
  }, 180_000);

  it('are left unparsed by a warm run unless something reads them', async () => {
    const { drop: dir } = drop();
    const cacheDir = join(tmp('cache'), 'cache');
    const rules = loadRules(['rules']);
    const warmRun = async () => {
      const made = caches({ cacheDir }, () => {}, [dir]);
      const stage = (name: string) => (name === 'extract' ? made.extracted() : name === 'compare' ? made.compared() : undefined);
      const { cache, compareMemo, keyMemo, findsMemo, ingestCache } = made;
      const report = await check({ paths: [dir], rules, tool, generatedAt: 'now', cache: cache!, compareMemo: compareMemo!, keyMemo: keyMemo!, findsMemo: findsMemo!, ingestCache: ingestCache!, stage });
      return { report, cache: cache! };
    };
    await warmRun();
    writeFileSync(join(dir, 'joins.md'), joins);
    const { report: warm, cache } = await warmRun();
    const plain = await check({ paths: [dir], rules, tool, generatedAt: 'now' });
    expect(formatJson(warm)).toBe(formatJson(plain));
    // The report's claims that nothing read are still views of claims not parsed: most of them.
    const untouched = warm.claims.filter((claim) => Object.getOwnPropertyDescriptor(claim, 'value')?.get !== undefined);
    expect(untouched.length).toBeGreaterThan(warm.claims.length / 2);
    expect(untouched.length).toBeLessThan(warm.claims.length);
    expect(cache.stats.hits).toBeGreaterThan(0);
  }, 60_000);
});

/** Damages the pack, one claims entry and one head: a byte of each file changed. */
function damage(cacheDir: string): void {
  for (const name of readdirSync(cacheDir).filter((n) => n.endsWith('.pack'))) {
    const bytes = readFileSync(join(cacheDir, name));
    bytes[bytes.length >> 1] ^= 1;
    writeFileSync(join(cacheDir, name), bytes);
  }
  const files = readdirSync(cacheDir).filter((name) => name.endsWith('.json'));
  let claims = 0;
  let heads = 0;
  for (const name of files) {
    const file = join(cacheDir, name);
    const text = readFileSync(file, 'utf8');
    const kind = /^\{"factdiff":"([^"]+)"/.exec(text)?.[1];
    if (kind === 'claims' && claims === 0 && text.includes('"display":"')) {
      writeFileSync(file, text.replace('"display":"', '"display":"x'));
      claims++;
    }
    if (kind === 'claims-head' && heads === 0 && text.includes('"rows":[[')) {
      writeFileSync(file, text.replace('"rows":[[', '"rows":[["x",'));
      heads++;
    }
  }
  expect([claims, heads]).toEqual([1, 1]);
}
