/**
 * Splits a group of claims into the sets that speak of the same thing: two claims are linked
 * when they share the verb that governs them and the entities named beside them, and never when
 * they stand in one sentence ("40 percent … and 60 percent" are two shares, not two accounts).
 */
import type { Claim } from '../../types.js';
import { UnionFind } from '../union-find.js';

export function sameContexts(group: Claim[]): Claim[][] {
  const sets = new UnionFind(group.length);
  group.forEach((a, i) =>
    group.forEach((b, j) => {
      if (j > i && !sameSentence(a, b) && linked(a, b)) sets.union(i, j);
    }),
  );
  const seen = new Map<number, Claim[]>();
  group.forEach((claim, i) => seen.set(sets.find(i), [...(seen.get(sets.find(i)) ?? []), claim]));
  return [...seen.values()];
}

/** Two claims in one sentence state two things. */
export function sameSentence(a: Claim, b: Claim): boolean {
  return a.source === b.source && a.evidence.offset === b.evidence.offset;
}

/**
 * The same verb with a shared entity (or none named on either side), or two shared entities.
 * One shared name alone ("Paris") links too much: trade with one region and with another.
 */
function linked(a: Claim, b: Claim): boolean {
  const verb = (c: Claim) => (typeof c.qualifiers.verb === 'string' ? c.qualifiers.verb : undefined);
  const entities = (c: Claim) => new Set(Array.isArray(c.qualifiers.entities) ? c.qualifiers.entities : []);
  const [x, y] = [entities(a), entities(b)];
  const shared = [...x].filter((e) => y.has(e)).length;
  const sameVerb = verb(a) !== undefined && verb(a) === verb(b);
  return (sameVerb && (shared > 0 || (x.size === 0 && y.size === 0))) || shared >= 2;
}
