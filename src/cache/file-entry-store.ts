/**
 * The files behind the caches: entries in packs, or one plain file each, under a folder, safe to
 * delete at any time. An entry's own file is a header line (kind, format, key, sha256 of the
 * rest) and the entry. Writes go to a temporary file renamed into place, so a killed run or two
 * runs at once never leave half a file; a file that is missing, truncated, edited or of another
 * format is a miss, never an error (a damaged one is described to the caller, who says so).
 *
 * With a pack opened (`openPack`), entries are looked up in the pack of the previous run first
 * (see entry-pack.ts), and `savePack` writes the entries this run used into a new one when the
 * old one is missing or has drifted too far from what the run needed. When the scope has no pack
 * (a cold run), new entries go straight into the pack-to-be (entry-spool.ts) and into no file of
 * their own, and a run over another scope finds them through the list of this build's packs
 * (build-packs.ts); else they are written one file each, so a run that adds a few articles
 * leaves the large pack as it is.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { sha256 } from './claim-key.js';
import { entryFileBody, jsonOf, readEntryFile, removeQuietly, writeEntryFile, type StoredEntry } from './entry-file.js';
import { EntryPack, entryId, type PackedEntry } from './entry-pack.js';
import { EntrySpool, removeStaleSpools, spoolFileOf, type SpooledEntry } from './entry-spool.js';
import { ListedPacks, listedPacks, listPack } from './build-packs.js';
import { writePack } from './write-pack.js';
import { packStamp, writePackIndex, type Stamp } from './pack-index.js';
import { WrittenPack } from './written-pack.js';

export interface FileEntryStoreOptions {
  /** Mixed into every file name: the CLI passes a fingerprint of its own code, so entries from an edited build are never read. */
  salt?: string;
  /** Told once, the first time a write fails (a read-only folder, a full disk); the run goes on. */
  warn?: (message: string) => void;
}

/** An entry a run used, and where it was found: in the pack (where) or in its own file. */
interface Used {
  kind: string;
  format: number;
  key: string;
  /** Stored as bytes (`writeRaw`), in a `.part` file of its own. */
  raw?: boolean;
  packed?: { start: number; end: number };
  /** The pack it was found in when not the scope's own (a pack of another scope; see build-packs.ts). */
  from?: EntryPack;
  /** Where it lies in this run's spool (written since `openPack`, the scope having no pack). */
  spooled?: SpooledEntry;
}

/** A pack is written again when more entries than this share of it came from elsewhere, or went unused. */
const PACK_DRIFT = { outside: 1 / 8, unused: 1 / 4, minOutside: 256 };

export class FileEntryStore {
  private warned = false;
  private temporaries = 0;
  /** Whether this store made its folder (see `writeFile`). */
  private madeDir = false;
  private pack: { file: string; read?: EntryPack; used: Map<string, Used> } | undefined;
  /** Where new entries go while the scope has no pack (see entry-spool.ts). */
  private spool: EntrySpool | undefined;
  /** The packs of other scopes this build wrote, looked in on a miss (see build-packs.ts). */
  private readonly listed: ListedPacks;
  private ownPack: string | undefined;
  /** The pack this run checked whole or wrote, for its index (`stampPack`). */
  private verified: { file: string; entries: ReadonlyMap<string, PackedEntry>; sha256: string; stamp: Stamp } | undefined;
  /** The pack this run wrote, read back by `rawReader` until `release`. */
  private written: WrittenPack | undefined;

  constructor(
    readonly dir: string,
    private readonly options: FileEntryStoreOptions = {},
  ) {
    this.listed = new ListedPacks(() => listedPacks(this.scopedFile('packs', '', '.list'), dir).filter((file) => file !== this.ownPack), options.warn);
  }

  /** The entry of this kind stored under `key`; undefined when there is none or it is of another format. */
  read(kind: string, format: number, key: string): StoredEntry {
    const pack = this.pack;
    const packed = pack?.read?.json(kind, format, key);
    if (pack && packed !== undefined) {
      try {
        const value = JSON.parse(packed) as unknown;
        const entry = pack.read!.entries.get(entryId(kind, key))!;
        pack.used.set(entryId(kind, key), { kind, format, key, packed: { start: entry.start, end: entry.end } });
        return { value };
      } catch {
        // Cannot happen in a pack whose checksum matched; read the entry's own file instead.
      }
    }
    const spooled = this.spool?.find(kind, format, key, false);
    if (spooled) return { value: JSON.parse(this.spool!.bytesOf(spooled).toString('utf8')) as unknown };
    const found = readEntryFile(this.fileOf(kind, key), kind, format, key) ?? jsonOf(this.readListed(kind, format, key, false));
    if (pack && found && 'value' in found && !pack.used.has(entryId(kind, key))) pack.used.set(entryId(kind, key), { kind, format, key });
    return found;
  }

  /** The bytes of an entry in a listed pack of another scope, remembered as used from there; undefined when none holds it. */
  private readListed(kind: string, format: number, key: string, raw: boolean): Buffer | undefined {
    const hit = this.listed.find(kind, format, key);
    if (!hit) return undefined;
    const bytes = hit.pack.bytesOf(hit.entry);
    this.pack?.used.set(entryId(kind, key), { kind, format, key, packed: { start: hit.entry.start, end: hit.entry.end }, from: hit.pack, ...(raw ? { raw } : {}) });
    return bytes;
  }

  /** Whether an entry of this kind and format may be stored under `key` (in the pack, or a file of that name): `read` says for sure. */
  has(kind: string, format: number, key: string): boolean {
    const packed = this.pack?.read?.entries.get(entryId(kind, key));
    return packed?.format === format || this.spool?.find(kind, format, key, false) !== undefined || existsSync(this.fileOf(kind, key)) || this.listed.find(kind, format, key) !== undefined;
  }

  /**
   * The bytes stored as they are under `key` (`writeRaw`): a view into the pack, or its own file's
   * whole body; undefined when there are none, they are of another format, or their file is damaged.
   */
  readRaw(kind: string, format: number, key: string): Uint8Array | undefined {
    const pack = this.pack;
    const packed = pack?.read?.raw(kind, format, key);
    if (pack && packed !== undefined) {
      const entry = pack.read!.entries.get(entryId(kind, key))!;
      pack.used.set(entryId(kind, key), { kind, format, key, raw: true, packed: { start: entry.start, end: entry.end } });
      return packed;
    }
    const spooled = this.spool?.find(kind, format, key, true);
    if (spooled) return this.spool!.bytesOf(spooled);
    const found = entryFileBody(this.rawFileOf(kind, key), kind, key, format);
    if (pack && found) pack.used.set(entryId(kind, key), { kind, format, key, raw: true });
    return found ?? this.readListed(kind, format, key, true);
  }

  /** For an entry this run spooled as bytes, a reader of them for later: from the spool, or once the pack is saved, from that pack (written-pack.ts; a view valid until the next read). */
  rawReader(kind: string, format: number, key: string): (() => Uint8Array | undefined) | undefined {
    if (!this.spool?.find(kind, format, key, true)) return undefined;
    return () => {
      const spooled = this.spool?.find(kind, format, key, true);
      return spooled ? this.spool!.bytesOf(spooled) : this.written?.view(kind, format, key);
    };
  }

  /** Lets go of the pack this run wrote: `rawReader`'s readers find nothing after. */
  release(): void {
    this.written?.close();
    this.written = undefined;
  }

  /** Stores a JSON value; returns false (after warning once) when it cannot be written. */
  write(kind: string, format: number, key: string, value: unknown): boolean {
    const json = JSON.stringify(value);
    return this.spool ? this.spoolEntry({ kind, format, key }, json) : this.writeFile(this.fileOf(kind, key), { kind, format, key }, json);
  }

  /** Stores bytes (or text, as UTF-8) as they are, in a `.part` file, to be read back by `readRaw`; returns false (after warning once) when they cannot be written. */
  writeRaw(kind: string, format: number, key: string, body: string | Uint8Array): boolean {
    return this.spool ? this.spoolEntry({ kind, format, key, raw: true }, body) : this.writeFile(this.rawFileOf(kind, key), { kind, format, key, raw: true }, body);
  }

  /** Appends an entry to this run's spool (the folder made first when it is not open yet). */
  private spoolEntry(entry: Used, body: string | Uint8Array): boolean {
    try {
      if (!this.spool!.started) mkdirSync(this.dir, { recursive: true });
      const spooled = this.spool!.put({ kind: entry.kind, format: entry.format, key: entry.key, raw: entry.raw === true }, typeof body === 'string' ? Buffer.from(body) : body);
      this.pack?.used.set(entryId(entry.kind, entry.key), { ...entry, spooled });
      return true;
    } catch (error) {
      this.failed(error);
      return false;
    }
  }

  /** Says once that the cache cannot be written; the run goes on without it. */
  private failed(error: unknown): void {
    if (!this.warned) this.options.warn?.(`cannot write the claim cache in ${this.dir}, going on without it: ${error instanceof Error ? error.message : String(error)}`);
    this.warned = true;
  }

  /**
   * Writes an entry's file (see `writeEntryFile`), making the folder on the first write only, and
   * again if it has gone since: a scope with a pack writes its new entries one file each.
   */
  private writeFile(file: string, entry: Used, body: string | Uint8Array): boolean {
    const temporary = `${file}.${process.pid}.${this.temporaries++}.tmp`;
    try {
      if (!this.madeDir) mkdirSync(this.dir, { recursive: true });
      this.madeDir = true;
      writeEntryFile(file, temporary, entry, body, () => mkdirSync(this.dir, { recursive: true }));
      this.pack?.used.set(entryId(entry.kind, entry.key), entry);
      return true;
    } catch (error) {
      removeQuietly(temporary);
      this.failed(error);
      return false;
    }
  }

  /**
   * Looks entries up in the pack of `scope` (what the run reads, e.g. its paths) first, from now
   * on; `warn` hears of a damaged pack, which is then ignored.
   */
  openPack(scope: string, warn?: (message: string) => void): void {
    const file = this.scopedFile('pack', scope, '.pack');
    const read = EntryPack.read(file, { lazy: true, indexed: true });
    if (read && !(read instanceof EntryPack)) warn?.(`damaged cache pack ${file} (${read.damaged}): ignored, its entries are read one by one`);
    this.pack = { file, ...(read instanceof EntryPack ? { read } : {}), used: new Map() };
    this.ownPack = file;
    if (!(read instanceof EntryPack)) this.spool = new EntrySpool(spoolFileOf(file));
  }

  /**
   * Writes the entries used since `openPack` into the scope's pack when there was none, or when
   * too many of them came from elsewhere (entries added one by one since) or too many of its
   * entries went unused (sources changed or removed); then lets the old pack go (closes it).
   * Returns whether a pack was written.
   */
  savePack(): boolean {
    const pack = this.pack;
    this.pack = undefined;
    try {
      const written = pack !== undefined && this.rewritePack(pack);
      const read = pack?.read;
      if (!written && read?.checkedWhole && read.stamp) this.verified = { file: pack!.file, entries: read.entries, sha256: read.checksum, stamp: read.stamp };
      return written;
    } finally {
      pack?.read?.close();
      this.listed.close();
      const spool = this.spool;
      this.spool = undefined;
      try {
        spool?.close();
      } catch {
        // A spool that cannot be closed or removed is never read again: nothing to do.
      }
    }
  }

  /**
   * Writes the index of the pack this run checked whole or wrote (see pack-index.ts), so that the
   * next run need not check it whole; best called late in a run (an index is written only once
   * the pack has not changed for a while). Nothing when the pack was trusted from its index.
   */
  stampPack(now = Date.now()): boolean {
    const verified = this.verified;
    this.verified = undefined;
    return verified !== undefined && writePackIndex(verified.file, verified, now);
  }

  private rewritePack(pack: { file: string; read?: EntryPack; used: Map<string, Used> }): boolean {
    if (pack.used.size === 0) return false;
    const size = pack.read?.entries.size ?? 0;
    const fromPack = [...pack.used.values()].filter((used) => used.packed && !used.from).length;
    const outside = pack.used.size - fromPack;
    const drifted = outside > Math.max(PACK_DRIFT.minOutside, size * PACK_DRIFT.outside) || size - fromPack > size * PACK_DRIFT.unused;
    if (pack.read && !drifted) return false;
    const read = pack.read;
    // Kind by kind, so that the entries of one kind lie together (see EntryPack.raw).
    const byKind = new Map<string, Used[]>();
    for (const used of pack.used.values()) {
      const list = byKind.get(used.kind);
      if (list) list.push(used);
      else byKind.set(used.kind, [used]);
    }
    const entries = function* (store: FileEntryStore) {
      for (const used of [...byKind.values()].flat()) {
        const from = used.from ?? read;
        const json = used.spooled ? store.spool!.view(used.spooled) : used.packed && from ? from.bytesOf({ format: used.format, ...used.packed }) : entryFileBody(used.raw ? store.rawFileOf(used.kind, used.key) : store.fileOf(used.kind, used.key), used.kind, used.key, used.format);
        if (json) yield { kind: used.kind, format: used.format, key: used.key, json };
      }
    };
    try {
      mkdirSync(this.dir, { recursive: true });
      const written = writePack(pack.file, entries(this));
      const stamp = packStamp(pack.file);
      if (stamp) [this.verified, this.written] = [{ file: pack.file, ...written, stamp }, new WrittenPack(pack.file, written.entries, stamp)];
      listPack(this.scopedFile('packs', '', '.list'), this.dir, pack.file);
      removeStaleSpools(pack.file);
      return true;
    } catch (error) {
      this.failed(error);
      return false;
    }
  }

  /** The file of a kind that is kept once per scope (a pack, the compare memo), salted like the entries. */
  scopedFile(kind: string, scope: string, extension: string): string {
    return join(this.dir, `${sha256(`${this.options.salt ?? ''}\0${kind}\0${scope}`)}${extension}`);
  }

  /** The file of an entry (claims keep the names they had before other kinds were stored). */
  fileOf(kind: string, key: string): string {
    const salt = this.options.salt ?? '';
    return join(this.dir, `${sha256(kind === 'claims' ? `${salt}\0${key}` : `${salt}\0${kind}\0${key}`)}.json`);
  }

  /** The file of an entry stored as bytes (`writeRaw`). */
  rawFileOf(kind: string, key: string): string {
    return join(this.dir, `${sha256(`${this.options.salt ?? ''}\0${kind}\0${key}`)}.part`);
  }
}
