/**
 * The pack a run has just written from its spool (a cold run), read back for the rest of the run:
 * the JSON report copies each source's claims as the report writes them from it
 * (report/rendered-claims.ts) instead of writing 100,000 claims again, while the run holds none
 * of those bytes in memory. The file is opened on the first read and checked to be the one
 * written (a pack another run wrote over it since is never read: its entries are then not
 * found); entries are read one at a time into one reused buffer.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { entryId, type PackedEntry } from './entry-pack.js';
import { packStamp, type Stamp } from './pack-index.js';

export class WrittenPack {
  private fd: number | undefined;
  private failed = false;
  private buffer = Buffer.allocUnsafe(0);

  constructor(
    readonly file: string,
    private readonly entries: ReadonlyMap<string, PackedEntry>,
    private readonly stamp: Stamp,
  ) {}

  /** Whether the pack holds an entry of this kind and format under `key`. */
  has(kind: string, format: number, key: string): boolean {
    return this.entries.get(entryId(kind, key))?.format === format;
  }

  /**
   * The bytes of the entry of this kind and format under `key`, as a view valid until the next
   * call; undefined when there is none, or the file is no longer the one written.
   */
  view(kind: string, format: number, key: string): Uint8Array | undefined {
    const entry = this.entries.get(entryId(kind, key));
    const fd = entry?.format === format ? this.open() : undefined;
    if (fd === undefined || !entry) return undefined;
    const length = entry.end - entry.start;
    if (this.buffer.length < length) this.buffer = Buffer.allocUnsafe(Math.max(length, 2 * this.buffer.length));
    try {
      for (let done = 0; done < length; ) {
        const read = readSync(fd, this.buffer, done, length - done, entry.start + done);
        if (read === 0) return undefined;
        done += read;
      }
    } catch {
      return undefined;
    }
    return this.buffer.subarray(0, length);
  }

  /** Lets the file go; nothing can be read after. */
  close(): void {
    this.failed = true;
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }

  private open(): number | undefined {
    if (this.fd !== undefined || this.failed) return this.fd;
    try {
      this.fd = openSync(this.file, 'r');
    } catch {
      this.failed = true;
      return undefined;
    }
    const now = packStamp(this.fd);
    if (!now || now.dev !== this.stamp.dev || now.ino !== this.stamp.ino || now.size !== this.stamp.size || now.mtimeMs !== this.stamp.mtimeMs) this.close();
    return this.fd;
  }
}
