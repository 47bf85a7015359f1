/**
 * The compare stage alone on many claims: the claims of a generated drop, repeated under other
 * source names until there are as many as asked (a drop ten times the size, where every subject,
 * speaker and name recurs ten times as often: the hard case for pairing). Times compareClaims on
 * the first N, for each N.
 */
import { compareClaims } from '../src/compare/index.js';
import type { RuleSet } from '../src/rules/types.js';
import type { Claim } from '../src/types.js';

export interface GrowthPoint {
  claims: number;
  seconds: number;
  findings: number;
}

/** `base` repeated as copies from other sources (`copy-2/…`), cut at `n`. */
export function syntheticClaims(base: readonly Claim[], n: number): Claim[] {
  const out: Claim[] = [];
  for (let copy = 1; out.length < n && base.length > 0; copy++) {
    for (const claim of base) {
      if (out.length >= n) break;
      out.push(copy === 1 ? claim : { ...claim, id: `${claim.id}~${copy}`, source: `copy-${copy}/${claim.source}` });
    }
  }
  return out;
}

export function compareGrowth(base: readonly Claim[], sizes: readonly number[], rules: RuleSet): GrowthPoint[] {
  return sizes.map((n) => {
    const claims = syntheticClaims(base, n);
    const t0 = performance.now();
    const findings = compareClaims(claims, rules).length;
    return { claims: claims.length, seconds: (performance.now() - t0) / 1000, findings };
  });
}
