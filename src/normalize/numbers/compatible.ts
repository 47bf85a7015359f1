import type { Approx } from '../../types.js';
import type { ParsedNumber } from './parse-number.js';

/** An interval of true values; open ends exclude the bound. */
interface Range {
  lo: number;
  hi: number;
  loOpen: boolean;
  hiOpen: boolean;
}

/** The true values a written number can stand for (see {@link approxCompatible}). */
function rangeOf(n: number, approx: Approx | undefined, tolerance: number): Range {
  const near = Math.abs(n) * tolerance;
  const reach = near * 4;
  switch (approx) {
    case undefined: {
      const rounded = Math.min(near, roundingOf(n));
      return { lo: n - rounded, hi: n + rounded, loOpen: false, hiOpen: false };
    }
    case 'about': return { lo: n - near, hi: n + near, loOpen: false, hiOpen: false };
    case 'nearly': return { lo: n - near, hi: n, loOpen: false, hiOpen: false };
    case 'more-than': return { lo: n, hi: n + reach, loOpen: true, hiOpen: false };
    case 'at-least': return { lo: n, hi: n + reach, loOpen: false, hiOpen: false };
    case 'less-than': return { lo: n - reach, hi: n, loOpen: false, hiOpen: true };
    case 'up-to': return { lo: n - reach, hi: n, loOpen: false, hiOpen: false };
  }
}

/**
 * How far a plain figure written to hundreds or coarser may be from the value it rounds: half a
 * unit of its last written digit ("£12 trillion": half a trillion; "34,900": 50). A figure written
 * to tens or units ("72", "34,297") is taken at its word: 0.
 */
function roundingOf(n: number): number {
  if (!Number.isInteger(n) || n === 0 || n % 100 !== 0) return 0;
  let place = 100;
  while (n % (place * 10) === 0) place *= 10;
  return place / 2;
}

/** Whether `p`, a bound of the overlap, lies inside `r` (an open end excludes it). */
function includes(r: Range, p: number, eps: number): boolean {
  if (r.loOpen && Math.abs(p - r.lo) <= eps) return false;
  return !(r.hiOpen && Math.abs(p - r.hi) <= eps);
}

/**
 * Whether two written quantities can describe the same true value.
 *
 * Each is read as an interval of true values (t = `tolerance`, a fraction of the figure):
 * - plain `n`: exactly n when written to tens or units (a figure is taken at its word: `9` vs
 *   `10` → false, `more than 72` vs `72` → false); written to hundreds or coarser, a rounded figure:
 *   within half a unit of its last digit and at most tn (`600` → [600 − tn, 600 + tn], so
 *   `more than 600` vs `600` → true; `£12 trillion` vs `more than £12 trillion` → true; `34,900`
 *   → [34,850, 34,950], so not `34,297`);
 * - `about n`: [n − tn, n + tn] (`about 90` vs `about 89` → true; `about 10` vs `10` → true);
 * - `nearly n`: [n − tn, n], closed at n because another writer may round the same value up
 *   (`nearly 10` vs `almost 10` → true; `nearly 10` vs `10` → true);
 * - `more than n`: (n, n + 4tn], open at n (`more than 610` vs `610` → false, vs `650` → true);
 *   `at least n`: [n, n + 4tn]; `less than n`: [n − 4tn, n); `up to n`: [n − 4tn, n].
 *   Open-ended qualifiers reach 4t beyond their bound: writers pick the nearest round figure,
 *   so `more than 600` does not also cover 5,000.
 * Two quantities are compatible when their intervals share at least one value.
 */
export function approxCompatible(a: ParsedNumber, b: ParsedNumber, tolerance = 0.05): boolean {
  const x = rangeOf(a.n, a.approx, tolerance);
  const y = rangeOf(b.n, b.approx, tolerance);
  const eps = 1e-9 * Math.max(1, Math.abs(a.n), Math.abs(b.n));
  const lo = Math.max(x.lo, y.lo);
  const hi = Math.min(x.hi, y.hi);
  if (hi - lo > eps) return true;
  if (lo - hi > eps) return false;
  return includes(x, lo, eps) && includes(y, lo, eps);
}
