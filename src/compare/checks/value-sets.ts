/** Shared helpers for checks over values: which values agree, which claims share a moment. */
import { approxCompatible } from '../../normalize/numbers/index.js';
import type { Claim } from '../../types.js';

/** Whether two claims' values can describe the same true value. */
export function valuesAgree(a: Claim, b: Claim, tolerance: number): boolean {
  const [x, y] = [a.value, b.value];
  // A reading on a scale ("magnitude 6.8", qualifiers.exact) is not rounded: any difference counts.
  if (a.qualifiers?.exact === 'yes' || b.qualifiers?.exact === 'yes') tolerance = 0;
  // The same figure written the same way ("more than 30" twice) always agrees.
  if (JSON.stringify(x) === JSON.stringify(y)) return true;
  if (x.type === 'count' && y.type === 'count') return (!x.approx && !y.approx && close(x.n, y.n, tolerance)) || approxCompatible(x, y, tolerance);
  if (x.type === 'quantity' && y.type === 'quantity') {
    // "a 985-foot vessel" and "the 984-foot ship": a size converted and rounded two ways, one apart in its last digit.
    const sizes = a.qualifiers?.verb === 'describe' && b.qualifiers?.verb === 'describe' && !x.approx && !y.approx && oneApart(x.amount, y.amount);
    return x.unit === y.unit && ((!x.approx && !y.approx && close(x.amount, y.amount, tolerance)) || sizes || approxCompatible({ n: x.amount, approx: x.approx }, { n: y.amount, approx: y.approx }, tolerance));
  }
  // "Stéphane Israël" and "Stephane Israel": a name agrees with itself written without diacritics or capitals.
  if (x.type === 'name' && y.type === 'name') return folded(x.text) === folded(y.text);
  return JSON.stringify(x) === JSON.stringify(y);
}

function folded(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

/**
 * Two exact figures agree when they are within `tolerance` of each other (relative to the larger)
 * and one is the other rounded to its figures: "10,500 athletes" and "10,482" agree, "€1.2 billion"
 * and "€1.18 billion" too; "34,297 evacuees" and "34,927", both written to the last person, do not.
 * "More than 600" never equals 600.
 */
function close(a: number, b: number, tolerance: number): boolean {
  if (Math.abs(a - b) > tolerance * Math.max(Math.abs(a), Math.abs(b))) return false;
  const digits = Math.min(significantDigits(a), significantDigits(b));
  return roundTo(a, digits) === roundTo(b, digits);
}

/** Whether two figures written to the same place differ by one in their last digit (984 / 985, 2.57 / 2.58). */
function oneApart(a: number, b: number): boolean {
  const places = (n: number) => n.toString().split('.')[1]?.length ?? 0;
  const unit = 10 ** -Math.max(places(a), places(b));
  return Math.abs(Math.abs(a - b) - unit) < unit / 1e6 && Math.min(Math.abs(a), Math.abs(b)) >= 100 * unit;
}

/** The significant digits a figure is written to, trailing zeros of a whole number not counted (10,500: 3). */
function significantDigits(n: number): number {
  const written = Math.abs(n).toString();
  if (/e/i.test(written)) return 15;
  const [whole = '', fraction = ''] = written.split('.');
  if (fraction) return `${whole}${fraction}`.replace(/^0+/, '').length;
  return whole.replace(/^0+/, '').replace(/0+$/, '').length || 1;
}

function roundTo(n: number, digits: number): number {
  return n === 0 ? 0 : Number(n.toPrecision(digits));
}

/**
 * Partitions claims into classes of values that agree with the class's first claim (linear in the
 * claims). `valuesAgree` reads of a claim only its value and two qualifiers (`agreementOf`), and a
 * class's first claim never changes, so claims alike in those go to the class the first of them
 * went to: each is compared with the classes once per different value, not once per claim.
 */
export function valueClasses(claims: Claim[], tolerance: number): Claim[][] {
  const classes: Claim[][] = [];
  const homes = new Map<string, Claim[]>();
  for (const claim of claims) {
    const alike = agreementOf(claim);
    let home = homes.get(alike);
    if (home === undefined) {
      home = classes.find((cls) => valuesAgree(cls[0]!, claim, tolerance));
      if (home === undefined) classes.push((home = []));
      homes.set(alike, home);
    }
    home.push(claim);
  }
  return classes;
}

/** Everything of a claim that `valuesAgree` reads: two claims alike in it agree with the same claims. */
function agreementOf(claim: Claim): string {
  return JSON.stringify([claim.value, claim.qualifiers?.exact ?? null, claim.qualifiers?.verb ?? null]);
}

/**
 * Whether two dated claims hold at the same moment, for a window of `day`, `month` or `year`. Two
 * claims known to the day, one of them a running count (`qualifiers.tally: running`), meet only on one day.
 */
export function sameMoment(a: Claim, b: Claim, window: 'day' | 'month' | 'year'): boolean {
  const [x, y] = [a.time.span, b.time.span];
  if (!x || !y) return false;
  const width = { day: 10, month: 7, year: 4 }[window];
  const fine = (p: string) => (window === 'day' ? p === 'day' : window === 'month' ? p !== 'year' : true);
  if (!fine(x.precision) || !fine(y.precision)) return false;
  // A running count ("the death toll rose to 86") holds on its day only, whatever the window.
  if (window !== 'day' && x.precision === 'day' && y.precision === 'day' && x.start !== y.start && (a.qualifiers.tally === 'running' || b.qualifiers.tally === 'running')) return false;
  // "Some 420 million people" on 12 December and "almost 450 million" on 1 January: a year's window
  // is not cut at New Year for two days a few weeks apart.
  if (window === 'year' && x.precision === 'day' && y.precision === 'day' && Math.abs(Date.parse(x.start) - Date.parse(y.start)) <= YEAR_EDGE_DAYS * 86_400_000) return true;
  return x.start.slice(0, width) === y.start.slice(0, width) && x.end.slice(0, width) === y.end.slice(0, width) && x.start.slice(0, width) === x.end.slice(0, width);
}

/** Days apart that two dated claims may be, across New Year, and still share a year's window. */
const YEAR_EDGE_DAYS = 31;

/**
 * Groups dated claims into moments (claims at the same moment share a slice): each claim joins the
 * first slice holding a claim at its moment (`sameMoment`), else starts one. `sameMoment` reads of a
 * claim only its time span and whether it is a running count (`momentOf`), so a slice is looked
 * at once per moment it holds, not once per claim, and each pair of moments is compared once: the
 * same slices as comparing every claim of every slice, in a group of thousands of claims on a few
 * dates.
 */
export function slices(claims: Claim[], window: 'day' | 'month' | 'year'): Claim[][] {
  const sets: Claim[][] = [];
  /** Per slice, one claim for each moment it holds. */
  const moments: Array<Map<string, Claim>> = [];
  const met = new Map<string, boolean>();
  const meets = (other: Claim, otherMoment: string, claim: Claim, moment: string): boolean => {
    const pair = `${otherMoment}\u0002${moment}`;
    let same = met.get(pair);
    if (same === undefined) met.set(pair, (same = sameMoment(other, claim, window)));
    return same;
  };
  for (const claim of claims) {
    const moment = momentOf(claim);
    const home = moments.findIndex((held) => {
      for (const [otherMoment, other] of held) if (meets(other, otherMoment, claim, moment)) return true;
      return false;
    });
    if (home < 0) {
      sets.push([claim]);
      moments.push(new Map([[moment, claim]]));
      continue;
    }
    sets[home]!.push(claim);
    if (!moments[home]!.has(moment)) moments[home]!.set(moment, claim);
  }
  return sets;
}

/** Everything of a claim that `sameMoment` reads: two claims with the same moment meet the same claims. */
function momentOf(claim: Claim): string {
  const span = claim.time.span;
  return span ? JSON.stringify([span.start, span.end, span.precision, claim.qualifiers.tally === 'running']) : '';
}

export function byTime(a: Claim, b: Claim): number {
  const [x, y] = [a.time.span?.start ?? '', b.time.span?.start ?? ''];
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Claims in the order of the end of their time ("last week" after Thursday of that week). */
export function byEnd(a: Claim, b: Claim): number {
  const [x, y] = [a.time.span?.end ?? '', b.time.span?.end ?? ''];
  return x < y ? -1 : x > y ? 1 : 0;
}
