import { describe, expect, it } from 'vitest';
import { buildReport, type BuildReportInput } from '../../src/report/build-report.js';
import { formatJson } from '../../src/report/format-json.js';
import { fixtureInput, S000, S001, S002 } from './fixture.js';
import { hostileInput } from './hostile-fixture.js';

/** Both fixtures in one input: three severities, five sources. */
const combined: BuildReportInput = {
  ...fixtureInput,
  sources: [...fixtureInput.sources, ...hostileInput.sources],
  claims: [...fixtureInput.claims, ...hostileInput.claims],
  discrepancies: [...fixtureInput.discrepancies, ...hostileInput.discrepancies],
};

/** A deterministic Fisher–Yates shuffle (mulberry32), so a failure can be replayed. */
function shuffle<T>(items: readonly T[], seed: number): T[] {
  let state = seed;
  const random = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

function shuffled(input: BuildReportInput, seed: number): BuildReportInput {
  return {
    ...input,
    sources: shuffle(input.sources, seed).map((s) => ({ ...s, diagnostics: shuffle(s.diagnostics, seed) })),
    claims: shuffle(input.claims, seed + 1),
    discrepancies: shuffle(input.discrepancies, seed + 2).map((d) => ({ ...d, claims: shuffle(d.claims, seed + 3) })),
  };
}

describe('buildReport', () => {
  const report = buildReport(combined);

  it('sorts sources by id', () => {
    expect(report.sources.map((s) => s.id)).toEqual([S000, S001, S002, 'sources/evil.html', 'sources/safe.md']);
  });

  it('sorts claims by source, then offset, then id', () => {
    expect(report.claims.map((c) => c.id)).toEqual([
      'c-quote-en', 'c-web', // 000: offsets 785, 1510
      'c-ten', 'c-belarus', 'c-quote-ru', 'c-spider-web', // 001: 4488 … 6729
      'c-nine', 'c-observers-3', // 002: same sentence, same offset, so by id
      'h-evil', 'h-safe',
    ]);
  });

  it('sorts findings by severity, then subject, and each finding’s claims by source then line', () => {
    expect(report.discrepancies.map((d) => [d.severity, d.subject])).toEqual([
      ['error', '<script>alert(1)</script>'],
      ['warning', 'SCO anti-drug operation'],
      ['warning', 'Xi Jinping'],
      ['info', 'SCO'],
    ]);
    expect(report.discrepancies.map((d) => d.claims.map((c) => c.claimId))).toEqual([
      ['h-evil', 'h-safe'],
      ['c-web', 'c-spider-web'],
      ['c-quote-en', 'c-quote-ru'],
      ['c-ten', 'c-nine'],
    ]);
  });

  it('gives identical JSON for any order of the same input', () => {
    const expected = formatJson(report);
    for (const seed of [1, 2, 3, 42, 1234]) expect(formatJson(buildReport(shuffled(combined, seed)))).toBe(expected);
  });

  it('does not modify its input', () => {
    const before = structuredClone(combined);
    buildReport(shuffled(combined, 7));
    buildReport(combined);
    expect(combined).toEqual(before);
  });

  it('keeps exactly the contract fields of a claim (no qualifiers)', () => {
    for (const claim of report.claims) {
      expect(Object.keys(claim).sort()).toEqual(
        ['display', 'evidence', 'extractor', 'id', 'property', 'source', 'subject', 'time', 'value'],
      );
    }
  });

  it('counts every kind and severity, zeros included', () => {
    expect(report.summary).toEqual({
      sources: 5,
      claims: 10,
      discrepancies: {
        byKind: { conflict: 1, 'temporal-change': 1, 'name-variant': 1, 'quote-variant': 1, unresolved: 0 },
        bySeverity: { error: 1, warning: 2, info: 1 },
      },
      new: 4,
      baselined: 0,
    });
    const empty = buildReport({ ...fixtureInput, discrepancies: [] }).summary.discrepancies;
    expect(empty.byKind).toEqual({ conflict: 0, 'temporal-change': 0, 'name-variant': 0, 'quote-variant': 0, unresolved: 0 });
    expect(empty.bySeverity).toEqual({ error: 0, warning: 0, info: 0 });
  });

  it('stamps schemaVersion 1, the tool and the given time', () => {
    expect([report.schemaVersion, report.tool, report.generatedAt]).toEqual([1, { name: 'factdiff', version: '0.1.0' }, '2025-09-01T08:00:00Z']);
  });
});
