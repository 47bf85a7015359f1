import { describe, expect, it } from 'vitest';
import { neighbourBatches } from '../../src/parallel/batches.js';

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('neighbourBatches: sources for workers in runs of neighbours', () => {
  it.each([
    ['a large drop: runs of 16', 1000, 2, 16, 63],
    ['a small drop: at least 8 batches per worker', 40, 2, 3, 14],
    ['fewer sources than batches wanted: one each', 5, 2, 1, 5],
  ])('%s', (_name, n, threads, size, count) => {
    const batches = neighbourBatches(range(n), threads);
    expect(batches[0]).toHaveLength(size);
    expect(batches).toHaveLength(count);
    expect(batches.flat()).toEqual(range(n));
  });

  it('keeps the given positions and their order (cached sources left out)', () => {
    expect(neighbourBatches([2, 3, 7, 9], 1)).toEqual([[2], [3], [7], [9]]);
  });
});
