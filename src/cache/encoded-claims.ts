/**
 * One source's claims as the claim cache stores them, turned into bytes: the claims as JSON, and
 * the claims as the JSON report writes them (report/rendered-claims.ts; none for a source with no
 * claims). Apart from the cache, so that a worker that has just extracted the claims can make
 * these bytes itself and send them with the claims: the thread that writes the cache then only
 * appends them (a cold run of 10,000 articles spent about 3 s of its main thread rendering and
 * stringifying claims while the workers extracted).
 */
import { renderClaims } from '../report/rendered-claims.js';
import type { Claim } from '../types.js';

export interface EncodedClaims {
  /** `JSON.stringify(claims)` as UTF-8. */
  json: Uint8Array;
  /** `renderClaims(claims)` as UTF-8; undefined when there are no claims. */
  rendered?: Uint8Array;
}

const encoder = new TextEncoder();

/** The claims' bytes as the cache stores them (each in a buffer of its own, so it can be sent between threads). */
export function encodeClaims(claims: readonly Claim[]): EncodedClaims {
  const json = encoder.encode(JSON.stringify(claims));
  return claims.length > 0 ? { json, rendered: encoder.encode(renderClaims(claims)) } : { json };
}
