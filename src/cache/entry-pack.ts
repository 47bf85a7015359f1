/**
 * One file holding many cache entries: a warm run of a large drop reads its entries from the pack
 * of the previous run instead of opening one file per source and per file (30,000 files at 10,000
 * articles). A pack is one entry after another, each a header line
 * (`kind<TAB>format<TAB>key<TAB>length`) and then that many bytes of the entry (JSON, or bytes
 * stored as they are, which may span lines) and a line break, closed by a line with the sha256 of
 * everything before it; it is written to a temporary file and renamed into place. A pack that is
 * missing, cut short or edited is ignored as a whole (the entries are then read one by one, or
 * made again). Only the entries a run asks for are parsed. A pack is read in one piece, or, when
 * `lazy` (a drop's pack holds hundreds of megabytes), checked and indexed a few megabytes at a
 * time and its entries read from the file as they are asked for, through a descriptor held open
 * until `close` (so a pack written over it meanwhile changes nothing).
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { packStamp, readPackIndex, type Stamp } from './pack-index.js';

/** The pack format written in a pack's closing line (write-pack.ts writes it, this file checks it). */
export const FORMAT = 2;
const TAB = 0x09;
const NEWLINE = 0x0a;
/** How much of a lazy pack is read at a time while checking it. */
const CHUNK = 8 << 20;
/** The longest header line or closing line read (they are about 100 and 150 bytes). */
const LINE = 4096;
/** Entries of one kind lie together when they fill this share of the stretch from the first to the last. */
const DENSE = 0.9;
/** How much of a lazy pack `json` reads at a time: a run asks for entries in about the order they lie, one after another. */
const WINDOW = 4 << 20;

/** Where one entry's bytes lie in the pack's bytes. */
export interface PackedEntry {
  format: number;
  start: number;
  end: number;
}

/** A pack as read: where each entry (by kind and key) lies in it, and its bytes (in memory, or read from the file when asked for). */
export class EntryPack {
  /** The stretch of a lazy pack read last for `json`, and where it starts (a buffer reused from one read to the next). */
  private window: { start: number; bytes: Buffer; read: number } | undefined;
  /** Per kind, the stretch of a lazy pack its entries lie in, and its bytes once read (see `raw`). */
  private readonly regions = new Map<string, { start: number; end: number; bytes: number; read?: Buffer }>();

  private constructor(
    private readonly source: { whole: Buffer } | { fd: number | undefined },
    readonly entries: Map<string, PackedEntry>,
  ) {
    for (const [id, entry] of entries) {
      const kind = id.slice(0, id.indexOf('\t'));
      const region = this.regions.get(kind);
      if (!region) this.regions.set(kind, { start: entry.start, end: entry.end, bytes: entry.end - entry.start });
      else {
        region.start = Math.min(region.start, entry.start);
        region.end = Math.max(region.end, entry.end);
        region.bytes += entry.end - entry.start;
      }
    }
  }

  /** The pack's checksum (its closing line's), and what `stat` said of its file when it was opened (a lazy pack; see pack-index.ts). */
  checksum = '';
  stamp: Stamp | undefined;
  /** Whether the pack was checked whole when opened (not trusted from its index). */
  checkedWhole = true;

  /**
   * The pack in `file`; undefined when there is none, or a description of what is wrong with it.
   * A lazy pack with `indexed` is trusted from its index (pack-index.ts) when that is valid, and
   * only its closing line is checked; else it is checked whole.
   */
  static read(file: string, options: { lazy?: boolean; indexed?: boolean } = {}): EntryPack | { damaged: string } | undefined {
    let fd: number;
    try {
      fd = openSync(file, 'r');
    } catch {
      return undefined;
    }
    let pack: EntryPack | { damaged: string } | undefined;
    try {
      const stamp = options.lazy ? packStamp(fd) : undefined;
      pack = (options.lazy && options.indexed ? fromIndex(file, fd) : undefined) ?? readPack(fd, options.lazy === true);
      if (pack instanceof EntryPack) pack.stamp = stamp;
    } catch {
      pack = undefined; // A read that failed (the file went away, an I/O error): as if there were none.
    }
    if (!(pack instanceof EntryPack) || !options.lazy) closeSync(fd);
    return pack;
  }

  /** The bytes of an entry: a view into the pack in memory, or a copy read from the file. */
  bytesOf(entry: PackedEntry): Buffer {
    if ('whole' in this.source) return this.source.whole.subarray(entry.start, entry.end);
    if (this.source.fd === undefined) throw new Error('EntryPack: read after close');
    return readExactly(this.source.fd, entry.start, entry.end - entry.start);
  }

  /**
   * The JSON text of an entry, or undefined when the pack has none of this kind, format and key.
   * From a lazy pack, read through a window of a few megabytes: a warm run asks for tens of
   * thousands of entries in about the order they lie, and one read per entry costs more than
   * decoding it.
   */
  json(kind: string, format: number, key: string): string | undefined {
    const entry = this.entries.get(entryId(kind, key));
    return entry && entry.format === format ? this.windowed(entry).toString('utf8') : undefined;
  }

  /** An entry's bytes, a view into the window (valid until the next call) when it fits in one, else as `bytesOf` gives them. */
  private windowed(entry: PackedEntry): Buffer {
    if ('whole' in this.source || entry.end - entry.start > WINDOW / 2) return this.bytesOf(entry);
    let window = this.window;
    if (!window || entry.start < window.start || entry.end > window.start + window.read) {
      if (this.source.fd === undefined) throw new Error('EntryPack: read after close');
      const bytes = window?.bytes ?? Buffer.allocUnsafe(WINDOW);
      window = this.window = { start: entry.start, bytes, read: readInto(this.source.fd, bytes, entry.start, bytes.length).length };
      if (entry.end > window.start + window.read) return this.bytesOf(entry);
    }
    return window.bytes.subarray(entry.start - window.start, entry.end - window.start);
  }

  /**
   * The bytes of an entry (see `bytesOf`), or undefined when the pack has none of this kind, format
   * and key. From a lazy pack whose entries of this kind lie together (a pack is written kind by
   * kind), the first one asked for reads them all in one piece, and each is a view into it: a run
   * asks for every source's, and ten thousand reads would cost more than one.
   */
  raw(kind: string, format: number, key: string): Buffer | undefined {
    const entry = this.entries.get(entryId(kind, key));
    if (!entry || entry.format !== format) return undefined;
    const region = this.regions.get(kind);
    if (!region || 'whole' in this.source || region.bytes < DENSE * (region.end - region.start)) return this.bytesOf(entry);
    region.read ??= this.bytesOf({ format, start: region.start, end: region.end });
    return region.read.subarray(entry.start - region.start, entry.end - region.start);
  }

  /** Lets the file go (a lazy pack); its entries cannot be read after. */
  close(): void {
    this.window = undefined;
    if ('fd' in this.source && this.source.fd !== undefined) {
      closeSync(this.source.fd);
      this.source.fd = undefined;
    }
  }

  /** @internal */
  static made(source: { whole: Buffer } | { fd: number }, entries: Map<string, PackedEntry>): EntryPack {
    return new EntryPack(source, entries);
  }
}

/** Checks and indexes the pack open on `fd`: in one piece, or (lazy) a chunk at a time. */
function readPack(fd: number, lazy: boolean): EntryPack | { damaged: string } {
  const size = fstatSync(fd).size;
  const whole = lazy ? undefined : readExactly(fd, 0, size);
  const at = (start: number, end: number) => (whole ? whole.subarray(start, end) : readExactly(fd, start, end - start));
  // The closing line: its sha256 covers everything before it.
  const tail = at(Math.max(0, size - LINE), size);
  if (tail.length === 0 || tail[tail.length - 1] !== NEWLINE) return { damaged: 'cut short' };
  const inTail = tail.lastIndexOf(NEWLINE, tail.length - 2) + 1;
  if (inTail === 0 && tail.length < size) return { damaged: 'cut short' };
  const lastLine = size - tail.length + inTail;
  let trailer: { factdiff?: unknown; format?: unknown; entries?: unknown; sha256?: string };
  try {
    trailer = JSON.parse(tail.toString('utf8', inTail, tail.length - 1)) as typeof trailer;
  } catch {
    return { damaged: 'cut short' };
  }
  if (trailer.factdiff !== 'pack' || trailer.format !== FORMAT || typeof trailer.sha256 !== 'string') return { damaged: 'not a pack of this format' };
  // One pass: the checksum of every chunk, and the header of every entry that starts in it.
  const hash = createHash('sha256');
  const entries = new Map<string, PackedEntry>();
  let broken: string | undefined;
  let next = 0;
  const chunk = lazy ? Buffer.allocUnsafe(Math.min(CHUNK, lastLine)) : undefined;
  for (let offset = 0; offset < lastLine; ) {
    const piece = whole ? whole.subarray(0, lastLine) : readInto(fd, chunk!, offset, Math.min(chunk!.length, lastLine - offset));
    hash.update(piece);
    const end = offset + piece.length;
    while (broken === undefined && next < end) {
      const newline = piece.indexOf(NEWLINE, next - offset);
      const header = newline >= 0 ? piece.subarray(next - offset, newline) : headerLine(at(next, Math.min(next + LINE, lastLine)));
      const entry = header && parseHeader(header, next);
      if (!entry || entry.end >= lastLine) broken = entry ? 'an entry is longer than the pack' : 'an entry has no header';
      else {
        entries.set(entryId(entry.kind, entry.key), { format: entry.format, start: entry.start, end: entry.end });
        next = entry.end + 1;
      }
    }
    offset = end;
  }
  if (trailer.sha256 !== hash.digest('hex')) return { damaged: 'truncated or edited: its checksum does not match' };
  if (broken !== undefined || next !== lastLine) return { damaged: broken ?? 'an entry is not as long as its header says' };
  if (entries.size !== trailer.entries) return { damaged: 'its entry count does not match' };
  const pack = EntryPack.made(whole ? { whole } : { fd }, entries);
  pack.checksum = trailer.sha256;
  return pack;
}

/** The pack open on `fd` as its index says, when the index is valid and the pack's closing line says the same checksum and count; else undefined. */
function fromIndex(file: string, fd: number): EntryPack | undefined {
  const index = readPackIndex(file, fd);
  if (!index) return undefined;
  const trailer = closingLine(fd, fstatSync(fd).size);
  if (!trailer || trailer.sha256 !== index.sha256 || trailer.entries !== index.entries.size) return undefined;
  const pack = EntryPack.made({ fd }, index.entries);
  pack.checksum = index.sha256;
  pack.checkedWhole = false;
  return pack;
}

/** The closing line of the pack open on `fd`, parsed; undefined when it is not one of this format. */
function closingLine(fd: number, size: number): { sha256: string; entries: number } | undefined {
  const tail = readExactly(fd, Math.max(0, size - LINE), Math.min(size, LINE));
  if (tail.length === 0 || tail[tail.length - 1] !== NEWLINE) return undefined;
  const inTail = tail.lastIndexOf(NEWLINE, tail.length - 2) + 1;
  try {
    const trailer = JSON.parse(tail.toString('utf8', inTail, tail.length - 1)) as { factdiff?: unknown; format?: unknown; entries?: unknown; sha256?: unknown };
    return trailer.factdiff === 'pack' && trailer.format === FORMAT && typeof trailer.sha256 === 'string' && typeof trailer.entries === 'number' ? { sha256: trailer.sha256, entries: trailer.entries } : undefined;
  } catch {
    return undefined;
  }
}

/** The first line of `bytes` (without its line break), or undefined when it has none. */
function headerLine(bytes: Buffer): Buffer | undefined {
  const newline = bytes.indexOf(NEWLINE);
  return newline < 0 ? undefined : bytes.subarray(0, newline);
}

/** An entry's header (`kind<TAB>format<TAB>key<TAB>length`) that starts at `at`: where its bytes lie; undefined when it is not one. */
function parseHeader(header: Buffer, at: number): { kind: string; key: string; format: number; start: number; end: number } | undefined {
  const tab1 = header.indexOf(TAB);
  const tab2 = header.indexOf(TAB, tab1 + 1);
  const tab3 = header.indexOf(TAB, tab2 + 1);
  if (tab1 < 0 || tab2 < 0 || tab3 < 0) return undefined;
  const length = Number(header.toString('latin1', tab3 + 1));
  if (!Number.isSafeInteger(length) || length < 0) return undefined;
  const start = at + header.length + 1;
  return { kind: header.toString('latin1', 0, tab1), format: Number(header.toString('latin1', tab1 + 1, tab2)), key: header.toString('latin1', tab2 + 1, tab3), start, end: start + length };
}

/** `length` bytes of the file at `position`, in a buffer of their own (fewer if the file is shorter). */
function readExactly(fd: number, position: number, length: number): Buffer {
  return readInto(fd, Buffer.allocUnsafe(length), position, length);
}

function readInto(fd: number, buffer: Buffer, position: number, length: number): Buffer {
  let done = 0;
  while (done < length) {
    const read = readSync(fd, buffer, done, length - done, position + done);
    if (read === 0) break;
    done += read;
  }
  return buffer.subarray(0, done);
}

/** The map key of an entry. */
export function entryId(kind: string, key: string): string {
  return `${kind}\t${key}`;
}
