/**
 * Where a run keeps the entries it writes when its scope has no pack yet (a cold run): appended to
 * one file beside the pack-to-be, and copied into the pack when the run saves it (`savePack`),
 * instead of one file per entry that the pack then reads back (three per source, 30,000 files at
 * 10,000 articles, each written, hashed, renamed, read and hashed again). The spool is this run's
 * alone (its name holds the process id), read only by this run, and removed when the pack is
 * written; one left by a killed run is never read by another, so deleting it is always safe, and
 * the next run that writes the same pack deletes it (`removeStaleSpools`).
 */
import { closeSync, openSync, readdirSync, readSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { entryId } from './entry-pack.js';

/** Where one spooled entry's bytes lie in the spool. */
export interface SpooledEntry {
  kind: string;
  format: number;
  key: string;
  /** Stored as bytes (`writeRaw`), not JSON. */
  raw: boolean;
  start: number;
  end: number;
}

/** How much of the spool `view` reads at a time. */
const WINDOW = 4 << 20;

export class EntrySpool {
  private fd: number | undefined;
  private size = 0;
  private closed = false;
  /** The stretch of the spool read last by `view`, and where it starts (one buffer, reused). */
  private window: { start: number; bytes: Buffer; read: number } | undefined;
  /** Every entry appended, by `entryId`; a key written again points at its last bytes. */
  readonly entries = new Map<string, SpooledEntry>();

  constructor(readonly file: string) {}

  /** Whether its file is made (by the first `put`). */
  get started(): boolean {
    return this.fd !== undefined;
  }

  /** Appends an entry's bytes (the file is made on the first); throws when it cannot be written. */
  put(entry: { kind: string; format: number; key: string; raw: boolean }, bytes: Uint8Array): SpooledEntry {
    if (this.closed) throw new Error('EntrySpool: write after close');
    this.fd ??= openSync(this.file, 'w+');
    for (let done = 0; done < bytes.length; ) done += writeSync(this.fd, bytes, done, bytes.length - done, this.size + done);
    const spooled = { ...entry, start: this.size, end: this.size + bytes.length };
    this.size = spooled.end;
    this.entries.set(entryId(entry.kind, entry.key), spooled);
    return spooled;
  }

  /** The spooled entry of this kind, format and key (JSON or raw as asked), if any. */
  find(kind: string, format: number, key: string, raw: boolean): SpooledEntry | undefined {
    const entry = this.entries.get(entryId(kind, key));
    return entry && entry.format === format && entry.raw === raw ? entry : undefined;
  }

  /** The bytes of a spooled entry, in a buffer of their own. */
  bytesOf(entry: SpooledEntry): Buffer {
    if (this.fd === undefined) throw new Error('EntrySpool: read after close');
    const bytes = Buffer.allocUnsafe(entry.end - entry.start);
    for (let done = 0; done < bytes.length; ) {
      const read = readSync(this.fd, bytes, done, bytes.length - done, entry.start + done);
      if (read === 0) throw new Error('EntrySpool: spool cut short');
      done += read;
    }
    return bytes;
  }

  /**
   * The bytes of a spooled entry as a view into a window of the spool read a few megabytes at a
   * time, valid until the next call: saving the pack copies every entry once, in about the order
   * they lie, and a buffer per entry (400 MB of them at 10,000 articles) costs more than the copy.
   */
  view(entry: SpooledEntry): Buffer {
    if (entry.end - entry.start > WINDOW / 2) return this.bytesOf(entry);
    let window = this.window;
    if (!window || entry.start < window.start || entry.end > window.start + window.read) {
      if (this.fd === undefined) throw new Error('EntrySpool: read after close');
      const bytes = window?.bytes ?? Buffer.allocUnsafe(WINDOW);
      let read = 0;
      for (let got = -1; got !== 0 && read < bytes.length; read += got) got = readSync(this.fd, bytes, read, bytes.length - read, entry.start + read);
      window = this.window = { start: entry.start, bytes, read };
      if (entry.end > window.start + window.read) throw new Error('EntrySpool: spool cut short');
    }
    return window.bytes.subarray(entry.start - window.start, entry.end - window.start);
  }

  /** Lets the spool go: closes and removes its file; its entries cannot be read after. */
  close(): void {
    this.closed = true;
    this.window = undefined;
    if (this.fd === undefined) return;
    closeSync(this.fd);
    this.fd = undefined;
    rmSync(this.file, { force: true });
  }
}

/** The spool file of a run (process `pid`) writing `pack`. */
export function spoolFileOf(pack: string, pid = process.pid): string {
  return `${pack}.${pid}.spool`;
}

/** Removes the spools of `pack` whose run is gone (killed before it saved the pack); a live run's, this one's included, are left. */
export function removeStaleSpools(pack: string): void {
  let names: string[];
  try {
    names = readdirSync(dirname(pack));
  } catch {
    return;
  }
  const prefix = `${basename(pack)}.`;
  for (const name of names) {
    const pid = name.startsWith(prefix) ? /^(\d+)\.spool$/.exec(name.slice(prefix.length))?.[1] : undefined;
    if (pid !== undefined && !isAlive(Number(pid))) rmSync(join(dirname(pack), name), { force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM';
  }
}
