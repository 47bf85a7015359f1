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
});
