/**
 * One file holding many cache entries, read in one piece: a warm run of a large drop reads its
 * entries from the pack of the previous run instead of opening one file per source and per file
 * (20,000 files at 10,000 articles). A pack is plain text, one entry a line
 * (`kind<TAB>format<TAB>key<TAB>JSON`), closed by a line with the sha256 of everything before it;
 * it is written to a temporary file and renamed into place. A pack that is missing, cut short or
 * edited is ignored as a whole (the entries are then read one by one, or made again). Only the
 * lines a run asks for are parsed.
 */
import { readFileSync, writeSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { writeThroughTemporary } from '../files/write-through-temporary.js';

const FORMAT = 1;
const TAB = 0x09;
const NEWLINE = 0x0a;

/** Where one entry's JSON lies in the pack's bytes. */
export interface PackedEntry {
  format: number;
  start: number;
  end: number;
}

/** A pack as read: its bytes and where each entry (by kind and key) lies in them. */
export class EntryPack {
  private constructor(
    readonly bytes: Buffer,
    readonly entries: Map<string, PackedEntry>,
  ) {}

  /** The pack in `file`; undefined when there is none, or a description of what is wrong with it. */
  static read(file: string): EntryPack | { damaged: string } | undefined {
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch {
      return undefined;
    }
    const end = bytes.length > 0 && bytes[bytes.length - 1] === NEWLINE ? bytes.length - 1 : -1;
    if (end < 0) return { damaged: 'cut short' };
    const lastLine = bytes.lastIndexOf(NEWLINE, end - 1) + 1;
    let trailer: { factdiff?: unknown; format?: unknown; entries?: unknown; sha256?: unknown };
    try {
      trailer = JSON.parse(bytes.toString('utf8', lastLine, end)) as typeof trailer;
    } catch {
      return { damaged: 'cut short' };
    }
    if (trailer.factdiff !== 'pack' || trailer.format !== FORMAT) return { damaged: 'not a pack of this format' };
    if (trailer.sha256 !== createHash('sha256').update(bytes.subarray(0, lastLine)).digest('hex')) return { damaged: 'truncated or edited: its checksum does not match' };
    const entries = new Map<string, PackedEntry>();
    for (let start = 0; start < lastLine; ) {
      const newline = bytes.indexOf(NEWLINE, start);
      const tab1 = bytes.indexOf(TAB, start);
      const tab2 = bytes.indexOf(TAB, tab1 + 1);
      const tab3 = bytes.indexOf(TAB, tab2 + 1);
      if (tab1 < 0 || tab3 < 0 || tab3 > newline) return { damaged: 'a line is not an entry' };
      const kind = bytes.toString('latin1', start, tab1);
      const key = bytes.toString('latin1', tab2 + 1, tab3);
      entries.set(entryId(kind, key), { format: Number(bytes.toString('latin1', tab1 + 1, tab2)), start: tab3 + 1, end: newline });
      start = newline + 1;
    }
    if (entries.size !== trailer.entries) return { damaged: 'its entry count does not match' };
    return new EntryPack(bytes, entries);
  }

  /** The JSON text of an entry, or undefined when the pack has none of this kind, format and key. */
  json(kind: string, format: number, key: string): string | undefined {
    const entry = this.entries.get(entryId(kind, key));
    return entry && entry.format === format ? this.bytes.toString('utf8', entry.start, entry.end) : undefined;
  }
}

/** The map key of an entry. */
export function entryId(kind: string, key: string): string {
  return `${kind}\t${key}`;
}

/** Writes a pack from entries given as JSON bytes; the file appears whole or not at all. Written about a megabyte at a time (a memo holds tens of thousands of small entries). */
export function writePack(file: string, entries: Iterable<{ kind: string; format: number; key: string; json: Uint8Array }>): void {
  writeThroughTemporary(file, (fd) => {
    const hash = createHash('sha256');
    let count = 0;
    const buffer = Buffer.allocUnsafe(1 << 20);
    let used = 0;
    const flush = () => {
      for (let done = 0; done < used; ) done += writeSync(fd, buffer, done, used - done);
      used = 0;
    };
    const put = (bytes: Uint8Array) => {
      hash.update(bytes);
      if (used + bytes.length > buffer.length) flush();
      if (bytes.length > buffer.length) {
        for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done);
        return;
      }
      buffer.set(bytes, used);
      used += bytes.length;
    };
    for (const entry of entries) {
      put(Buffer.from(`${entry.kind}\t${entry.format}\t${entry.key}\t`, 'latin1'));
      put(entry.json);
      put(NEWLINE_BYTES);
      count++;
    }
    flush();
    writeSync(fd, `${JSON.stringify({ factdiff: 'pack', format: FORMAT, entries: count, sha256: hash.digest('hex') })}\n`);
  });
}

const NEWLINE_BYTES = Buffer.from('\n');
