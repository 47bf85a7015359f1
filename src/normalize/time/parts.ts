import type { TimeSpan } from '../../types.js';
import { daysInMonth, monthSpan, spanOf } from './span.js';

/** `early`, `mid` or `late`: the third of a year or month an expression points at. */
export type Part = 'early' | 'mid' | 'late';

/** Reads `early`, `the beginning of` → early; `mid`, `the middle of` → mid; `late`, `the end of` → late. */
export function partOf(words: string | undefined): Part | undefined {
  if (words === undefined) return undefined;
  if (/early|beginning|start/i.test(words)) return 'early';
  if (/mid/i.test(words)) return 'mid';
  return /late|end/i.test(words) ? 'late' : undefined;
}

/** Thirds of a year by month: early Jan–Apr, mid May–Aug, late Sep–Dec. */
export function partOfYear(y: number, part: Part): TimeSpan {
  const first = { early: 1, mid: 5, late: 9 }[part];
  return { start: monthSpan(y, first).start, end: monthSpan(y, first + 3).end, precision: 'month' };
}

/** Thirds of a month by day: early 1–10, mid 11–20, late 21–end. */
export function partOfMonth(y: number, m: number, part: Part): TimeSpan {
  const [from, to] = { early: [1, 10], mid: [11, 20], late: [21, daysInMonth(y, m)] }[part];
  return spanOf({ y, m, d: from! }, { y, m, d: to! }, 'day');
}

/** Thirds of a decade: early 0–3, mid 4–6, late 7–9. */
export function partOfDecade(decade: number, part: Part): TimeSpan {
  const [from, to] = { early: [0, 3], mid: [4, 6], late: [7, 9] }[part];
  return spanOf({ y: decade + from!, m: 1, d: 1 }, { y: decade + to!, m: 12, d: 31 }, 'year');
}
