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
  const weekday = /\bon\s+(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/i.exec(lead)?.[1]?.toLowerCase();
  if (!weekday) return undefined;
  const target = WEEKDAYS.indexOf(weekday);
  for (let year = from; year < from + 7; year++) {
    const iso = isoDate(year, month, day);
    if (!iso) continue;
    // The lead's weekday is the dateline's day, or the day before it ("Oct 14 … pulled off on Sunday", a Monday's story).
    const dayOfWeek = new Date(`${iso}T00:00:00Z`).getUTCDay();
    if (dayOfWeek === target || (dayOfWeek + 6) % 7 === target) return year;
  }
  return undefined;
}
