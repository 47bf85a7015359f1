/**
 * The seed corpus end to end: what issue #2 promises an editor on the five raw articles,
 * with the real sentences, and what must stay quiet.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { exitCodeFor } from '../src/cli/exit-code.js';
import { check } from '../src/index.js';
import type { Discrepancy, Report } from '../src/types.js';
import { projectRules } from './support/sources.js';

let report: Report;
beforeAll(async () => {
  report = await check({ paths: ['sources'], rules: projectRules, tool: { name: 'factdiff', version: 'test' }, generatedAt: '2026-01-01T00:00:00.000Z' });
});

const file = (id: string) => `sources/${id}`;
const S000 = file('000_8f66ce1f17e3b40f.txt');
const S001 = file('001_a77efa4691674d51.txt');
const S002 = file('002_573223765cc41308.txt');
const find = (test: (d: Discrepancy) => boolean) => report.discrepancies.filter(test);

describe('seed corpus: publication dates', () => {
  it.each([
    ['000_8f66ce1f17e3b40f.txt', undefined, 'undated'],
    ['001_a77efa4691674d51.txt', '2025-08-29', 'dateline+text'],
    ['002_573223765cc41308.txt', '2024-07-01', 'header'],
    ['003_faf56f62527e6a2a.txt', '2021-06-15', 'dateline+header'],
    ['004_0d3b27191444d1bc.txt', '2023-07-04', 'dateline'],
  ])('%s → %s from %s', (name, published, from) => {
    const source = report.sources.find((s) => s.path === file(name));
    expect(source?.published).toBe(published);
    expect(source?.publishedFrom).toBe(from);
  });

  it('says the undated source is undated', () => {
    expect(report.sources.find((s) => s.path === S000)?.diagnostics.map((d) => d.code)).toContain('undated');
  });
});

describe('seed corpus: findings', () => {
  it('member states 9 (002, 2024-07-01) → 10 (001, 2025-08-29) is a change explained by Belarus joining', () => {
    const [found] = find((d) => d.property === 'member-states');
    expect(found).toMatchObject({ kind: 'temporal-change', severity: 'info', scope: 'cross-source', subject: 'SCO' });
    expect(found?.claims.map((c) => [c.source, c.value, c.time.span?.start])).toEqual([
      [S001, { type: 'count', n: 10 }, '2025-08-29'],
      [S002, { type: 'count', n: 9 }, '2024-07-01'],
    ]);
    expect(found?.claims.map((c) => c.text)).toEqual([
      'It has 10 member states, two observer states and 14 dialogue partners.',
      "Now, with nine member states, three observer states and 14 dialogue partners, the SCO is the world's largest regional organization in terms of geographical scale and population.",
    ]);
    expect(found?.explanation).toMatch(/^Explained by Belarus became the 10th member .*2024/);
  });

  it('observer states 3 → 2 is a change over time too', () => {
    const [found] = find((d) => d.property === 'observer-states');
    expect(found?.kind).toBe('temporal-change');
    expect(found?.claims.map((c) => (c.value.type === 'count' ? c.value.n : NaN)).sort()).toEqual([2, 3]);
  });

  it('"Web" (000, undated) vs "Spider Web" (001) is a name variant linked by shared facts', () => {
    const [found] = find((d) => d.kind === 'name-variant');
    expect(found?.claims.map((c) => [c.source, c.display])).toEqual([[S000, 'Web'], [S001, 'Spider Web']]);
    expect(found?.linkedBy).toEqual(expect.arrayContaining(['China', '10 tons', '1,151 crimes']));
    expect(found?.linkedBy.some((l) => l.includes('this month'))).toBe(true);
    expect(found?.diff).toEqual([['+', 'Spider '], ['=', 'Web']]);
  });

  it('quotes of one speaker worded differently in 000 and 001 are quote variants with word diffs', () => {
    const variants = find((d) => d.kind === 'quote-variant' && d.claims.some((c) => c.source === S000) && d.claims.some((c) => c.source === S001));
    expect(variants.map((d) => d.subject)).toEqual(['Xi Jinping', 'Xi Jinping']);
    const texts = variants.flatMap((d) => d.claims.map((c) => (c.value.type === 'quote' ? c.value.text : '')));
    expect(texts).toContain('Security is a prerequisite for national development and a guarantee of people’s happiness');
    expect(texts.some((t) => t.startsWith('vision of harmony and peaceful co-existence'))).toBe(true);
    for (const d of variants) expect(d.diff?.some(([op]) => op !== '=')).toBe(true);
  });

  it('holds no same-time conflict, so the README command exits 0', () => {
    expect(find((d) => d.kind === 'conflict')).toEqual([]);
    expect(exitCodeFor(report, 'error')).toBe(0);
  });

  it.each([
    ['14 dialogue partners', (d: Discrepancy) => d.property === 'dialogue-partners'],
    ['1,151 crimes and nearly / almost 10 tons', (d: Discrepancy) => d.rule === 'generic.quantity'],
    ['the founding in 2001 or the Dushanbe summit in 2014', (d: Discrepancy) => d.rule === 'generic.summit'],
    ['Bishkek hosting summits in 2013 and 2019', (d: Discrepancy) => d.claims.some((c) => c.text.includes('Bishkek'))],
    ['"Peace Mission" drills and the "Peace Mission 2021" drill', (d: Discrepancy) => d.claims.some((c) => c.display.includes('Peace Mission'))],
  ])('stays quiet about %s', (_name, test) => {
    expect(find(test)).toEqual([]);
  });

  it('reads no fact from page furniture', () => {
    const texts = report.claims.map((c) => c.evidence.text).join('\n');
    for (const furniture of ['1895', 'cookies', 'ICP', 'disclaimer', 'telephone number']) expect(texts).not.toContain(furniture);
  });

  it('every finding names a rule, two claims and where each came from', () => {
    expect(report.discrepancies.length).toBeGreaterThan(0);
    for (const d of report.discrepancies) {
      expect(d.rule).toMatch(/^[a-z]+\.[a-z-]+$/);
      expect(d.claims.length).toBeGreaterThanOrEqual(2);
      for (const c of d.claims) expect([c.source, c.line > 0, c.column > 0, c.text.length > 0]).toEqual([expect.stringMatching(/^sources\//), true, true, true]);
    }
  });
});
