/**
 * Claims extracted earlier, by key (see claim-key.ts). The kernel is given one or none; it never
 * decides where a cache lives. A store must never fail a run: an entry it cannot read is a miss,
 * a write it cannot make is dropped.
 */
import type { Claim } from '../types.js';

export interface ClaimCache {
  /** The claims stored under `key`, or undefined when there are none or they cannot be read. */
  get(key: string): Claim[] | undefined;
  /** Whether claims are stored under `key`, without reading them (`get` may still find them damaged); a store without it is read at once. */
  has?(key: string): boolean;
  /** Stores the claims of one source under `key`. */
  set(key: string, claims: Claim[]): void;
  /**
   * The claims stored under `key` as the JSON report writes them (report/rendered-claims.ts), when
   * the store keeps them so: a warm run then copies these bytes into the report instead of writing
   * each claim again. Undefined when it does not, or they cannot be read.
   */
  rendered?(key: string): Uint8Array | undefined;
  /**
   * For claims this run has just stored (a cold run), the same bytes as `rendered` gives, read only
   * when called, later in the run (the report), so that they are not held meanwhile: a view valid
   * until the next call, or undefined if they cannot be read then. Undefined when the store does not
   * keep them so.
   */
  renderedLater?(key: string): (() => Uint8Array | undefined) | undefined;
}
