/** claimIndex: the drop's claims by sentence (source and offset) and by subject, in drop order. */
import { describe, expect, it } from 'vitest';
import { claimIndex } from '../../src/compare/check-context.js';
import type { Claim } from '../../src/types.js';

const claim = (id: string, source: string, offset: number, subject = 's'): Claim => ({ id, source, evidence: { offset }, subject: { key: subject, text: subject }, property: 'p' }) as unknown as Claim;

describe('claimIndex', () => {
  // A source's claims apart in the drop (a, b, then a again), and two sources whose names and offsets would join alike.
  const all = [claim('1', 'a', 0), claim('2', 'a', 10), claim('3', 'b', 0), claim('4', 'a', 0), claim('5', 'a\u00001', 0), claim('6', 'a', 10, 't')];

  it.each([
    ['a', 0, ['1', '4']],
    ['a', 10, ['2', '6']],
    ['b', 0, ['3']],
    ['a\u00001', 0, ['5']],
    ['a', 1, []],
    ['c', 0, []],
  ])('gives the claims of the sentence of %j at %d, in drop order', (source, offset, ids) => {
    expect(claimIndex(all).sentence(source, offset).map((c) => c.id)).toEqual(ids);
  });

  it('gives the same claim objects, and one index per list', () => {
    expect(claimIndex(all).sentence('a', 0)[1]).toBe(all[3]);
    expect(claimIndex(all)).toBe(claimIndex(all));
    expect(claimIndex(all).about('t', ['p'])).toEqual([all[5]]);
  });
});
