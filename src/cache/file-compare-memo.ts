/**
 * The compare memo between runs (see compare/compare-memo.ts): one file per set of paths checked
 * in the cache folder, in the pack format (entry-pack.ts: one line per remembered group, a
 * checksum at the end), its name salted with the code fingerprint like every cache file. A run
 * reads it in one piece, parses only the groups it asks for, and writes a new one holding the
 * groups it asked for or checked, so groups that are gone do not pile up. A missing file is an
 * empty memo; a damaged one is said through `warn` and ignored; deleting it is always safe.
 */
import type { CompareMemoStore, RememberedGroup } from '../compare/compare-memo.js';
import { EntryPack } from './entry-pack.js';
import { writePack } from './write-pack.js';
import type { FileEntryStore } from './file-entry-store.js';

const KIND = 'group';
const FORMAT = 1;

export class FileCompareMemo implements CompareMemoStore {
  private readonly file: string;
  /** The memo of the previous run, read at the first recall; null once read and found missing or damaged. */
  private read: EntryPack | null | undefined;
  /** The groups the next memo holds: remembered ones as their bytes, new ones as JSON text. */
  private readonly next = new Map<string, Uint8Array | string>();
  private warned = false;

  constructor(
    store: FileEntryStore,
    scope: string,
    private readonly warn?: (message: string) => void,
  ) {
    this.file = store.scopedFile('compare-memo', scope, '.memo');
  }

  private previous(): EntryPack | null {
    if (this.read === undefined) {
      const read = EntryPack.read(this.file);
      if (read && !(read instanceof EntryPack)) this.warn?.(`damaged compare memo ${this.file} (${read.damaged}): ignored, every group is checked`);
      this.read = read instanceof EntryPack ? read : null;
    }
    return this.read;
  }

  recall(digest: string): RememberedGroup | undefined {
    const entry = this.previous()?.entries.get(`${KIND}\t${digest}`);
    if (!entry || entry.format !== FORMAT) return undefined;
    const bytes = this.read!.bytesOf(entry);
    let value: unknown;
    try {
      value = JSON.parse(bytes.toString('utf8'));
    } catch {
      return undefined;
    }
    const group = value as Partial<RememberedGroup> | null;
    if (typeof group !== 'object' || group === null || typeof group.reads !== 'object' || group.reads === null || !Array.isArray(group.drafts)) return undefined;
    this.next.set(digest, bytes);
    return group as RememberedGroup;
  }

  keep(digest: string, group: RememberedGroup): void {
    this.next.set(digest, JSON.stringify(group));
  }

  /** Writes the memo for the next run (the groups recalled or kept in this one) and lets the old one's bytes go; nothing when no group was. */
  save(): void {
    const next = this.next;
    if (next.size === 0) return;
    try {
      writePack(this.file, (function* () {
        for (const [key, json] of next) yield { kind: KIND, format: FORMAT, key, json: typeof json === 'string' ? Buffer.from(json) : json };
      })());
    } catch (error) {
      if (!this.warned) this.warn?.(`cannot write the compare memo ${this.file}, going on without it: ${error instanceof Error ? error.message : String(error)}`);
      this.warned = true;
    }
    this.read = null;
    this.next.clear();
  }
}
