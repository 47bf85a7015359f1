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
