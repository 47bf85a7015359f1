import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/build-report.js';
import { formatJson } from '../../src/report/format-json.js';
import type { Report } from '../../src/types.js';
import { fixtureInput } from './fixture.js';

/** The same object with every key order reversed, recursively. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reverseKeys(v)]));
}

describe('formatJson', () => {
  const report = buildReport(fixtureInput);
  const json = formatJson(report);

  it('writes 2-space JSON with a trailing newline that parses back to the report', () => {
    expect(json.endsWith('}\n')).toBe(true);
    expect(json.split('\n')[1]).toBe('  "schemaVersion": 1,');
    expect(JSON.parse(json)).toEqual(report);
  });

  it('writes keys in the contract order whatever order the report was built in', () => {
    const scrambled = reverseKeys(report) as Report;
    expect(Object.keys(scrambled)[0]).toBe('summary');
    expect(formatJson(scrambled)).toBe(json);
    const parsed = JSON.parse(json);
    expect(Object.keys(parsed)).toEqual(['schemaVersion', 'tool', 'generatedAt', 'sources', 'claims', 'discrepancies', 'summary']);
    expect(Object.keys(parsed.sources[1])).toEqual(['id', 'path', 'format', 'title', 'publisher', 'published', 'publishedFrom', 'facts', 'diagnostics']);
    expect(Object.keys(parsed.claims[0])).toEqual(['id', 'source', 'subject', 'property', 'value', 'display', 'time', 'evidence', 'extractor']);
    expect(Object.keys(parsed.discrepancies[0])).toEqual(['id', 'rule', 'kind', 'scope', 'severity', 'confidence', 'subject', 'property', 'message', 'linkedBy', 'claims', 'diff']);
    expect(Object.keys(parsed.discrepancies[0].claims[0])).toEqual(['source', 'value', 'display', 'text', 'zone', 'time', 'line', 'column', 'claimId']);
    expect(Object.keys(parsed.summary.discrepancies.byKind)).toEqual(['conflict', 'temporal-change', 'name-variant', 'quote-variant', 'unresolved']);
  });

  it('puts a value’s type first in every variant', () => {
    expect(json).toContain('"value": {\n        "type": "member",\n        "text": "Belarus",\n        "ordinal": 10\n      }');
    expect(formatJson(reverseKeys(report) as Report)).toContain('"value": {\n        "type": "quote",');
  });

  it('keeps keys the schema does not know, after the known ones, sorted', () => {
    const extended = { ...report, zExtra: 1, aExtra: 2 } as Report;
    expect(Object.keys(JSON.parse(formatJson(extended))).slice(-3)).toEqual(['summary', 'aExtra', 'zExtra']);
  });
});
