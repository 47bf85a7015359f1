import { isoDate } from './date-parts.js';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/**
 * A year-less dateline's year, checked against the weekday its lead gives: "BENGALURU, Aug 23
 * (Reuters) - India put a spacecraft down … on Wednesday" with 2019 as the latest year the text
 * names is 2023, the first year from 2019 on whose August 23 is a Wednesday. The text's latest
 * year is a lower bound: an article is written on or after the years it tells of. Undefined when
 * the lead names no weekday, or no year in the next seven fits.
 */
export function weekdayYear(lead: string, from: number, month: number, day: number): number | undefined {
  const weekday = /\bon\s+(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/i.exec(lead)?.[1]?.toLowerCase();
  if (!weekday) return undefined;
  for (let year = from; year < from + 7; year++) {
    const iso = isoDate(year, month, day);
    if (iso && WEEKDAYS[new Date(`${iso}T00:00:00Z`).getUTCDay()] === weekday) return year;
  }
  return undefined;
}
