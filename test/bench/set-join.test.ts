/**
 * The index that keeps the quote and name checks linear (the benchmark's compare stage): it
 * never misses a pair that shares enough tokens, checked against all pairs on random sets, and
 * the pairs it proposes for a drop that repeats its quotes grow with the distinct quotes, not
 * with the copies.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { setJoin } from '../../src/compare/set-join.js';

const overlap = (a: readonly string[], b: readonly string[]) => new Set(a.filter((t) => b.includes(t))).size;

describe('setJoin', () => {
  const sets = fc.array(fc.uniqueArray(fc.constantFrom(...'abcdefghijkl'.split('')), { maxLength: 8 }), { maxLength: 40 });

  it.each([
    ['at least 1 shared', () => 1],
    ['at least 2 shared', () => 2],
    ['at least 3, and 30% of the set', (size: number) => Math.max(3, Math.floor(0.3 * size))],
    ['at least 60% of the set', (size: number) => Math.floor(0.6 * size)],
  ])('proposes every pair with %s, or puts them in one class', (_, minOverlap) => {
    fc.assert(
      fc.property(sets, (input) => {
        const { classes, candidates } = setJoin(input, minOverlap);
        const classOf = new Map(classes.flatMap((members) => members.map((i) => [i, members[0]!] as const)));
        const proposed = new Set(candidates.map(([a, b]) => `${a} ${b}`));
        input.forEach((a, i) =>
          input.forEach((b, j) => {
            if (i >= j || overlap(a, b) < Math.max(1, minOverlap(a.length), minOverlap(b.length))) return;
            const [x, y] = [classOf.get(i)!, classOf.get(j)!];
            expect(x === y || proposed.has(`${Math.min(x, y)} ${Math.max(x, y)}`)).toBe(true);
          }),
        );
      }),
    );
  });

  it('puts identical sets in one class, whatever their order', () => {
    expect(setJoin([['peace', 'trade'], ['war'], ['trade', 'peace'], []], () => 1).classes).toEqual([[0, 2], [1], [3]]);
  });

  it('proposes as many pairs for 10,000 copies of 20 quotes as for 100 copies', () => {
    const quotes = Array.from({ length: 20 }, (_, q) => ['cooperation', 'security', 'region', `topic${q}`, `point${q}`, `place${q % 5}`]);
    const drop = (copies: number) => Array.from({ length: copies }, (_, i) => quotes[i % quotes.length]!);
    const join = (copies: number) => setJoin(drop(copies), (size) => Math.max(3, Math.floor(0.3 * size)));
    expect(join(10_000).candidates).toEqual(join(100).candidates);
    expect(join(10_000).classes).toHaveLength(20);
  });
});
