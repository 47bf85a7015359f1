/** FeatureSlots: each distinct 32-bit feature numbered in the order first met, through every growth of its table. */
import { describe, expect, it } from 'vitest';
import { FeatureSlots } from '../../src/compare/voices/feature-slots.js';

describe('FeatureSlots', () => {
  it('numbers features in the order first met, the same number each time asked', () => {
    const table = new FeatureSlots();
    expect([7, 0, 4294967295, 7, 0x9e3779b1, 0].map((f) => table.slotOf(f))).toEqual([0, 1, 2, 0, 3, 1]);
    expect(table.size).toBe(4);
  });

  it('keeps every number through many growths, as a Map would give them', () => {
    const table = new FeatureSlots();
    const expected = new Map<number, number>();
    let state = 12345;
    for (let i = 0; i < 60_000; i++) {
      // Features alike in their low or their high bits, and repeats.
      state = (state * 48271) % 2147483647;
      const feature = i % 3 === 0 ? (state % 500) * 2 ** 22 : i % 3 === 1 ? state % 5000 : (state * 2) >>> 0;
      if (!expected.has(feature)) expected.set(feature, expected.size);
      expect(table.slotOf(feature)).toBe(expected.get(feature));
    }
    expect(table.size).toBe(expected.size);
    for (const [feature, slot] of expected) expect(table.slotOf(feature)).toBe(slot);
  });
});
