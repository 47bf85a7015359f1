/**
 * A claim cache of plain files under a folder (`.factdiff-cache/` by the CLI's default): one
 * entry per source, in a pack or a JSON file of its own, safe to delete at any time (see
 * file-entry-store.ts for where entries go and the safety rules). A damaged entry is a miss,
 * reported through `warn`, and written again.
 */
import { renderClaims } from '../report/rendered-claims.js';
import type { Claim } from '../types.js';
import type { ClaimCache } from './claim-cache.js';
import { FileEntryStore, type FileEntryStoreOptions } from './file-entry-store.js';

const KIND = 'claims';
const FORMAT = 1;
/** The same claims as the JSON report writes them, stored beside them (bytes, not JSON). */
const RENDERED = 'claims-report';
const RENDERED_FORMAT = 1;

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

  get(key: string): Claim[] | undefined {
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

  set(key: string, claims: Claim[]): void {
    if (!this.store.write(KIND, FORMAT, key, claims)) return;
    this.stats.writes++;
    if (claims.length > 0) this.store.writeRaw(RENDERED, RENDERED_FORMAT, key, renderClaims(claims));
  }

  /** The claims under `key` as the report writes them; undefined when not stored (an entry of an older build, a source with no claims) or damaged. */
  rendered(key: string): Uint8Array | undefined {
    return this.store.readRaw(RENDERED, RENDERED_FORMAT, key);
  }

  /** The claims this run stored under `key` as the report writes them, read when called (from the spool, or the pack saved from it). */
  renderedLater(key: string): (() => Uint8Array | undefined) | undefined {
    return this.store.rawReader(RENDERED, RENDERED_FORMAT, key);
  }

  private damaged(key: string, why: string): void {
    this.options.warn?.(`damaged claim cache entry ${this.store.fileOf(KIND, key)} (${why}): ignored, the source is extracted again`);
  }
}
