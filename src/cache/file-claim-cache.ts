/**
 * A claim cache of plain files: one JSON file per source under a folder (`.factdiff-cache/` by
 * the CLI's default), safe to delete at any time (see file-entry-store.ts for the file format
 * and its safety rules). A damaged entry is a miss, reported through `warn`, and written again.
 */
import { claimsJson, lazyClaims } from '../lazy-claims.js';
import { renderClaims } from '../report/rendered-claims.js';
import type { Claim } from '../types.js';
import type { ClaimCache } from './claim-cache.js';
import { FileEntryStore, type FileEntryStoreOptions } from './file-entry-store.js';

const KIND = 'claims';
const FORMAT = 1;
/** The same claims as the JSON report writes them, stored beside them (bytes, not JSON). */
const RENDERED = 'claims-report';
const RENDERED_FORMAT = 1;
/** The claims' head (lazy-claims.ts), stored beside them: a warm run then parses a claim only when something reads it. */
const HEAD = 'claims-head';
const HEAD_FORMAT = 1;

export interface FileClaimCacheOptions extends FileEntryStoreOptions {
  /** Told once when a write fails, and of each damaged entry read; the run goes on. */
  warn?: (message: string) => void;
}

export class FileClaimCache implements ClaimCache {
  /** Counts for this instance: entries read, entries missing or unreadable, entries written. */
  readonly stats = { hits: 0, misses: 0, writes: 0 };
  /** The folder's files, which the ingest cache shares (so a write failure is said once). */
  readonly store: FileEntryStore;

  constructor(
    readonly dir: string,
    private readonly options: FileClaimCacheOptions = {},
  ) {
    this.store = new FileEntryStore(dir, options);
  }

  /** The claims under `key`: claims parsed only when read (lazy-claims.ts) when their head is stored too, else parsed at once. */
  get(key: string): Claim[] | undefined {
    const lazy = this.lazy(key);
    if (lazy) {
      this.stats.hits++;
      return lazy;
    }
    const read = this.store.read(KIND, FORMAT, key);
    let claims: Claim[] | undefined;
    if (read && 'damaged' in read) this.damaged(key, read.damaged);
    else if (read && !Array.isArray(read.value)) this.damaged(key, 'its claims are not a list');
    else claims = read?.value as Claim[] | undefined;
    if (claims) this.stats.hits++;
    else this.stats.misses++;
    return claims;
  }

  /** Whether claims may be stored under `key` (a miss is counted when not). */
  has(key: string): boolean {
    const found = this.store.has(KIND, FORMAT, key);
    if (!found) this.stats.misses++;
    return found;
  }

  /** The claims under `key` over their stored JSON, from their head; undefined when either is missing or they do not fit (the claims are then read whole). */
  private lazy(key: string): Claim[] | undefined {
    const head = this.store.readJsonBytes(HEAD, HEAD_FORMAT, key);
    if (!head) return undefined;
    const bytes = this.store.readJsonBytes(KIND, FORMAT, key);
    if (!bytes) return undefined;
    try {
      return lazyClaims(bytes, JSON.parse(head.toString('utf8')));
    } catch {
      return undefined; // a head that is not JSON: cannot be, its checksum matched
    }
  }

  set(key: string, claims: Claim[]): void {
    const { json, head } = claimsJson(claims);
    if (!this.store.writeJson(KIND, FORMAT, key, json)) return;
    this.stats.writes++;
    // No head (claims of other keys) is written as null: a head left from an earlier write under this key is never read with these claims.
    this.store.writeJson(HEAD, HEAD_FORMAT, key, head ? JSON.stringify(head) : 'null');
    if (claims.length > 0) this.store.writeRaw(RENDERED, RENDERED_FORMAT, key, renderClaims(claims));
  }

  /** The claims under `key` as the report writes them; undefined when not stored (an entry of an older build, a source with no claims) or damaged. */
  rendered(key: string): Uint8Array | undefined {
    return this.store.readRaw(RENDERED, RENDERED_FORMAT, key);
  }

  private damaged(key: string, why: string): void {
    this.options.warn?.(`damaged claim cache entry ${this.store.fileOf(KIND, key)} (${why}): ignored, the source is extracted again`);
  }
}
