import { describe, expect, it } from 'vitest';
import { findingPlace, sourcePath } from '../../src/report/finding-place.js';
import type { ClaimTime, Discrepancy } from '../../src/types.js';
import { side } from './fixture.js';

const at = (day: string): ClaimTime => ({ span: { start: day, end: day, precision: 'day' }, implied: [], basis: 'written', certain: true });
const undated: ClaimTime = { implied: [], basis: 'none', certain: false };

function finding(times: ClaimTime[]): Discrepancy {
  const base = side('c-nine');
  return {
    id: 'f', rule: 'r', kind: 'conflict', scope: 'cross-source', severity: 'error', confidence: 1, subject: 's', property: 'p',
    message: 'm', linkedBy: [], claims: times.map((time, i) => ({ ...base, claimId: `c${i}`, time })),
  };
}

describe('findingPlace', () => {
  it.each<[string, ClaimTime[], string]>([
    ['the later claim when it comes first', [at('2025-08-29'), at('2024-07-01')], 'c0'],
    ['the later claim when it comes last', [at('2024-07-01'), at('2025-08-29')], 'c1'],
    ['a dated claim over an undated one', [at('2024-07-01'), undated], 'c0'],
    ['the last claim when all are undated', [undated, undated, undated], 'c2'],
    ['the last of equally late claims', [at('2025-01-01'), at('2025-01-01'), at('2024-01-01')], 'c1'],
  ])('picks %s', (_name, times, expected) => {
    const { place, others } = findingPlace(finding(times));
    expect(place.claimId).toBe(expected);
    expect(others.map((c) => c.claimId)).toEqual(times.map((_, i) => `c${i}`).filter((id) => id !== expected));
  });

  it('refuses a finding without claims', () => {
    expect(() => findingPlace(finding([]))).toThrow(/no claims/);
  });
});

describe('sourcePath', () => {
  it('maps a source id to its path, or strips the #N of a JSON array element', () => {
    const sources = new Map([['drop.json#2', { id: 'drop.json#2', path: 'drops/drop.json', publishedFrom: 'metadata' as const, facts: 0, diagnostics: [] }]]);
    expect(sourcePath('drop.json#2', sources)).toBe('drops/drop.json');
    expect(sourcePath('other.json#11', sources)).toBe('other.json');
  });
});
