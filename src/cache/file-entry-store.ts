/**
 * The files behind the caches: one plain JSON file per entry under a folder, safe to delete at
 * any time. A file is a header line (kind, format, key, sha256 of the rest) and the entry as
 * JSON. Writes go to a temporary file renamed into place, so a killed run or two runs at once
 * never leave half a file; a file that is missing, truncated, edited or of another format is a
 * miss, never an error (a damaged one is described to the caller, who says so).
 *
 * With a pack opened (`openPack`), entries are looked up in the pack of the previous run first
 * (see entry-pack.ts), and `savePack` writes the entries this run used into a new one when the
 * old one is missing or has drifted too far from what the run needed; new entries are still
 * written one file each, so a run that adds a few articles leaves the large pack as it is.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { sha256 } from './claim-key.js';
import { EntryPack, entryId, type PackedEntry } from './entry-pack.js';
import { writePack } from './write-pack.js';
import { packStamp, writePackIndex, type Stamp } from './pack-index.js';
import { writeParts } from '../files/write-parts.js';

export interface FileEntryStoreOptions {
  /** Mixed into every file name: the CLI passes a fingerprint of its own code, so entries from an edited build are never read. */
  salt?: string;
  /** Told once, the first time a write fails (a read-only folder, a full disk); the run goes on. */
  warn?: (message: string) => void;
}

/** What a read found: the entry's JSON value, nothing, or what is wrong with a damaged file. */
export type StoredEntry = { value: unknown } | { damaged: string } | undefined;

/** An entry a run used, and where it was found: in the pack (where) or in its own file. */
interface Used {
  kind: string;
  format: number;
  key: string;
  /** Stored as bytes (`writeRaw`), in a `.part` file of its own. */
  raw?: boolean;
  packed?: { start: number; end: number };
}

/** A pack is written again when more entries than this share of it came from elsewhere, or went unused. */
const PACK_DRIFT = { outside: 1 / 8, unused: 1 / 4, minOutside: 256 };

export class FileEntryStore {
  private warned = false;
  private temporaries = 0;
  /** Whether this store made its folder (see `writeFile`). */
  private madeDir = false;
  private pack: { file: string; read?: EntryPack; used: Map<string, Used> } | undefined;
  /** The pack this run checked whole or wrote, for its index (`stampPack`). */
  private verified: { file: string; entries: ReadonlyMap<string, PackedEntry>; sha256: string; stamp: Stamp } | undefined;

  constructor(
    readonly dir: string,
    private readonly options: FileEntryStoreOptions = {},
  ) {}

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
    const found = this.readFile(kind, format, key);
    if (pack && found && 'value' in found) pack.used.set(entryId(kind, key), { kind, format, key });
    return found;
  }

  /** Whether an entry of this kind and format may be stored under `key` (in the pack, or a file of that name): `read` says for sure. */
  has(kind: string, format: number, key: string): boolean {
    const packed = this.pack?.read?.entries.get(entryId(kind, key));
    return packed?.format === format || existsSync(this.fileOf(kind, key));
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
    const found = this.storedBody(this.rawFileOf(kind, key), kind, key, format);
    if (pack && found) pack.used.set(entryId(kind, key), { kind, format, key, raw: true });
    return found;
  }

  private readFile(kind: string, format: number, key: string): StoredEntry {
    let text: string;
    const file = this.fileOf(kind, key);
    // A missing file is asked about first: a cold run misses every entry, and a failed read costs an exception each.
    if (!existsSync(file)) return undefined;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      return undefined;
    }
    const newline = text.indexOf('\n');
    if (newline < 0) return { damaged: 'no header line' };
    let header: { factdiff?: unknown; format?: unknown; key?: unknown; sha256?: unknown };
    try {
      header = JSON.parse(text.slice(0, newline)) as typeof header;
    } catch {
      return { damaged: 'its header is not JSON' };
    }
    if (header.factdiff === kind && header.format !== format) return undefined;
    const body = text.slice(newline + 1).replace(/\n$/, '');
    if (header.factdiff !== kind || header.key !== key) return { damaged: 'its header is not that of this entry' };
    if (header.sha256 !== sha256(body)) return { damaged: 'truncated or edited: its checksum does not match' };
    try {
      return { value: JSON.parse(body) as unknown };
    } catch {
      return { damaged: `its ${kind} are not JSON` };
    }
  }

  /** Stores a JSON value; returns false (after warning once) when it cannot be written. */
  write(kind: string, format: number, key: string, value: unknown): boolean {
    return this.writeFile(this.fileOf(kind, key), { kind, format, key }, JSON.stringify(value));
  }

  /** Stores bytes (or text, as UTF-8) as they are, in a `.part` file, to be read back by `readRaw`; returns false (after warning once) when they cannot be written. */
  writeRaw(kind: string, format: number, key: string, body: string | Uint8Array): boolean {
    return this.writeFile(this.rawFileOf(kind, key), { kind, format, key, raw: true }, body);
  }

  /**
   * Writes an entry's file through a temporary one. The body is turned into UTF-8 once, hashed and
   * written as those bytes (the header, the body and a line break in one `writev`), and the folder
   * is made on the first write only, and again if it has gone since (a write fails with ENOENT):
   * a cold run writes three files per source, from the main thread while the workers extract.
   */
  private writeFile(file: string, entry: Used, body: string | Uint8Array): boolean {
    const { kind, format, key } = entry;
    const bytes = typeof body === 'string' ? Buffer.from(body) : body;
    const header = Buffer.from(`${JSON.stringify({ factdiff: kind, format, key, sha256: sha256Of(bytes) })}\n`);
    const temporary = `${file}.${process.pid}.${this.temporaries++}.tmp`;
    try {
      if (!this.madeDir) mkdirSync(this.dir, { recursive: true });
      this.madeDir = true;
      try {
        writeParts(temporary, [header, bytes, NEWLINE]);
      } catch (error) {
        if ((error as { code?: string }).code !== 'ENOENT') throw error;
        mkdirSync(this.dir, { recursive: true });
        writeParts(temporary, [header, bytes, NEWLINE]);
      }
      renameSync(temporary, file);
      this.pack?.used.set(entryId(kind, key), entry);
      return true;
    } catch (error) {
      removeQuietly(temporary);
      if (!this.warned) this.options.warn?.(`cannot write the claim cache in ${this.dir}, going on without it: ${error instanceof Error ? error.message : String(error)}`);
      this.warned = true;
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
    const fromPack = [...pack.used.values()].filter((used) => used.packed).length;
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
        const json = used.packed && read ? read.bytesOf({ format: used.format, ...used.packed }) : store.storedBody(used.raw ? store.rawFileOf(used.kind, used.key) : store.fileOf(used.kind, used.key), used.kind, used.key, used.format);
        if (json) yield { kind: used.kind, format: used.format, key: used.key, json };
      }
    };
    try {
      mkdirSync(this.dir, { recursive: true });
      const written = writePack(pack.file, entries(this));
      const stamp = packStamp(pack.file);
      if (stamp) this.verified = { file: pack.file, ...written, stamp };
      return true;
    } catch (error) {
      if (!this.warned) this.options.warn?.(`cannot write the claim cache in ${this.dir}, going on without it: ${error instanceof Error ? error.message : String(error)}`);
      this.warned = true;
      return false;
    }
  }

  /** The bytes of an entry's own file after its header (JSON, or stored as they are), if it is whole (its checksum matches) and of this format. */
  private storedBody(file: string, kind: string, key: string, format: number): Buffer | undefined {
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch {
      return undefined;
    }
    const newline = bytes.indexOf(0x0a);
    const end = bytes.length - (bytes[bytes.length - 1] === 0x0a ? 1 : 0);
    if (newline < 0 || end <= newline) return undefined;
    try {
      const header = JSON.parse(bytes.toString('utf8', 0, newline)) as { factdiff?: unknown; format?: unknown; key?: unknown; sha256?: unknown };
      const body = bytes.subarray(newline + 1, end);
      return header.factdiff === kind && header.format === format && header.key === key && header.sha256 === sha256Of(body) ? body : undefined;
    } catch {
      return undefined;
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

const NEWLINE = Buffer.from('\n');

function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function removeQuietly(file: string): void {
  try {
    rmSync(file, { force: true });
  } catch {
    // Nothing was written there, or the folder is gone: nothing to clean.
  }
}
