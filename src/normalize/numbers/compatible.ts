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
    case undefined: return { lo: n, hi: n, loOpen: false, hiOpen: false };
    case 'about': return { lo: n - near, hi: n + near, loOpen: false, hiOpen: false };
    case 'nearly': return { lo: n - near, hi: n, loOpen: false, hiOpen: false };
    case 'more-than': return { lo: n, hi: n + reach, loOpen: true, hiOpen: false };
    case 'at-least': return { lo: n, hi: n + reach, loOpen: false, hiOpen: false };
    case 'less-than': return { lo: n - reach, hi: n, loOpen: false, hiOpen: true };
    case 'up-to': return { lo: n - reach, hi: n, loOpen: false, hiOpen: false };
  }
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
 * - plain `n`: exactly n (a figure is taken at its word: `9` vs `10` → false);
 * - `about n`: [n − tn, n + tn] (`about 90` vs `about 89` → true; `about 10` vs `10` → true);
 * - `nearly n`: [n − tn, n], closed at n because another writer may round the same value up
 *   (`nearly 10` vs `almost 10` → true; `nearly 10` vs `10` → true);
 * - `more than n`: (n, n + 4tn], open at n (`more than 600` vs `600` → false, vs `650` → true);
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
