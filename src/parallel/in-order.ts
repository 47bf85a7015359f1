/**
 * Results that come back in any order (from workers) handed on in position order, each as soon
 * as it and every one before it are in. The cold run's cache writes go through it: made while
 * the workers are still busy with later batches, instead of all after the last one, and in the
 * same order as a run that writes them at the end.
 */
export class InOrder<T> {
  private next = 0;
  private readonly waiting = new Map<number, T>();

  constructor(private readonly take: (at: number, value: T) => void) {}

  /** Position `at`'s value; it and any waiting after it are handed on once every earlier one has been. Each position is taken once. */
  give(at: number, value: T): void {
    if (at < this.next || this.waiting.has(at)) return;
    this.waiting.set(at, value);
    while (this.waiting.has(this.next)) {
      const ready = this.waiting.get(this.next) as T;
      this.waiting.delete(this.next);
      this.take(this.next++, ready);
    }
  }

  /** How many positions, from 0, have been handed on. */
  get handed(): number {
    return this.next;
  }
}
