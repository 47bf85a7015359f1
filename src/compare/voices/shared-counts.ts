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
  // Each shared feature's texts (in index order), and for each text the features it shares.
  const lists: number[][] = [];
  const listsOf: number[][] = sets.map(() => []);
  for (const map of holdersOf(sets, maxHolders)) {
    for (const list of map.values()) {
      if (list === null || list.length < 2) continue;
      const id = lists.push(list) - 1;
      for (const index of list) listsOf[index]!.push(id);
    }
  }
  // Text by text: the texts after it that share each of its features are counted in one dense
  // array (no map of pairs: a drop of 10,000 texts has millions of them), then listed by index.
  const counts = new Uint32Array(sets.length);
  const met: number[] = [];
  const pairs: SharedCount[] = [];
  listsOf.forEach((ids, a) => {
    for (const id of ids) {
      const list = lists[id]!;
      // A list holds its texts in index order, `a` among them once (the sets are of distinct features): the later ones follow it.
      for (let j = list.length - 1; list[j]! > a; j--) {
        const b = list[j]!;
        if (counts[b] === 0) met.push(b);
        counts[b]! += 1;
      }
    }
    met.sort((x, y) => x - y);
    for (const b of met) {
      pairs.push({ a, b, shared: counts[b]! });
      counts[b] = 0;
    }
    met.length = 0;
  });
  return pairs;
}

/**
 * Each feature's texts, in index order; null for a feature held by more than `maxHolders` texts
 * (its holders are no longer kept). Four maps, by a feature's top two bits, keyed by the other 30:
 * small integers, which a Map hashes without allocating (a 32-bit feature as a key would be a heap
 * number).
 */
function holdersOf(sets: ReadonlyArray<Iterable<number>>, maxHolders: number): Array<Map<number, number[] | null>> {
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
  return holders;
}
