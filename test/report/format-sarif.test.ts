import { describe, expect, it } from 'vitest';
import type * as Sarif from 'sarif';
import { markBaseline } from '../../src/baseline/mark-baseline.js';
import { buildReport } from '../../src/report/build-report.js';
import { artifactUri, FINGERPRINT_KEY, formatSarif } from '../../src/report/format-sarif.js';
import { fixtureInput, S000, S001, S002 } from './fixture.js';

const report = buildReport(fixtureInput);
const rules = [{ id: 'core.member-count', description: 'How many members an organisation has, and as of when. More words.', help: 'value-at-time: compares one value across sources and time.' }];
const log = JSON.parse(formatSarif(report, { rules })) as Sarif.Log;
const run = log.runs[0]!;
const result = (ruleId: string) => run.results!.find((r) => r.ruleId === ruleId)!;

describe('formatSarif', () => {
  it('is a SARIF 2.1.0 log with one rule per rule id that found something, help from the docs', () => {
    expect(log.version).toBe('2.1.0');
    expect(run.tool.driver.name).toBe('factdiff');
    expect(run.tool.driver.rules!.map((r) => r.id)).toEqual(['core.member-count', 'core.operation-name', 'core.quote']);
    expect(run.tool.driver.rules![0]).toMatchObject({
      shortDescription: { text: 'How many members an organisation has, and as of when.' },
      help: { text: 'value-at-time: compares one value across sources and time.' },
    });
  });

  it.each([
    ['core.member-count', 'note', S001, 39, 536, [[S002, 97, 1, '"nine member states" in sources/002_573223765cc41308.txt']]],
    ['core.operation-name', 'warning', S001, 59, 176, [[S000, 10, 131, '"Web" in sources/000_8f66ce1f17e3b40f.txt']]],
  ] as const)('puts %s (%s) at its later claim with the other claims as related locations', (ruleId, level, uri, line, column, related) => {
    const r = result(ruleId);
    expect(r.level).toBe(level);
    expect(r.ruleIndex).toBe(run.tool.driver.rules!.findIndex((d) => d.id === ruleId));
    expect(r.locations![0]!.physicalLocation).toMatchObject({ artifactLocation: { uri }, region: { startLine: line, startColumn: column } });
    expect(r.relatedLocations!.map((l) => [l.physicalLocation!.artifactLocation!.uri, l.physicalLocation!.region!.startLine, l.physicalLocation!.region!.startColumn, l.message!.text])).toEqual(related);
  });

  it('carries the fingerprint, and baselineState only with a baseline', () => {
    expect(result('core.quote').partialFingerprints).toEqual({ [FINGERPRINT_KEY]: 'fd-quote-77d0' });
    expect(result('core.quote').baselineState).toBeUndefined();
    const marked = markBaseline(report, { version: 1, findings: [{ id: 'fd-quote-77d0', rule: 'core.quote', kind: 'quote-variant', severity: 'warning', subject: 'x', property: 'quote', message: 'x' }] }, 'b.json');
    const states = (JSON.parse(formatSarif(marked)) as Sarif.Log).runs[0]!.results!.map((r) => [r.ruleId, r.baselineState]);
    expect(states).toEqual([['core.operation-name', 'new'], ['core.quote', 'unchanged'], ['core.member-count', 'new']]);
  });

  it('reports source diagnostics as tool notifications', () => {
    expect(run.invocations![0]!.toolExecutionNotifications).toEqual([
      { level: 'warning', message: { text: 'no dateline, date header or metadata: claims cannot be placed in time' }, descriptor: { id: 'undated' }, locations: [{ physicalLocation: { artifactLocation: { uri: S000 } } }] },
    ]);
  });

  it.each([
    ['sources/a b.txt', 'sources/a%20b.txt'],
    ['sources\\win.txt', 'sources/win.txt'],
    ['/abs/path.txt', 'file:///abs/path.txt'],
  ])('writes the artifact uri of %j as %j', (path, uri) => {
    expect(artifactUri(path)).toBe(uri);
  });

  it('gives the same bytes for the same report', () => {
    expect(formatSarif(report, { rules })).toBe(formatSarif(buildReport(fixtureInput), { rules }));
  });
});
