/**
 * Shards for CI matrices: n runners each extract every nth file of a drop, one joins the shard
 * files, and the report is byte for byte the one a single check gives (apart from generatedAt,
 * fixed here). Organisations one article defines reach the others across shards.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { baselineOf, formatBaseline } from '../../src/baseline/baseline-file.js';
import { runCompare } from '../../src/cli/compare-command.js';
import { UsageError } from '../../src/errors/index.js';
import { loadFacts } from '../../src/facts/load-facts.js';
import { check, type Report } from '../../src/index.js';
import { compareShards, type NamedShard } from '../../src/shard/compare-shards.js';
import { extractShard } from '../../src/shard/extract-shard.js';
import { assignShards, parseShard } from '../../src/shard/partition.js';
import { formatShardFile, parseShardFile, type Shard } from '../../src/shard/shard-file.js';
import { formatHtml } from '../../src/report/format-html.js';
import { formatJson } from '../../src/report/format-json.js';
import { projectRules } from '../support/sources.js';

const tool = { name: 'factdiff', version: 'test' };
const generatedAt = '2026-01-01T00:00:00.000Z';
const bytes = (report: Report) => formatJson(report) + formatHtml(report);

/** Every shard of `paths` in n, written out and read back as the compare step reads them. */
async function shardsOf(paths: string[], n: number, rules = projectRules): Promise<NamedShard[]> {
  const shards: NamedShard[] = [];
  for (let index = 1; index <= n; index++) {
    const shard = await extractShard({ paths, rules, tool, shard: { index, count: n } });
    shards.push({ name: `claims-${index}.jsonl`, shard: parseShardFile(formatShardFile(shard), `claims-${index}.jsonl`) });
  }
  return shards;
}

/** A drop with an unreadable input beside real articles. */
function dropWithBrokenFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'factdiff-shards-'));
  writeFileSync(join(dir, 'a-defines.md'), '---\ntitle: A\npublished: 2025-09-02\n---\n\nThe Pacific Islands Forum (PIF) has 18 members, its secretary-general said.\n');
  writeFileSync(join(dir, 'b-uses.md'), '---\ntitle: B\npublished: 2025-09-02\n---\n\nThe PIF now has 19 members after a vote on Monday.\n');
  writeFileSync(join(dir, 'c-broken.json'), '{"title": "C", "body": ');
  return dir;
}

describe.each([['sources'], ['test/corpus/dev'], ['test/fixtures/alliance'], ['broken']])('shards of %s', (name) => {
  it.each([[1], [2], [3]])('in %i give the report of one check', async (n) => {
    const paths = [name === 'broken' ? dropWithBrokenFile() : name];
    const single = bytes(await check({ paths, rules: projectRules, tool, generatedAt }));
    expect(bytes(compareShards(await shardsOf(paths, n), projectRules, tool, generatedAt))).toBe(single);
  }, 60_000);
});

describe('organisations defined in another shard', () => {
  it('resolve as in one run: the acronym in b-uses.md is the Forum that a-defines.md names', async () => {
    const dir = dropWithBrokenFile();
    const shards = await shardsOf([dir], 2);
    const owner = (file: string) => shards.find((s) => s.shard.entries.some((e) => e.source.path.endsWith(file)))!;
    expect(owner('a-defines.md')).not.toBe(owner('b-uses.md'));
    const counts = shards.flatMap((s) => s.shard.entries.flatMap((e) => e.claims)).filter((c) => c.property === 'member-states');
    expect(counts.map((c) => [c.source.split('/').at(-1), c.subject.key, c.value])).toEqual([
      ['a-defines.md', counts[0]!.subject.key, { type: 'count', n: 18 }],
      ['b-uses.md', counts[0]!.subject.key, { type: 'count', n: 19 }],
    ]);
    const report = compareShards(shards, projectRules, tool, generatedAt);
    expect(report.discrepancies.filter((d) => d.kind === 'conflict').map((d) => d.claims.map((c) => c.value))).toEqual([[{ type: 'count', n: 18 }, { type: 'count', n: 19 }]]);
  }, 60_000);
});

describe('dealing files to shards', () => {
  it('deals sorted paths round-robin, every file to one shard', () => {
    expect([...assignShards(['d.md', 'b.md', 'a.json', 'c.txt', 'e.html'], 2)]).toEqual([
      ['a.json', 1],
      ['b.md', 2],
      ['c.txt', 1],
      ['d.md', 2],
      ['e.html', 1],
    ]);
  });

  it.each([
    ['1/1', { index: 1, count: 1 }],
    ['2/3', { index: 2, count: 3 }],
    [' 10 / 12 ', { index: 10, count: 12 }],
  ])('reads --shard %j', (value, expected) => {
    expect(parseShard(value)).toEqual(expected);
  });

  it.each([['0/2'], ['3/2'], ['2'], ['a/b'], ['1/0']])('refuses --shard %j, with an example', (value) => {
    expect(() => parseShard(value)).toThrow(/--shard must be i\/n with 1 ≤ i ≤ n, e\.g\. --shard 2\/3/);
  });
});

describe('shards that do not fit together', () => {
  const with3 = shardsOf(['sources'], 3);
  const refuse = async (edit: (shards: NamedShard[]) => NamedShard[], rules = projectRules) => {
    const shards = structuredClone(await with3);
    return () => compareShards(edit(shards), rules, tool, generatedAt);
  };
  const header = (s: NamedShard, change: Partial<Shard['header']>): NamedShard => ({ ...s, shard: { ...s.shard, header: { ...s.shard.header, ...change } } });

  it.each<[string, (shards: NamedShard[]) => NamedShard[], RegExp]>([
    ['a missing shard', (s) => [s[0]!, s[2]!], /^shard 2\/3 missing: compare needs all 3$/],
    ['a shard given twice', (s) => [...s, s[1]!], /^shard 2\/3 is given twice: claims-2\.jsonl and claims-2\.jsonl$/],
    ['a shard of another drop', (s) => [s[0]!, header(s[1]!, { drop: 'other' }), s[2]!], /^claims-2\.jsonl \(shard 2\/3\) is of another drop or split than claims-1\.jsonl/],
    ['a shard of another tool version', (s) => [s[0]!, header(s[1]!, { tool: { name: 'factdiff', version: 'old' } }), s[2]!], /^claims-2\.jsonl was extracted by factdiff@old, this is factdiff@test: extract again$/],
    ['a truncated shard', (s) => [s[0]!, { ...s[1]!, shard: { ...s[1]!.shard, entries: s[1]!.shard.entries.slice(1) } }, s[2]!], /^the shards hold 4 of the drop's 5 sources/],
    ['no shard at all', () => [], /^compare needs the shard files/],
  ])('refuses %s, saying so', async (_, edit, message) => {
    const run = await refuse(edit);
    expect(run).toThrow(UsageError);
    expect(run).toThrow(message);
  }, 60_000);

  it('refuses shards extracted under other rules', async () => {
    const run = await refuse((s) => s, { ...projectRules, rules: projectRules.rules.slice(1) });
    expect(run).toThrow(/^claims-1\.jsonl was extracted with other rules than the ones given/);
  }, 60_000);

  it.each([
    ['{"factdiff":"claims","format":1}\n', /^x\.jsonl: not a factdiff shard/],
    ['{"factdiff":"claims-shard","format":9}\n', /^x\.jsonl: shard format 9, expected 1; extract it again/],
    ['{"factdiff":"claims-shard","format":1}\n{"at":0,\n', /^x\.jsonl:2: not a line of JSON$/],
  ])('refuses a file that is no shard: %j', (text, message) => {
    expect(() => parseShardFile(text, 'x.jsonl')).toThrow(message);
  });
});

describe('factdiff compare with verified facts, a baseline and decisions', () => {
  const NATO_FACTS = 'facts:\n  - subject: NATO\n    property: member-states\n    rule: generic.member-count\n    value: 31\n    asOf: 2024-07-09\n    note: a deliberately wrong fact, so it meets the sources\n';
  const io = (out: string[]) => ({ stdout: (s: string) => out.push(s), stderr: (s: string) => out.push(s), color: false });

  it('gives the report one check gives with the same --facts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'factdiff-shard-facts-'));
    writeFileSync(join(dir, 'nato.yaml'), NATO_FACTS);
    const verified = loadFacts(join(dir, 'nato.yaml'), projectRules);
    const paths = ['test/fixtures/alliance'];
    const single = await check({ paths, rules: projectRules, tool, generatedAt, verified });
    expect(single.discrepancies.some((d) => d.claims.some((c) => c.source.endsWith('nato.yaml')))).toBe(true);
    expect(bytes(compareShards(await shardsOf(paths, 2), projectRules, tool, generatedAt, verified))).toBe(bytes(single));
  }, 60_000);

  it('marks findings against --baseline, so only new ones fail the run', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'factdiff-shard-baseline-'));
    const files: string[] = [];
    for (const named of await shardsOf(['test/fixtures/alliance'], 2)) {
      const file = join(dir, named.name);
      writeFileSync(file, formatShardFile(named.shard));
      files.push(file);
    }
    const rules = ['rules'];
    const first: string[] = [];
    expect(await runCompare(files, { rules, format: 'json', failOn: 'info' }, tool, io(first))).toBe(1);
    const report = JSON.parse(first.join('')) as Report;
    expect(report.discrepancies.length).toBeGreaterThan(0);
    writeFileSync(join(dir, 'baseline.json'), formatBaseline(baselineOf(report)));
    const again: string[] = [];
    expect(await runCompare(files, { rules, format: 'json', failOn: 'info', baseline: join(dir, 'baseline.json') }, tool, io(again))).toBe(0);
    expect((JSON.parse(again.join('')) as Report).discrepancies.every((d) => d.baselineState === 'unchanged')).toBe(true);
    await expect(runCompare(files, { rules, format: 'json', baseline: join(dir, 'missing.json') }, tool, io([]))).rejects.toThrow('--baseline');
  }, 60_000);
});
