/**
 * Sources handed to workers in batches of neighbours rather than one at a time. A worker
 * remembers the sentences it tagged (extract/tag-memo.ts), and neighbouring files of a drop
 * (sorted by path: one outlet's folder, one day, a story and its follow-ups or reprints) share
 * more sentences than files taken in turn by two workers; a batch also costs one message
 * instead of one per source. Batches stay small enough that the pool still balances its
 * workers: at least `PER_THREAD` of them per worker, at most `MAX_BATCH` sources each.
 */

const MAX_BATCH = 16;
const PER_THREAD = 8;

/** `pending` (positions in drop order) cut into runs of neighbours, in order. */
export function neighbourBatches(pending: readonly number[], threads: number): number[][] {
  const size = Math.min(MAX_BATCH, Math.max(1, Math.ceil(pending.length / (Math.max(1, threads) * PER_THREAD))));
  const batches: number[][] = [];
  for (let at = 0; at < pending.length; at += size) batches.push(pending.slice(at, at + size));
  return batches;
}
