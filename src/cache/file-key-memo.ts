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
import { EntryPack, entryId, writePack } from './entry-pack.js';
import type { FileEntryStore } from './file-entry-store.js';

const FORMAT = 1;

export class FileKeyMemo implements ClaimKeyMemo {
  private readonly file: string;
  /** The memo of the previous run, read at the first recall; null once read and found missing or damaged. */
  private read: EntryPack | null | undefined;
  /** The keys the next memo holds, by context and digest (as entry ids), and whether any is new. */
  private readonly next = new Map<string, { context: string; digest: string; key: string }>();
  private added = false;
  private warned = false;

  constructor(
    store: FileEntryStore,
    scope: string,
    private readonly warn?: (message: string) => void,
  ) {
    this.file = store.scopedFile('claim-keys', scope, '.keys');
  }

  recall(context: string, digest: string): string | undefined {
    if (this.read === undefined) {
      const read = EntryPack.read(this.file);
      if (read && !(read instanceof EntryPack)) this.warn?.(`damaged claim key memo ${this.file} (${read.damaged}): ignored, every key is made again`);
      this.read = read instanceof EntryPack ? read : null;
    }
    const key = this.read?.json(context, FORMAT, digest);
    if (key !== undefined && /^[0-9a-f]{64}$/.test(key)) {
      this.next.set(entryId(context, digest), { context, digest, key });
      return key;
    }
    return undefined;
  }

  keep(context: string, digest: string, key: string): void {
    this.next.set(entryId(context, digest), { context, digest, key });
    this.added = true;
  }

  /** Writes the keys this run used for the next one, when any was not in the memo (or some of the memo went unused); lets the old memo go. */
  save(): void {
    const unused = (this.read?.entries.size ?? 0) !== this.next.size;
    if (this.next.size > 0 && (this.added || unused)) {
      try {
        const next = [...this.next.values()];
        writePack(this.file, next.map(({ context, digest, key }) => ({ kind: context, format: FORMAT, key: digest, json: Buffer.from(key) })));
      } catch (error) {
        if (!this.warned) this.warn?.(`cannot write the claim key memo ${this.file}, going on without it: ${error instanceof Error ? error.message : String(error)}`);
        this.warned = true;
      }
    }
    this.read = null;
    this.next.clear();
    this.added = false;
  }
}
