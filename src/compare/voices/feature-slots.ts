/**
 * Numbers for 32-bit features: each distinct feature gets a slot (0, 1, 2, … in the order first
 * met), through an open-addressing hash table in typed arrays. A drop of 10,000 texts has four
 * million feature occurrences; a `Map` of them costs a hashed lookup and an entry object each, this
 * a multiply and an array read or two.
 */
export class FeatureSlots {
  private keys = new Uint32Array(1 << 12);
  /** The slot of the feature in `keys` at the same place; -1 where the place is empty. */
  private slots = new Int32Array(1 << 12).fill(-1);
  private bits = 12;
  /** How many distinct features have a slot. */
  size = 0;

  /** The slot of `feature`, given it the first time it is asked for. */
  slotOf(feature: number): number {
    const mask = this.keys.length - 1;
    for (let at = hash(feature, this.bits); ; at = (at + 1) & mask) {
      const slot = this.slots[at]!;
      if (slot === -1) {
        this.keys[at] = feature;
        this.slots[at] = this.size;
        if (++this.size * 2 > this.keys.length) this.grow();
        return this.size - 1;
      }
      if (this.keys[at] === feature) return slot;
    }
  }

  /** Twice the room, every feature placed again (at most half full, so a search stays short). */
  private grow(): void {
    const [keys, slots] = [this.keys, this.slots];
    this.bits++;
    this.keys = new Uint32Array(1 << this.bits);
    this.slots = new Int32Array(1 << this.bits).fill(-1);
    const mask = this.keys.length - 1;
    for (let i = 0; i < keys.length; i++) {
      if (slots[i] === -1) continue;
      let at = hash(keys[i]!, this.bits);
      while (this.slots[at] !== -1) at = (at + 1) & mask;
      this.keys[at] = keys[i]!;
      this.slots[at] = slots[i]!;
    }
  }
}

/** Fibonacci hashing: the top `bits` bits of the feature times 2^32 / φ. */
function hash(feature: number, bits: number): number {
  return Math.imul(feature, 0x9e3779b1) >>> (32 - bits);
}
