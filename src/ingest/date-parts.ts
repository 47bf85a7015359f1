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
import { monthNumber } from '../normalize/time/months.js';

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

/** "June 3, 2023", "Jun 3 2023", a time after it allowed. */
const MONTH_DAY_YEAR = new RegExp(`^(?:${WEEKDAY},?\\s+)?(${MONTH})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})(?:[\\sT,].*)?$`, 'i');
/** "3 June 2023", "Sat, 03 Jun 2023 14:05:00 GMT" (the date of an RSS feed). */
const DAY_MONTH_YEAR = new RegExp(`^(?:${WEEKDAY},?\\s+)?(\\d{1,2})\\s+(${MONTH})\\.?,?\\s+(\\d{4})(?:[\\sT,].*)?$`, 'i');
/** "2023/06/03": year first, so never ambiguous. */
const SLASHED = /^(\d{4})\/(\d{1,2})\/(\d{1,2})(?:[\sT].*)?$/;

/**
 * The `YYYY-MM-DD` of a metadata date: an ISO date or date-time, else a date written with its
 * month's name ("June 3, 2023", "3 June 2023", "Sat, 03 Jun 2023 14:05:00 GMT") or year first with
 * slashes ("2023/06/03"). Numeric dates with the day or month first ("03.06.2023") are ambiguous
 * and stay unread.
 */
export function metadataDateOf(value: string): string | undefined {
  const text = value.trim();
  const iso = isoDateOf(text);
  if (iso) return iso;
  const mdy = MONTH_DAY_YEAR.exec(text);
  if (mdy) return isoDate(Number(mdy[3]), monthNumber(mdy[1]!) ?? 0, Number(mdy[2]));
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy) return isoDate(Number(dmy[3]), monthNumber(dmy[2]!) ?? 0, Number(dmy[1]));
  const ymd = SLASHED.exec(text);
  return ymd ? isoDate(Number(ymd[1]), Number(ymd[2]), Number(ymd[3])) : undefined;
}
