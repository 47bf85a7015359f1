/* eslint-disable @typescript-eslint/no-explicit-any -- the tests break reports on purpose */
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/build-report.js';
import { validateReport } from '../../src/report/validate-report.js';
import { fixtureInput } from './fixture.js';
import { hostileInput } from './hostile-fixture.js';

/** A fresh, mutable copy of the fixture report for breaking. */
const fresh = (): any => structuredClone(buildReport(fixtureInput));

describe('validateReport', () => {
  it('accepts the realistic and the hostile fixture reports', () => {
    expect(validateReport(buildReport(fixtureInput))).toEqual([]);
    expect(validateReport(buildReport(hostileInput))).toEqual([]);
  });

  it('accepts every Value variant', () => {
    const report = fresh();
    const span = { start: '2001-06-15', end: '2001-06-15', precision: 'day' };
    const values = [
      { type: 'count', n: 9, approx: 'about' },
      { type: 'quantity', amount: 10, unit: 't', approx: 'nearly' },
      { type: 'date', span },
      { type: 'name', text: 'Web' },
      { type: 'quote', text: 'We always wish well to our neighbors.', speaker: 'Xi Jinping' },
      { type: 'place', text: 'Astana' },
      { type: 'ordinal', n: 10 },
      { type: 'member', text: 'Belarus', ordinal: 10 },
    ];
    report.claims = values.map((value, i) => ({ ...report.claims[0], id: `v${i}`, value }));
    expect(validateReport(report)).toEqual([]);
  });

  it.each([
    ['wrong kind', (r: any) => (r.discrepancies[0].kind = 'contradiction'), '/discrepancies/0/kind must be equal to one of the allowed values'],
    ['wrong severity', (r: any) => (r.discrepancies[1].severity = 'fatal'), '/discrepancies/1/severity must be equal to one of the allowed values'],
    ['missing message', (r: any) => delete r.discrepancies[0].message, "/discrepancies/0 must have required property 'message'"],
    ['missing summary', (r: any) => delete r.summary, "/ must have required property 'summary'"],
    ['extra source field', (r: any) => (r.sources[0].author = 'x'), "/sources/0 must NOT have additional properties: 'author'"],
    ['qualifiers in a report claim', (r: any) => (r.claims[0].qualifiers = {}), "/claims/0 must NOT have additional properties: 'qualifiers'"],
    ['field of another Value variant', (r: any) => (r.claims[0].value.unit = 't'), "/claims/0/value must NOT have additional properties: 'unit'"],
    ['unknown Value type', (r: any) => (r.claims[0].value = { type: 'colour', text: 'red' }), '/claims/0/value/type must be one of count, quantity, date, name, quote, place, ordinal, member; got "colour"'],
    ['count as a string', (r: any) => (r.claims[2].value.n = '9'), '/claims/2/value/n must be number'],
    ['schemaVersion 2', (r: any) => (r.schemaVersion = 2), '/schemaVersion must be equal to constant'],
    ['generatedAt not a date-time', (r: any) => (r.generatedAt = 'yesterday'), '/generatedAt must match format "date-time"'],
    ['published not a date', (r: any) => (r.sources[1].published = '29/08/2025'), '/sources/1/published must match format "date"'],
    ['confidence above 1', (r: any) => (r.discrepancies[0].confidence = 1.5), '/discrepancies/0/confidence must be <= 1'],
    ['line 0', (r: any) => (r.discrepancies[0].claims[0].line = 0), '/discrepancies/0/claims/0/line must be >= 1'],
    ['time basis unknown', (r: any) => (r.claims[0].time.basis = 'guess'), '/claims/0/time/basis must be equal to one of the allowed values'],
    ['diff op unknown', (r: any) => (r.discrepancies[0].diff = [['*', 'x']]), '/discrepancies/0/diff/0/0 must be equal to one of the allowed values'],
    ['diff triple', (r: any) => (r.discrepancies[0].diff = [['=', 'a', 'b']]), '/discrepancies/0/diff/0 must NOT have more than 2 items'],
    ['byKind missing a kind', (r: any) => delete r.summary.discrepancies.byKind.unresolved, "/summary/discrepancies/byKind must have required property 'unresolved'"],
    ['unknown publishedFrom', (r: any) => (r.sources[0].publishedFrom = 'guessed'), '/sources/0/publishedFrom must be equal to one of the allowed values'],
  ])('rejects %s', (_name, breakIt: (report: any) => unknown, expected) => {
    const report = fresh();
    breakIt(report);
    expect(validateReport(report)).toContain(expected);
  });

  it('rejects something that is not a report at all', () => {
    expect(validateReport(null)).toEqual(['/ must be object']);
    expect(validateReport([])).toEqual(['/ must be object']);
  });
});
