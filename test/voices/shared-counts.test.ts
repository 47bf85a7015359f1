/** countShared: pairs of feature sets and how much they share, boilerplate (over maxHolders) skipped. */
import { describe, expect, it } from 'vitest';
import { countShared } from '../../src/compare/voices/shared-counts.js';

const TOP = 2 ** 30;

describe('countShared', () => {
  it('counts features shared by each pair, in pair order', () => {
    const sets = [[1, 2, 3], [2, 3, 4], [9], [3]].map((s) => Uint32Array.from(s));
    expect(countShared(sets, 64)).toEqual([
      { a: 0, b: 1, shared: 2 },
      { a: 0, b: 3, shared: 1 },
      { a: 1, b: 3, shared: 1 },
    ]);
  });

  it('keeps apart features that differ only in their top bits', () => {
    const low = 12345;
    const sets = [[low, TOP + low], [2 * TOP + low], [3 * TOP + low, 4294967295], [TOP + low, 4294967295]].map((s) => Uint32Array.from(s));
    expect(countShared(sets, 64)).toEqual([
      { a: 0, b: 3, shared: 1 },
      { a: 2, b: 3, shared: 1 },
    ]);
  });

  it('skips a feature held by more than maxHolders sets, and only such a feature', () => {
    const sets = [[7, 8], [7, 8], [7], [8]].map((s) => Uint32Array.from(s));
    // 7 and 8 are each in three sets: kept with maxHolders 3, skipped with 2.
    expect(countShared(sets, 3)).toEqual([
      { a: 0, b: 1, shared: 2 },
      { a: 0, b: 2, shared: 1 },
      { a: 0, b: 3, shared: 1 },
      { a: 1, b: 2, shared: 1 },
      { a: 1, b: 3, shared: 1 },
    ]);
    expect(countShared(sets, 2)).toEqual([]);
  });

  it.each([
    [1, 64],
    [2, 5],
    [3, 2],
  ])('gives every pair a count of its own (random sets, seed %d, maxHolders %d), as counting each pair of sets alone does', (seed, maxHolders) => {
    let state = seed;
    const next = (n: number) => ((state = (state * 48271) % 2147483647) % n);
    const sets = Array.from({ length: 60 }, () => {
      const set = new Set<number>();
      for (let k = next(12); k > 0; k--) set.add(next(4) * TOP + next(40));
      return Uint32Array.from([...set].sort((x, y) => x - y));
    });
    const holders = new Map<number, number>();
    for (const set of sets) for (const feature of set) holders.set(feature, (holders.get(feature) ?? 0) + 1);
    const expected = [];
    for (let a = 0; a < sets.length; a++) {
      for (let b = a + 1; b < sets.length; b++) {
        const shared = [...sets[a]!].filter((f) => sets[b]!.includes(f) && holders.get(f)! <= maxHolders).length;
        if (shared > 0) expected.push({ a, b, shared });
      }
    }
    expect(expected.length).toBeGreaterThan(0);
    expect(countShared(sets, maxHolders)).toEqual(expected);
  });
});
