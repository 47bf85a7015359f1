/**
 * How many features each pair of texts shares, found through an inverted index (feature → texts) so
 * that only pairs with something in common are ever looked at: no all-pairs text comparison.
 */
import { FeatureSlots } from './feature-slots.js';

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
  const { slotsOf, start, holders } = holdersOf(sets, maxHolders);
  // Text by text: the texts after it that share each of its features are counted in one dense
  // array (no map of pairs: a drop of 10,000 texts has millions of them), then listed by index.
  const counts = new Uint32Array(sets.length);
  const met: number[] = [];
  const pairs: SharedCount[] = [];
  slotsOf.forEach((slots, a) => {
    for (const slot of slots) {
      // A feature's holders lie in index order, `a` among them once: the later ones follow it.
      for (let j = start[slot + 1]! - 1; j >= start[slot]! && holders[j]! > a; j--) {
        const b = holders[j]!;
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
 * Each text's features as slots (feature-slots.ts), and each slot's texts in index order:
 * `holders[start[slot]] … holders[start[slot + 1] - 1]`. A feature held by one text only, or by
 * more than `maxHolders`, has none (it links no pair).
 */
function holdersOf(sets: ReadonlyArray<Iterable<number>>, maxHolders: number): { slotsOf: Int32Array[]; start: Int32Array; holders: Int32Array } {
  const table = new FeatureSlots();
  let held = new Int32Array(1 << 12);
  const slotsOf = sets.map((set) => {
    const features = set instanceof Uint32Array ? set : Uint32Array.from(set);
    const slots = new Int32Array(features.length);
    for (let i = 0; i < features.length; i++) slots[i] = table.slotOf(features[i]!);
    if (held.length < table.size) {
      const more = new Int32Array(Math.max(table.size, held.length * 2));
      more.set(held);
      held = more;
    }
    for (const slot of slots) held[slot]!++;
    return slots;
  });
  const start = new Int32Array(table.size + 1);
  for (let slot = 0; slot < table.size; slot++) {
    const n = held[slot]!;
    start[slot + 1] = start[slot]! + (n >= 2 && n <= maxHolders ? n : 0);
  }
  const holders = new Int32Array(start[table.size]!);
  const filled = new Int32Array(table.size);
  slotsOf.forEach((slots, index) => {
    for (const slot of slots) if (start[slot + 1]! > start[slot]!) holders[start[slot]! + filled[slot]!++] = index;
  });
  return { slotsOf, start, holders };
}
