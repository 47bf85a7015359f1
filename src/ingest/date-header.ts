import { MONTH, WEEKDAY, isoDate, monthNumber } from './date-parts.js';

/** A line near the top of a page that only gives the page's date: `2023-07-04 14:17`, `Jul 01,2024`. */
export interface DateHeader {
  /** `YYYY-MM-DD`. */
  date: string;
  /** The date words as written (a byline or view counter on the same line left out). */
  text: string;
  /** The name of a `By NAME|date` byline on the same line. */
  byline?: string;
}

const ISO_DATE = '(?<iy>\\d{4})[-/.](?<im>\\d{1,2})[-/.](?<id>\\d{1,2})';
const DAY_MONTH_YEAR = `(?<dd>\\d{1,2})(?:st|nd|rd|th)?\\s+(?<dm>${MONTH})\\.?,?\\s+(?<dy>\\d{4})`;
const MONTH_DAY_YEAR = `(?<mm>${MONTH})\\.?\\s+(?<md>\\d{1,2})(?:st|nd|rd|th)?(?:\\s*,\\s*|\\s+)(?<my>\\d{4})`;
const TIME = '(?:(?:,?\\s+(?:at\\s+)?|T)\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[AaPp]\\.?[Mm]\\.?)?(?:\\s*(?:[A-Z]{2,5}|(?:GMT|UTC)[+-]?\\d{0,2}(?::?\\d{2})?|[+-]\\d{2}:?\\d{2}|Z))?)?';
const LABEL = '(?:(?:Updated|Published|Posted|Released|Date|Time)(?:\\s+on)?\\s*:?\\s*)?';
const BYLINE = '(?:By\\s+(?<by>[^|]{1,60}?)\\s*\\|\\s*)?';
const COUNTER = '(?:\\s*\\|?\\s*\\d[\\d,]*(?:\\s+(?:views?|reads?|hits?))?)?';

const PATTERN = new RegExp(
  `^${BYLINE}${LABEL}(?<when>(?:${WEEKDAY},?\\s+)?(?:${ISO_DATE}|${DAY_MONTH_YEAR}|${MONTH_DAY_YEAR})${TIME})${COUNTER}$`,
  'u',
);

/**
 * Matches a line that is only a date (with an optional weekday, time, label such as `Updated:`,
 * `By NAME|` byline and trailing view counter). A number after the time is a counter, never a year.
 */
export function matchDateHeader(line: string): DateHeader | undefined {
  const g = PATTERN.exec(line.trim())?.groups;
  if (!g || !g.when) return undefined;
  const [year, month, day] = g.iy
    ? [Number(g.iy), Number(g.im), Number(g.id)]
    : g.dy
      ? [Number(g.dy), monthNumber(g.dm ?? ''), Number(g.dd)]
      : [Number(g.my), monthNumber(g.mm ?? ''), Number(g.md)];
  const date = month ? isoDate(year, month, day) : undefined;
  if (!date) return undefined;
  return { date, text: g.when.trim(), ...(g.by ? { byline: g.by.trim() } : {}) };
}
