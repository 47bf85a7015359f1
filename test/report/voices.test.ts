/* eslint-disable @typescript-eslint/no-explicit-any -- the tests break reports on purpose */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/index.js';
import { buildReport } from '../../src/report/build-report.js';
import { formatHtml } from '../../src/report/format-html.js';
import { formatJson } from '../../src/report/format-json.js';
import { validateReport } from '../../src/report/validate-report.js';
import type { Voice } from '../../src/types.js';
import { projectRules } from '../support/sources.js';
import { discrepancies, fixtureInput, S000, S001, S002 } from './fixture.js';

const voices = new Map<string, Voice>([
  [S000, { id: S000, sameStoryAs: [{ source: S001, relation: 'translation', overlap: 0.36 }] }],
  [S001, { id: S000, sameStoryAs: [{ source: S000, relation: 'translation', overlap: 0.36 }] }],
]);
const odd = { value: 'Spider Web', sources: [S001] };
const input = { ...fixtureInput, voices, discrepancies: discrepancies.map((d, i) => (i === 0 ? { ...d, oddOneOut: odd } : d)) };
const report = buildReport(input);
const fresh = (): any => structuredClone(report);

describe('voices and the odd one out in the report', () => {
  it('puts a voice on each source of a reprint group and none on the others', () => {
    expect(report.sources.map((s) => [s.id, s.voice?.id])).toEqual([[S000, S000], [S001, S000], [S002, undefined]]);
  });

  it('validates, with and without the new optional fields', () => {
    expect(validateReport(report)).toEqual([]);
    expect(validateReport(buildReport(fixtureInput))).toEqual([]);
  });

  it.each<[string, (r: any) => void, string]>([
    ['an unknown relation', (r) => { r.sources[0].voice.sameStoryAs[0].relation = 'summary'; }, '/sources/0/voice/sameStoryAs/0/relation must be equal to one of the allowed values'],
    ['an overlap above 1', (r) => { r.sources[0].voice.sameStoryAs[0].overlap = 1.5; }, '/sources/0/voice/sameStoryAs/0/overlap must be <= 1'],
    ['a voice with no links', (r) => { r.sources[0].voice.sameStoryAs = []; }, '/sources/0/voice/sameStoryAs must NOT have fewer than 1 items'],
    ['an odd one out without sources', (r) => { delete r.discrepancies.find((d: any) => d.oddOneOut).oddOneOut.sources; }, "must have required property 'sources'"],
  ])('rejects %s', (_name, breakIt, problem) => {
    const broken = fresh();
    breakIt(broken);
    expect(validateReport(broken).join('\n')).toContain(problem);
  });

  it('writes the new keys in the schema\'s order: voice after diagnostics, oddOneOut after diff', () => {
    const json = JSON.parse(formatJson(report));
    expect(Object.keys(json.sources[0]).slice(-2)).toEqual(['diagnostics', 'voice']);
    expect(Object.keys(json.discrepancies.find((d: any) => d.oddOneOut)).slice(-2)).toEqual(['diff', 'oddOneOut']);
  });

  it('shows reprint groups in the per-source view and marks the odd claim in the HTML', () => {
    const tree = unified().use(rehypeParse).parse(formatHtml(report));
    const stories = selectAll('#source-list .source-meta', tree).map((meta) => {
      const cells = selectAll('dt, dd', meta).map((cell) => toText(cell));
      return cells[cells.indexOf('Same story') + 1];
    });
    expect(stories).toEqual([`translation with Xinhua (${S001.slice(8)}) · 36% shared`, `translation with ${S000.slice(8)} · 36% shared`, 'its own voice']);
    expect(selectAll('.finding .odd', tree).map((el) => toText(el))).toEqual(['odd one out']);
  });
});

describe('check() on a drop with a verbatim reprint', () => {
  it('groups the reprint with its original and the report validates', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'factdiff-reprint-'));
    try {
      const original = readFileSync('sources/004_0d3b27191444d1bc.txt', 'utf8');
      writeFileSync(join(dir, 'original.txt'), original);
      writeFileSync(join(dir, 'reprint.txt'), `Reprinted with permission\n\n${original}`);
      writeFileSync(join(dir, 'other.txt'), readFileSync('sources/003_faf56f62527e6a2a.txt', 'utf8'));
      const result = await check({ paths: [dir], rules: projectRules, tool: { name: 'factdiff', version: 'test' }, generatedAt: '2026-01-01T00:00:00.000Z' });
      expect(validateReport(result)).toEqual([]);
      const byName = Object.fromEntries(result.sources.map((s) => [s.id.split('/').at(-1), s.voice]));
      expect(byName['other.txt']).toBeUndefined();
      expect(byName['reprint.txt']?.id).toBe(join(dir, 'original.txt'));
      expect(byName['reprint.txt']?.sameStoryAs).toEqual([{ source: join(dir, 'original.txt'), relation: 'reprint', overlap: 1 }]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
