/**
 * How many features each pair of texts shares, found through an inverted index (feature → texts) so
 * that only pairs with something in common are ever looked at: no all-pairs text comparison.
 */

/** A pair of text indexes `a < b`, with how many features they share. */
export interface SharedCount {
  a: number;
  b: number;
  shared: number;
}

/**
 * Counts shared features for every pair of sets (of distinct features) that has one. A feature held by more than
 * `maxHolders` texts is boilerplate (a slogan, a treaty's name), not evidence of one story, and is
 * skipped: that bounds the work by `features × maxHolders`, linear in the corpus.
 * Pairs come back ordered by `a`, then `b`.
 */
export function countShared(sets: ReadonlyArray<Iterable<number>>, maxHolders: number): SharedCount[] {
  // null: held by more than `maxHolders` texts (its holders are no longer kept). Four maps, by a
  // feature's top two bits, keyed by the other 30: small integers, which a Map hashes without
  // allocating (a 32-bit feature as a key would be a heap number).
  const holders = [0, 1, 2, 3].map(() => new Map<number, number[] | null>());
  sets.forEach((set, index) => {
    for (const feature of set) {
      const map = holders[feature >>> 30]!;
      const key = feature & 0x3fffffff;
      const list = map.get(key);
      if (list === undefined) map.set(key, [index]);
      else if (list !== null) {
        if (list.length < maxHolders) list.push(index);
        else map.set(key, null);
      }
    }
  });
  const counts = new Map<number, number>();
  const width = sets.length;
  for (const map of holders) {
    for (const list of map.values()) {
      if (list === null || list.length < 2) continue;
      for (let i = 0; i < list.length; i++) {
        for (let j = i + 1; j < list.length; j++) {
          const key = list[i]! * width + list[j]!;
          counts.set(key, (counts.get(key) ?? 0) + 1);
        }
      }
    }
  }
  return [...counts]
    .map(([key, shared]) => ({ a: Math.floor(key / width), b: key % width, shared }))
    .sort((x, y) => x.a - y.a || x.b - y.b);
}
