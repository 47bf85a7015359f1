/**
 * Calendar helpers shared by the dateline, date-header and metadata readers:
 * English month names (full, abbreviated, with or without a period) and date validation.
 */

/** Regex source matching an English month name or abbreviation (no capture groups). */
export const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';

/** Regex source matching an English weekday name or abbreviation (no capture groups). */
export const WEEKDAY = '(?:Mon|Tue(?:s)?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\\.?';

/** 1-12 for a month name or abbreviation (`Sept.`), undefined otherwise: one table for the whole project. */
export { monthNumber } from '../normalize/time/months.js';

/** `YYYY-MM-DD` for a real calendar day, undefined for e.g. February 30. */
export function isoDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return undefined;
  }
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * The `YYYY-MM-DD` of an ISO date or date-time as written (the date part is kept as written,
 * not shifted to UTC), or undefined when the string is not one.
 */
export function isoDateOf(value: string): string | undefined {
  const m = ISO.exec(value.trim());
  if (!m) return undefined;
  const [hours, minutes, seconds] = [m[4], m[5], m[6]].map((part) => Number(part ?? 0));
  if ((hours ?? 0) > 23 || (minutes ?? 0) > 59 || (seconds ?? 0) > 60) return undefined;
  return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
}
