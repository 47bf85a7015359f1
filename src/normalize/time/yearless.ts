import { MONTH_ANY, MONTH_NAME, monthNumber } from './months.js';
import { partOf, partOfMonth } from './parts.js';
import { DAY, PART } from './pieces.js';
import { anchored, num } from './result.js';
import { daySpan, isValidDay, monthSpan } from './span.js';
import type { Groups, ResolvedTime, TimePattern, Ymd } from './types.js';

/**
 * Dates written without a year (`In June`, `on July 15`, `29 July`). News reports the past, so each
 * takes the year that puts it closest before the anchor, on or before the anchor day
 * (`In June` from 2025-03-10 is June 2024), and lists `year` as implied.
 */

/**
 * The latest year in which month `m` (day `d`) is not after the anchor and the day exists; a day
 * at most `AHEAD_DAYS` after the anchor is the coming one ("which runs in Suva from 11 to 14 July"
 * in a piece of 11 July), not the one of nearly a year before, which a writer would date.
 */
export function pastYear(anchor: Ymd, m: number, d?: number): number {
  let y = anchor.y;
  const ahead = d !== undefined && isValidDay(y, m, d) && daysBetween(anchor, { y, m, d }) > 0 && daysBetween(anchor, { y, m, d }) <= AHEAD_DAYS;
  if (!ahead && (m > anchor.m || (m === anchor.m && d !== undefined && d > anchor.d))) y -= 1;
  while (d !== undefined && !isValidDay(y, m, d)) y -= 1;
  return y;
}

/** How many days after the anchor a year-less day may fall and still be read in the anchor's year. */
const AHEAD_DAYS = 14;

function daysBetween(from: Ymd, to: Ymd): number {
  return (Date.UTC(to.y, to.m - 1, to.d) - Date.UTC(from.y, from.m - 1, from.d)) / 86_400_000;
}

const IMPLIED = { implied: ['year'] } as const;

/** A month and day: that day in the latest year not after the anchor. */
function monthDay(g: Groups, anchor: Ymd | undefined): ResolvedTime | undefined {
  const m = monthNumber(g.month ?? '');
  const d = num(g.d);
  if (m === undefined || !isValidDay(2000, m, d)) return undefined;
  return anchored(anchor, (a) => daySpan({ y: pastYear(a, m, d), m, d }), IMPLIED);
}

/** A month alone or a part of one: the month (or its third) in the latest year not after the anchor. */
function month(g: Groups, anchor: Ymd | undefined): ResolvedTime | undefined {
  const m = monthNumber(g.month ?? '');
  if (m === undefined) return undefined;
  const part = partOf(g.part);
  const place = (a: Ymd) => (part ? partOfMonth(pastYear(a, m), m, part) : monthSpan(pastYear(a, m), m));
  return anchored(anchor, place, { implied: ['year'], certain: part === undefined });
}

/** Where a bare month name is a date: `his June visit`, `Merkel's June trip`, `since June`. */
const MONTH_GUARD = "(?<=\\b(?:his|her|its|their|our|my|the|since|by|until|till|from|to|of|through|before|after)\\s+|['\u2019]s\\s+)";

/** Days named for the date they fall on every year: `on New Year's Day`, `on Christmas Eve`. */
const FIXED_DAYS: Record<string, [number, number]> = { "new year's day": [1, 1], "new year's eve": [12, 31], 'christmas day': [12, 25], 'christmas eve': [12, 24], 'boxing day': [12, 26] };

/** A named day: that day in the latest year not after the anchor. */
function fixedDay(g: Groups, anchor: Ymd | undefined): ResolvedTime | undefined {
  const [m, d] = FIXED_DAYS[(g.named ?? '').toLowerCase().replace(/[’]/g, "'").replace(/\s+/g, ' ')] ?? [];
  if (m === undefined || d === undefined) return undefined;
  return anchored(anchor, (a) => daySpan({ y: pastYear(a, m, d), m, d }), IMPLIED);
}

/** Patterns for dates without a year. */
export const YEARLESS: readonly TimePattern[] = [
  { id: 'fixed-day', body: "(?<named>New\\s+Year['’]s\\s+(?:Day|Eve)|Christmas\\s+(?:Day|Eve)|Boxing\\s+Day)", resolve: fixedDay },
  { id: 'month-day', body: `(?<month>${MONTH_ANY})\\s*(?<d>${DAY})`, resolve: monthDay },
  { id: 'day-month', body: `(?<d>${DAY})\\s+(?:of\\s+)?(?<month>${MONTH_ANY})`, resolve: monthDay },
  { id: 'part-month', body: `(?<part>${PART})[\\s-]+(?<month>${MONTH_NAME})`, resolve: month },
  { id: 'month', body: `(?<month>${MONTH_NAME})`, guard: MONTH_GUARD, resolve: month },
];
