/**
 * An entry's own file (file-entry-store.ts keeps them): a header line (kind, format, key, sha256
 * of the rest) and the entry. A file that is missing or of another format is a miss; one
 * truncated, edited or not of this entry is described (JSON entries) or a miss (bytes).
 */
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { writeParts } from '../files/write-parts.js';
import { sha256 } from './claim-key.js';

/** What a read found: the entry's JSON value, nothing, or what is wrong with a damaged file. */
export type StoredEntry = { value: unknown } | { damaged: string } | undefined;

/** The JSON entry in `file`, of this kind, format and key. */
export function readEntryFile(file: string, kind: string, format: number, key: string): StoredEntry {
  let text: string;
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

/** The bytes of an entry's own file after its header (JSON, or stored as they are), if it is whole (its checksum matches) and of this format. */
/** The bytes of an entry's own file after its header (JSON, or stored as they are), if it is whole (its checksum matches) and of this format. */
export function entryFileBody(file: string, kind: string, key: string, format: number): Buffer | undefined {
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

/**
 * Writes an entry's file through `temporary`, renamed into place. The body is turned into UTF-8
 * once, hashed and written as those bytes (the header, the body and a line break in one
 * `writev`); when the folder has gone (ENOENT), `remake` is called and the write tried once more.
 */
export function writeEntryFile(file: string, temporary: string, entry: { kind: string; format: number; key: string }, body: string | Uint8Array, remake: () => void): void {
  const bytes = typeof body === 'string' ? Buffer.from(body) : body;
  const header = Buffer.from(`${JSON.stringify({ factdiff: entry.kind, format: entry.format, key: entry.key, sha256: sha256Of(bytes) })}\n`);
  try {
    writeParts(temporary, [header, bytes, NEWLINE]);
  } catch (error) {
    if ((error as { code?: string }).code !== 'ENOENT') throw error;
    remake();
    writeParts(temporary, [header, bytes, NEWLINE]);
  }
  renameSync(temporary, file);
}

const NEWLINE = Buffer.from('\n');

function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** An entry's JSON bytes parsed (from a pack, a spool or a file); undefined when there are none or they do not parse (which a pack's checksum rules out). */
export function jsonOf(bytes: Buffer | undefined): StoredEntry {
  if (!bytes) return undefined;
  try {
    return { value: JSON.parse(bytes.toString('utf8')) as unknown };
  } catch {
    return undefined;
  }
}

/** Removes a file that may be there (a temporary a failed write left); never throws. */
export function removeQuietly(file: string): void {
  try {
    rmSync(file, { force: true });
  } catch {
    // Nothing was written there, or the folder is gone: nothing to clean.
  }
}
