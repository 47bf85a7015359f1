/** A file written from several pieces of bytes in one call. */
import { closeSync, openSync, writeSync, writevSync } from 'node:fs';

/** Writes `parts` one after another into a new file at `path` (replacing any). */
export function writeParts(path: string, parts: Uint8Array[]): void {
  const fd = openSync(path, 'w');
  try {
    const total = parts.reduce((sum, part) => sum + part.length, 0);
    const done = writevSync(fd, parts);
    if (done < total) {
      const rest = Buffer.concat(parts).subarray(done);
      for (let at = 0; at < rest.length; ) at += writeSync(fd, rest, at, rest.length - at);
    }
  } finally {
    closeSync(fd);
  }
}
