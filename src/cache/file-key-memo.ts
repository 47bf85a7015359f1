/**
 * The claim keys of the last run, kept between runs (see claim-key.ts): a source's key is a
 * function of the run's context (rules, tool, the drop's organisations) and of the source's digest,
 * so a warm run whose organisations did not change finds each unchanged source's key here instead
 * of searching its text for every organisation name again. One file per set of paths checked, in
 * the cache folder, in the pack format (entry-pack.ts: a checksum at the end), salted like every
 * cache file; a run writes the keys it used when any was new. A missing file is an empty memo, a
 * damaged one is said through `warn` and ignored; deleting it is always safe.
 */
import type { ClaimKeyMemo } from './claim-key.js';
import type { FileEntryStore } from './file-entry-store.js';
import { PackMemo } from './pack-memo.js';

const FORMAT = 1;

export class FileKeyMemo implements ClaimKeyMemo {
  private readonly memo: PackMemo;

  constructor(store: FileEntryStore, scope: string, warn?: (message: string) => void) {
    this.memo = new PackMemo(store.scopedFile('claim-keys', scope, '.keys'), FORMAT, 'claim key memo', 'every key is made again', warn);
  }

  recall(context: string, digest: string): string | undefined {
    return this.memo.recall(context, digest, (key) => /^[0-9a-f]{64}$/.test(key));
  }

  keep(context: string, digest: string, key: string): void {
    this.memo.keep(context, digest, key);
  }

  /** Writes the keys this run used for the next one, when any was not in the memo (or some of the memo went unused); lets the old memo go. */
  save(): void {
    this.memo.save();
  }
}
