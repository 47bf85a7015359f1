/** groupClaims: a rule's claims by subject key and property, in drop order, keyed `subject\0property`. */
import { describe, expect, it } from 'vitest';
import { groupClaims } from '../../src/compare/group-claims.js';
import type { Claim } from '../../src/types.js';

const claim = (id: string, subject: string, property: string): Claim => ({ id, subject: { key: subject, text: subject }, property }) as unknown as Claim;

/** What the compare stage did before: one key string per claim. */
function byJoinedKey(claims: Claim[]): Array<[string, string[]]> {
  const groups = new Map<string, string[]>();
  for (const c of claims) {
    const key = `${c.subject.key}\0${c.property}`;
    groups.set(key, [...(groups.get(key) ?? []), c.id]);
  }
  return [...groups].sort(([a], [b]) => (a < b ? -1 : 1));
}

const sorted = (groups: Map<string, Claim[]>) => [...groups].map(([key, claims]): [string, string[]] => [key, claims.map((c) => c.id)]).sort(([a], [b]) => (a < b ? -1 : 1));

describe('groupClaims', () => {
  it.each([
    ['subjects and properties interleaved', [claim('1', 'org:a', 'members'), claim('2', 'org:b', 'members'), claim('3', 'org:a', 'founded'), claim('4', 'org:a', 'members')]],
    ['pairs that join into one key (a \\0 in a subject or property)', [claim('1', 'a\u0000b', 'c'), claim('2', 'a', 'b\u0000c'), claim('3', 'a', 'b'), claim('4', 'a\u0000b', 'c')]],
    ['no claims', []],
  ])('groups as one key string per claim does: %s', (_, claims) => {
    expect(sorted(groupClaims(claims))).toEqual(byJoinedKey(claims));
  });

  it('keeps the claim objects, in drop order', () => {
    const claims = [claim('1', 's', 'p'), claim('2', 't', 'p'), claim('3', 's', 'p')];
    expect(groupClaims(claims).get('s\u0000p')).toEqual([claims[0], claims[2]]);
    expect(groupClaims(claims).get('s\u0000p')![1]).toBe(claims[2]);
  });
});
