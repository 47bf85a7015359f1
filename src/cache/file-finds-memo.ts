/**
 * What each source's text contributes to the drop's learned organisations (extract/learn-organisations.ts,
 * `TextFinds`), kept between runs, so that a warm run searches only the new texts: the drop's
 * organisations are the finds merged in source order, and a source's finds depend only on its
 * text and the rules' organisation heads and nouns (the memo's context). Kept by the source's
 * digest (claim-key.ts; a source read from the ingest cache has it at no cost). One file per set of
 * paths checked, in the cache folder, in the pack format (entry-pack.ts: a checksum at the end),
 * salted like every cache file; a run writes the finds it used when any was new or some went
 * unused. A missing file is an empty memo, a damaged one is said through `warn` and ignored, an
 * entry of the wrong shape is searched again; deleting it is always safe.
 */
import type { FindsMemo, TextFinds } from '../extract/learn-organisations.js';
import type { Source } from '../types.js';
import { sha256, sourceDigest } from './claim-key.js';
import { EntryPack, entryId, writePack } from './entry-pack.js';
import type { FileEntryStore } from './file-entry-store.js';

const FORMAT = 1;

export class FileFindsMemo implements FindsMemo {
  private readonly file: string;
  /** The memo of the previous run, read at the first recall; null once read and found missing or damaged. */
  private read: EntryPack | null | undefined;
  /** The finds the next memo holds (as JSON), by context and digest (as entry ids), and whether any is new. */
  private readonly next = new Map<string, { context: string; digest: string; json: string }>();
  private added = false;
  private warned = false;

  constructor(
    store: FileEntryStore,
    scope: string,
    private readonly warn?: (message: string) => void,
  ) {
    this.file = store.scopedFile('organisation-finds', scope, '.finds');
  }

  recall(source: Source, context: string): TextFinds | undefined {
    if (this.read === undefined) {
      const read = EntryPack.read(this.file);
      if (read && !(read instanceof EntryPack)) this.warn?.(`damaged organisation memo ${this.file} (${read.damaged}): ignored, every text is searched again`);
      this.read = read instanceof EntryPack ? read : null;
    }
    const kind = sha256(context);
    const digest = sourceDigest(source);
    const json = this.read?.json(kind, FORMAT, digest);
    if (json === undefined) return undefined;
    let finds: unknown;
    try {
      finds = JSON.parse(json);
    } catch {
      return undefined;
    }
    if (!isFinds(finds)) return undefined;
    this.next.set(entryId(kind, digest), { context: kind, digest, json });
    return finds;
  }

  keep(source: Source, context: string, finds: TextFinds): void {
    const kind = sha256(context);
    const digest = sourceDigest(source);
    this.next.set(entryId(kind, digest), { context: kind, digest, json: JSON.stringify(finds) });
    this.added = true;
  }

  /** Writes the finds this run used for the next one, when any was new (or some of the memo went unused); lets the old memo go. */
  save(): void {
    const unused = (this.read?.entries.size ?? 0) !== this.next.size;
    if (this.next.size > 0 && (this.added || unused)) {
      try {
        writePack(this.file, [...this.next.values()].map(({ context, digest, json }) => ({ kind: context, format: FORMAT, key: digest, json: Buffer.from(json) })));
      } catch (error) {
        if (!this.warned) this.warn?.(`cannot write the organisation memo ${this.file}, going on without it: ${error instanceof Error ? error.message : String(error)}`);
        this.warned = true;
      }
    }
    this.read = null;
    this.next.clear();
    this.added = false;
  }
}

const strings = (value: unknown): value is string[] => Array.isArray(value) && value.every((s) => typeof s === 'string');
const pairs = (value: unknown): value is Array<[string, string]> => Array.isArray(value) && value.every((p) => strings(p) && p.length === 2);

function isFinds(value: unknown): value is TextFinds {
  const finds = value as Partial<TextFinds> | null;
  return typeof finds === 'object' && finds !== null && pairs(finds.acronyms) && pairs(finds.headFirst) && strings(finds.bare) && strings(finds.bodies);
}
