/**
 * A bounded memo for the extractors' pure steps that run on every figure of every sentence
 * (parsing a quantity, the features of a passage), keyed by the text (and whatever else the step
 * reads) they are given. A drop repeats sentences (reprints, boilerplate, quotes carried by many
 * outlets), so the same text comes back; past `max` entries the memo starts again rather than
 * grow. Values are copied on the way out by `copy`, so no caller can change what another gets.
 */
export class TextMemo<T> {
  private readonly known = new Map<string, T>();

  constructor(
    private readonly copy: (value: T) => T,
    private readonly max = 20_000,
  ) {
    every.add(this);
  }

  clear(): void {
    this.known.clear();
  }

  /** The value remembered under `key`, else `compute()`, remembered. */
  get(key: string, compute: () => T): T {
    let found = this.known.get(key);
    if (found === undefined && !this.known.has(key)) {
      found = compute();
      if (this.known.size >= this.max) this.known.clear();
      this.known.set(key, found);
    }
    return this.copy(found as T);
  }
}

const every = new Set<{ clear(): void }>();

/** Forgets what every memo holds (the bench, to measure a drop without an earlier one's repeats). */
export function forgetTextMemos(): void {
  for (const memo of every) memo.clear();
}
