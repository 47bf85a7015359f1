/**
 * A pack's index, kept beside it (`<pack>.idx`), so that a warm run can trust a large pack without
 * reading it through: checking a drop's pack (sha256 over 410 MB at 10,000 articles) costs about a
 * second, and the run then reads most of it again for its entries. The index holds where every
 * entry lies, the pack's checksum, and what `stat` said of the pack file (device, inode, size,
 * modification and change times) when the pack was last checked whole or written; a run whose
 * `fstat` of the open pack says the same uses the index and checks only the pack's closing line.
 * A program that replaces the pack (a rename, as every writer here does) changes its inode; one
 * that edits it in place changes its times. An edit in the same clock tick as the pack was written
 * could leave the times as they were, so an index is trusted only when it was written well after
 * the pack's last change ("racily clean", as git says of its index): a run writes one only then,
 * and checks it again when read. What the index does not catch is a change that no program made
 * (a disk's bit rot), which the whole-file checksum did; deleting the index (or the folder) is
 * always safe: the next run checks the pack whole and writes it again.
 */
import { createHash } from 'node:crypto';
import { fstatSync, readFileSync, statSync, writeSync, type Stats } from 'node:fs';
import { writeThroughTemporary } from '../files/write-through-temporary.js';
import type { PackedEntry } from './entry-pack.js';

const FORMAT = 1;
/** An index is trusted only when written this long after the pack's last change (coarse file clocks: a few ms locally, up to 2 s on some file systems). */
export const RACY_MS = 2000;

/** What a pack's index records of the pack file. */
export interface Stamp {
  dev: number;
  ino: number;
  size: number;
  mtimeMs: number;
  ctimeMs: number;
}

/** The index file of a pack. */
export function indexFileOf(packFile: string): string {
  return `${packFile}.idx`;
}

function stampOf(stats: Stats): Stamp {
  return { dev: stats.dev, ino: stats.ino, size: stats.size, mtimeMs: stats.mtimeMs, ctimeMs: stats.ctimeMs };
}

const sameStamp = (a: Stamp, b: Stamp) => a.dev === b.dev && a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs;

/**
 * The entries of the pack open on `fd` and its checksum, from its index, when the index is whole,
 * was written well after the pack last changed, and the pack file is as the index says; else
 * undefined (the pack is then checked whole).
 */
export function readPackIndex(packFile: string, fd: number): { entries: Map<string, PackedEntry>; sha256: string } | undefined {
  let text: string;
  let written: number;
  try {
    const file = indexFileOf(packFile);
    written = statSync(file).mtimeMs;
    text = readFileSync(file, 'latin1');
  } catch {
    return undefined;
  }
  const newline = text.indexOf('\n');
  if (newline < 0) return undefined;
  let header: { factdiff?: unknown; format?: unknown; stamp?: Stamp; sha256?: unknown; body?: unknown };
  try {
    header = JSON.parse(text.slice(0, newline)) as typeof header;
  } catch {
    return undefined;
  }
  const body = text.slice(newline + 1);
  if (header.factdiff !== 'pack-index' || header.format !== FORMAT || typeof header.sha256 !== 'string' || !header.stamp || header.body !== digest(body)) return undefined;
  const stamp = stampOf(fstatSync(fd));
  if (!sameStamp(stamp, header.stamp) || written < Math.max(stamp.mtimeMs, stamp.ctimeMs) + RACY_MS) return undefined;
  const entries = new Map<string, PackedEntry>();
  for (const line of body.split('\n')) {
    if (line === '') continue;
    // kind<TAB>key<TAB>format<TAB>start<TAB>end
    const parts = line.split('\t');
    if (parts.length !== 5) return undefined;
    const [format, start, end] = [Number(parts[2]), Number(parts[3]), Number(parts[4])];
    if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || end < start || end > stamp.size) return undefined;
    entries.set(`${parts[0]}\t${parts[1]}`, { format, start, end });
  }
  return { entries, sha256: header.sha256 };
}

/**
 * Writes the index of a pack checked whole or written by this run, when the pack has not changed
 * for a while (see `RACY_MS`: an index written sooner would not be trusted) and is still the file
 * that was checked (`expected`: its stamp then). Returns whether one was written. Never fails a run.
 */
export function writePackIndex(packFile: string, pack: { entries: ReadonlyMap<string, PackedEntry>; sha256: string; stamp: Stamp }, now = Date.now()): boolean {
  try {
    const stamp = stampOf(statSync(packFile));
    if (!sameStamp(stamp, pack.stamp) || now < Math.max(stamp.mtimeMs, stamp.ctimeMs) + RACY_MS) return false;
    const lines: string[] = [];
    for (const [id, entry] of pack.entries) lines.push(`${id}\t${entry.format}\t${entry.start}\t${entry.end}\n`);
    const body = lines.join('');
    const header = JSON.stringify({ factdiff: 'pack-index', format: FORMAT, stamp, sha256: pack.sha256, body: digest(body) });
    writeThroughTemporary(indexFileOf(packFile), (fd) => {
      writeAllSync(fd, Buffer.from(`${header}\n${body}`, 'latin1'));
    });
    return true;
  } catch {
    return false;
  }
}

/** What `stat` says of a pack file now, for `writePackIndex`; undefined when it is gone. */
export function packStamp(fdOrFile: number | string): Stamp | undefined {
  try {
    return stampOf(typeof fdOrFile === 'number' ? fstatSync(fdOrFile) : statSync(fdOrFile));
  } catch {
    return undefined;
  }
}

function digest(text: string): string {
  return createHash('sha256').update(text, 'latin1').digest('hex');
}

function writeAllSync(fd: number, bytes: Buffer): void {
  for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done);
}
