import { describe, expect, it } from 'vitest';
import { readKey } from '../../eval/key.js';
import { placedAt, valueMatches } from '../../eval/match.js';
import { score } from '../../eval/score.js';
import { check } from '../../src/index.js';
import { projectRules } from '../support/sources.js';

describe('eval matching', () => {
  it.each([
    [{ type: 'count', n: 10 } as const, 10, true],
    [{ type: 'count', n: 10 } as const, '9', false],
    [{ type: 'quantity', amount: 10, unit: 'ton', approx: 'nearly' } as const, '10 ton', true],
    [{ type: 'quantity', amount: 890e9, unit: 'USD' } as const, '890000000000 USD', true],
    [{ type: 'quantity', amount: 10, unit: 'ton' } as const, '10 km', false],
    [{ type: 'name', text: 'Spider Web' } as const, 'spider web', true],
    // A member's place in the count answers a key's count; its name still answers the name.
    [{ type: 'member', text: 'Russia', ordinal: 39 } as const, 39, true],
    [{ type: 'member', text: 'Russia', ordinal: 39 } as const, 40, false],
    [{ type: 'member', text: 'Russia', ordinal: 39 } as const, 'Russia', true],
    [{ type: 'quote', text: 'We need to promote mutual learning between our civilizations', speaker: 'X' } as const, 'We need to promote mutual learning between our civilizations and enhance', true],
  ])('%j matches %j: %s', (value, key, expected) => {
    expect(valueMatches(value, key)).toBe(expected);
  });

  it.each([
    [{ start: '2025-08-29', end: '2025-08-29' }, '2025-08-29', true],
    [{ start: '2025-08-29', end: '2025-08-29' }, '2025-08', true],
    [{ start: '2024-01-01', end: '2024-12-31' }, '2024-07', false],
    [undefined, '2024', false],
  ])('%j is placed at %s: %s', (span, asOf, expected) => {
    expect(placedAt(span, asOf)).toBe(expected);
  });
});

describe('scoring the seed corpus against its key', () => {
  it('finds every finding in the key with the right kind and hits no trap', async () => {
    const report = await check({ paths: ['sources'], rules: projectRules, tool: { name: 'factdiff', version: 'test' }, generatedAt: '2026-01-01T00:00:00.000Z' });
    const scores = score(report, readKey('eval/keys/seeds.yaml'));
    expect(scores.missed).toEqual([]);
    expect(scores.wrongKind).toEqual([]);
    expect(scores.hitTraps).toEqual([]);
    expect(scores.precision).toBe(1);
  });

  it('names the file and field of a bad key', () => {
    expect(() => readKey('test/fixtures/eval/bad-key.yaml')).toThrow(/bad-key\.yaml: \/findings\/0\/kind must be one of conflict/);
  });
});

describe('traps with several values', () => {
  const claim = (source: string, amount: number, approx?: 'more-than') => ({
    source,
    value: { type: 'quantity' as const, amount, unit: 'ticket', ...(approx ? { approx } : {}) },
    display: String(amount),
    text: '',
    zone: 'body' as const,
    time: { implied: [], basis: 'none' as const, certain: false },
    line: 1,
    column: 1,
    claimId: String(amount),
  });
  const report = (claims: ReturnType<typeof claim>[]) =>
    ({ discrepancies: [{ property: 'quantity', kind: 'unresolved', claims }], claims: [], sources: [] }) as never;
  const key = (values: string[]) => ({ corpus: 'x', facts: [], findings: [], traps: [{ description: 'approximations that agree', sources: ['a.md', 'b.md'], values }] });

  it('is hit when a finding holds the two values against each other', () => {
    // "more than 9.5 million" against "12.1 million": the two sides disagree.
    expect(score(report([claim('a.md', 9.5e6, 'more-than'), claim('b.md', 12.1e6)]), key(['9.5e6 ticket', '1.21e7 ticket'])).trapsHit).toBe(1);
  });

  it('is not hit when the two values stand together on one agreeing side', () => {
    // "more than 9.5 million" and "9.56 million" agree; the finding is about an undated 8.6 million.
    const found = report([claim('a.md', 9.5e6, 'more-than'), claim('b.md', 9.56e6), claim('c.txt', 8.6e6)]);
    expect(score(found, key(['9.5e6 ticket', '9.56e6 ticket'])).trapsHit).toBe(0);
  });
});

/** A count as a report's finding lists it, read from `text`. */
function reportedCount(source: string, n: number, text = '') {
  return {
    source,
    value: { type: 'count' as const, n },
    display: String(n),
    text,
    zone: 'body' as const,
    time: { implied: [], basis: 'none' as const, certain: false },
    line: 1,
    column: 1,
    claimId: `${source}${n}`,
  };
}

describe('traps: values from the trap\'s own sources', () => {
  const at = (source: string, n: number) => reportedCount(source, n);
  const trap = { corpus: 'x', facts: [], findings: [], traps: [{ description: "a part of the group: 'The other seven partner states'", sources: ['treaty.json#1'], values: [7, 8] }] };
  const report = (claims: ReturnType<typeof at>[]) => ({ discrepancies: [{ property: 'member-states', kind: 'temporal-change', claims }], claims: [], sources: [] }) as never;

  it('is not hit when the 7 comes from another article', () => {
    expect(score(report([at('explainer.txt', 7), at('treaty.json#1', 8)]), trap).trapsHit).toBe(0);
  });

  it('is hit when the trap\'s article gives both values', () => {
    expect(score(report([at('treaty.json#1', 7), at('treaty.json#1', 8)]), trap).trapsHit).toBe(1);
  });
});

describe('traps with a phrase: page furniture beside the real figure', () => {
  const at = reportedCount;
  // test6 (noto-toll-rises.html): "We use cookies … with our 128 vendors" above the story; the toll of 128 is real.
  const trap = { corpus: 'x', facts: [], findings: [], traps: [{ description: "page furniture: cookie bar '128 vendors'", sources: ['rises.html', 'passes.md'], values: [128], phrase: '128 vendors' }] };
  const report = (claims: ReturnType<typeof at>[]) => ({ discrepancies: [{ property: 'quantity', kind: 'temporal-change', claims }], claims: [], sources: [] }) as never;

  it('is not hit by the real figure', () => {
    expect(score(report([at('rises.html', 72, 'The toll rose to 72.'), at('passes.md', 128, 'It stood at 128 on Sunday.')]), trap).trapsHit).toBe(0);
  });

  it('is hit by a claim read from the furniture', () => {
    expect(score(report([at('rises.html', 128, 'We use cookies and similar technologies with our 128 vendors.'), at('passes.md', 72, 'The toll was 72.')]), trap).trapsHit).toBe(1);
  });
});
