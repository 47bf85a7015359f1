import type { TimeSpan } from '../../types.js';
import type { Ymd } from './types.js';

/**
 * Calendar arithmetic on ISO days without the clock: every date comes from the text or the anchor.
 */

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** Days in a month of a proleptic Gregorian year. */
export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Whether y-m-d names a real day. */
export function isValidDay(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** `{y: 2025, m: 8, d: 29}` → `2025-08-29`. */
export function toIso({ y, m, d }: Ymd): string {
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

/** `2025-08-29` (or `2025-08-29T…`) → its day, or undefined when not a real ISO day. */
export function parseIso(iso: string): Ymd | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(iso);
  if (!m) return undefined;
  const day = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return isValidDay(day.y, day.m, day.d) ? day : undefined;
}

/** The day `n` days after (or before, when negative) `day`. */
export function addDays(day: Ymd, n: number): Ymd {
  const t = new Date(Date.UTC(day.y, day.m - 1, day.d + n));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** The same day `n` months later (or earlier), clamped to the month's end: Mar 31 − 1 month → Feb 28. */
export function addMonths(day: Ymd, n: number): Ymd {
  const index = day.y * 12 + (day.m - 1) + n;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return { y, m, d: Math.min(day.d, daysInMonth(y, m)) };
}

/** 0 for Monday … 6 for Sunday. */
export function weekday(day: Ymd): number {
  return (new Date(Date.UTC(day.y, day.m - 1, day.d)).getUTCDay() + 6) % 7;
}

/** A span between two days. */
export function spanOf(start: Ymd, end: Ymd, precision: TimeSpan['precision']): TimeSpan {
  return { start: toIso(start), end: toIso(end), precision };
}

/** The whole of a year. */
export function yearSpan(y: number): TimeSpan {
  return { start: `${pad(y, 4)}-01-01`, end: `${pad(y, 4)}-12-31`, precision: 'year' };
}

/** The whole of a month, from its 1st to its last day. */
export function monthSpan(y: number, m: number): TimeSpan {
  return spanOf({ y, m, d: 1 }, { y, m, d: daysInMonth(y, m) }, 'month');
}

/** A single day. */
export function daySpan(day: Ymd): TimeSpan {
  return spanOf(day, day, 'day');
}

/**
 * Orders two intervals: `before` when `a` ends before `b` starts, `after` when `a` starts after
 * `b` ends, else `overlap` (they share at least a day, so their order is unknown).
 */
export function compareSpans(a: TimeSpan, b: TimeSpan): 'before' | 'after' | 'overlap' {
  if (a.end < b.start) return 'before';
  if (a.start > b.end) return 'after';
  return 'overlap';
}

/** Whether every day of `inner` lies in `outer` (June 15, 2001 lies in 2001). */
export function spanContains(outer: TimeSpan, inner: TimeSpan): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}
