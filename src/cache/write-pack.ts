/** Writing a pack (the format entry-pack.ts reads): entries one after another, closed by their checksum. */
import { writeSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { writeThroughTemporary } from '../files/write-through-temporary.js';
import { entryId, FORMAT, type PackedEntry } from './entry-pack.js';

/**
 * Writes a pack from entries given as bytes (JSON, or stored as they are); the file appears whole
 * or not at all. Written about a megabyte at a time (a memo holds tens of thousands of small
 * entries). Returns where each entry lies and the pack's checksum, for its index (pack-index.ts).
 */
export function writePack(file: string, entries: Iterable<{ kind: string; format: number; key: string; json: Uint8Array }>): { entries: Map<string, PackedEntry>; sha256: string } {
  const written = new Map<string, PackedEntry>();
  let checksum = '';
  let offset = 0;
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
      offset += bytes.length;
      if (used + bytes.length > buffer.length) flush();
      if (bytes.length > buffer.length) {
        for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done);
        return;
      }
      buffer.set(bytes, used);
      used += bytes.length;
    };
    for (const entry of entries) {
      put(Buffer.from(`${entry.kind}\t${entry.format}\t${entry.key}\t${entry.json.length}\n`, 'latin1'));
      written.set(entryId(entry.kind, entry.key), { format: entry.format, start: offset, end: offset + entry.json.length });
      put(entry.json);
      put(NEWLINE_BYTES);
      count++;
    }
    flush();
    checksum = hash.digest('hex');
    writeSync(fd, `${JSON.stringify({ factdiff: 'pack', format: FORMAT, entries: count, sha256: checksum })}\n`);
  });
  return { entries: written, sha256: checksum };
}

const NEWLINE_BYTES = Buffer.from('\n');
