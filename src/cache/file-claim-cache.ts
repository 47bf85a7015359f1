/**
 * A claim cache of plain files: one JSON file per source under a folder (`.factdiff-cache/` by
 * the CLI's default), safe to delete at any time. A file is a header line (format, key, sha256
 * of the rest) and the claims as JSON. Writes go to a temporary file renamed into place, so a
 * killed run or two runs at once never leave half a file; a file that is missing, truncated,
 * edited or of another format is a miss and is written again, never an error (a damaged one is
 * reported through `warn`).
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Claim } from '../types.js';
import type { ClaimCache } from './claim-cache.js';
import { sha256 } from './claim-key.js';

const FORMAT = 1;

export interface FileClaimCacheOptions {
  /** Mixed into every file name: the CLI passes a fingerprint of its own code, so claims from an edited build are never read. */
  salt?: string;
  /** Told once, the first time a write fails (a read-only folder, a full disk), and of each damaged entry read; the run goes on. */
  warn?: (message: string) => void;
}

export class FileClaimCache implements ClaimCache {
  /** Counts for this instance: entries read, entries missing or unreadable, entries written. */
  readonly stats = { hits: 0, misses: 0, writes: 0 };
  private warned = false;
  private temporaries = 0;

  constructor(
    readonly dir: string,
    private readonly options: FileClaimCacheOptions = {},
  ) {}

  get(key: string): Claim[] | undefined {
    const read = this.read(key);
    if (typeof read === 'string') this.options.warn?.(`damaged claim cache entry ${this.fileOf(key)} (${read}): ignored, the source is extracted again`);
    const claims = typeof read === 'string' ? undefined : read;
    if (claims) this.stats.hits++;
    else this.stats.misses++;
    return claims;
  }

  set(key: string, claims: Claim[]): void {
    const body = JSON.stringify(claims);
    const header = JSON.stringify({ factdiff: 'claims', format: FORMAT, key, sha256: sha256(body) });
    const file = this.fileOf(key);
    const temporary = `${file}.${process.pid}.${this.temporaries++}.tmp`;
    try {
      mkdirSync(this.dir, { recursive: true });
      writeFileSync(temporary, `${header}\n${body}\n`);
      renameSync(temporary, file);
      this.stats.writes++;
    } catch (error) {
      removeQuietly(temporary);
      if (!this.warned) this.options.warn?.(`cannot write the claim cache in ${this.dir}, going on without it: ${error instanceof Error ? error.message : String(error)}`);
      this.warned = true;
    }
  }

  /** The claims stored under `key`; undefined when there are none (or of another format); a string saying what is wrong with a damaged entry. */
  private read(key: string): Claim[] | string | undefined {
    let text: string;
    try {
      text = readFileSync(this.fileOf(key), 'utf8');
    } catch {
      return undefined;
    }
    const newline = text.indexOf('\n');
    if (newline < 0) return 'no header line';
    let header: { factdiff?: unknown; format?: unknown; key?: unknown; sha256?: unknown };
    try {
      header = JSON.parse(text.slice(0, newline)) as typeof header;
    } catch {
      return 'its header is not JSON';
    }
    if (header.factdiff === 'claims' && header.format !== FORMAT) return undefined;
    const body = text.slice(newline + 1).replace(/\n$/, '');
    if (header.factdiff !== 'claims' || header.key !== key) return 'its header is not that of this entry';
    if (header.sha256 !== sha256(body)) return 'truncated or edited: its checksum does not match';
    try {
      const claims: unknown = JSON.parse(body);
      return Array.isArray(claims) ? (claims as Claim[]) : 'its claims are not a list';
    } catch {
      return 'its claims are not JSON';
    }
  }

  private fileOf(key: string): string {
    return join(this.dir, `${sha256(`${this.options.salt ?? ''}\0${key}`)}.json`);
  }
}

function removeQuietly(file: string): void {
  try {
    rmSync(file, { force: true });
  } catch {
    // Nothing was written there, or the folder is gone: nothing to clean.
  }
}
