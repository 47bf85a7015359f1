import { isoDate } from './date-parts.js';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/**
 * A year-less dateline's year, checked against the weekday its lead gives: "BENGALURU, Aug 23
 * (Reuters) - India put a spacecraft down … on Wednesday" with 2019 as the latest year the text
 * names is 2023, the first year from 2019 on whose August 23 is a Wednesday (or a Thursday: a
 * lead tells of the day before as often as of its own day). The text's latest
 * year is a lower bound: an article is written on or after the years it tells of. Undefined when
 * the lead names no weekday, or no year in the next seven fits.
 */
export function weekdayYear(lead: string, from: number, month: number, day: number): number | undefined {
  if (!LEAD_WEEKDAY.test(lead)) return undefined;
  for (let year = from; year < from + 7; year++) if (fitsWeekday(lead, year, month, day)) return year;
  return undefined;
}

/** "… on Wednesday" in a lead. */
const LEAD_WEEKDAY = /\bon\s+(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/i;

/**
 * A year-less dateline's year from an anniversary the text marks: "WASHINGTON, July 9 … a summit
 * marking the 75th anniversary of the alliance …, where the North Atlantic Treaty was signed in
 * 1949" is 2024, the year the text names plus the anniversary's number, when that is on or after
 * `from` (the latest year the text names, a lower bound) and within ten years of it, and the lead's
 * weekday, if it gives one, falls on the dateline's day or the day before. Undefined otherwise.
 */
export function anniversaryYear(text: string, lead: string, from: number, month: number, day: number): { year: number; evidence: string } | undefined {
  const years = [...new Set([...text.matchAll(/\b(1[6-9]\d\d|20\d\d)\b/g)].map((m) => Number(m[1])))];
  for (const m of text.matchAll(/\b(\d{1,3})(?:st|nd|rd|th)\s+anniversary\b/gi)) {
    const n = Number(m[1]);
    const base = years.find((y) => y + n >= from && y + n <= from + 10 && isoDate(y + n, month, day) !== undefined && fitsWeekday(lead, y + n, month, day));
    if (base !== undefined) return { year: base + n, evidence: `the ${m[1]}${/(?:st|nd|rd|th)/i.exec(m[0])![0]} anniversary of ${base}` };
  }
  return undefined;
}

/**
 * Whether the lead's weekday (if it gives one) falls on that year's day, or on the day before it
 * ("Oct 14 … pulled off on Sunday", a Monday's story).
 */
function fitsWeekday(lead: string, year: number, month: number, day: number): boolean {
  const weekday = LEAD_WEEKDAY.exec(lead)?.[1]?.toLowerCase();
  if (!weekday) return true;
  const iso = isoDate(year, month, day);
  if (!iso) return false;
  const dayOfWeek = new Date(`${iso}T00:00:00Z`).getUTCDay();
  const target = WEEKDAYS.indexOf(weekday);
  return dayOfWeek === target || (dayOfWeek + 6) % 7 === target;
}
