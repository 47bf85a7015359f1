/**
 * The files behind the caches: one plain JSON file per entry under a folder, safe to delete at
 * any time. A file is a header line (kind, format, key, sha256 of the rest) and the entry as
 * JSON. Writes go to a temporary file renamed into place, so a killed run or two runs at once
 * never leave half a file; a file that is missing, truncated, edited or of another format is a
 * miss, never an error (a damaged one is described to the caller, who says so).
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256 } from './claim-key.js';

export interface FileEntryStoreOptions {
  /** Mixed into every file name: the CLI passes a fingerprint of its own code, so entries from an edited build are never read. */
  salt?: string;
  /** Told once, the first time a write fails (a read-only folder, a full disk); the run goes on. */
  warn?: (message: string) => void;
}

/** What a read found: the entry's JSON value, nothing, or what is wrong with a damaged file. */
export type StoredEntry = { value: unknown } | { damaged: string } | undefined;

export class FileEntryStore {
  private warned = false;
  private temporaries = 0;

  constructor(
    readonly dir: string,
    private readonly options: FileEntryStoreOptions = {},
  ) {}

  /** The entry of this kind stored under `key`; undefined when there is none or it is of another format. */
  read(kind: string, format: number, key: string): StoredEntry {
    let text: string;
    try {
      text = readFileSync(this.fileOf(kind, key), 'utf8');
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
    const body = JSON.stringify(value);
    const header = JSON.stringify({ factdiff: kind, format, key, sha256: sha256(body) });
    const file = this.fileOf(kind, key);
    const temporary = `${file}.${process.pid}.${this.temporaries++}.tmp`;
    try {
      mkdirSync(this.dir, { recursive: true });
      writeFileSync(temporary, `${header}\n${body}\n`);
      renameSync(temporary, file);
      return true;
    } catch (error) {
      removeQuietly(temporary);
      if (!this.warned) this.options.warn?.(`cannot write the claim cache in ${this.dir}, going on without it: ${error instanceof Error ? error.message : String(error)}`);
      this.warned = true;
      return false;
    }
  }

  /** The file of an entry (claims keep the names they had before other kinds were stored). */
  fileOf(kind: string, key: string): string {
    const salt = this.options.salt ?? '';
    return join(this.dir, `${sha256(kind === 'claims' ? `${salt}\0${key}` : `${salt}\0${kind}\0${key}`)}.json`);
  }
}

function removeQuietly(file: string): void {
  try {
    rmSync(file, { force: true });
  } catch {
    // Nothing was written there, or the folder is gone: nothing to clean.
  }
}
