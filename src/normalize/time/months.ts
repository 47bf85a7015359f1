/**
 * Month and weekday names as data, and the regular-expression pieces built from them.
 * Pieces are case-insensitive sources with no capture groups.
 */

/** Months with their abbreviations (`Sept.` and `Sep.` for September). */
export const MONTHS: ReadonlyArray<{ n: number; name: string; abbreviations: readonly string[] }> = [
  { n: 1, name: 'january', abbreviations: ['jan'] },
  { n: 2, name: 'february', abbreviations: ['feb'] },
  { n: 3, name: 'march', abbreviations: ['mar'] },
  { n: 4, name: 'april', abbreviations: ['apr'] },
  { n: 5, name: 'may', abbreviations: [] },
  { n: 6, name: 'june', abbreviations: ['jun'] },
  { n: 7, name: 'july', abbreviations: ['jul'] },
  { n: 8, name: 'august', abbreviations: ['aug'] },
  { n: 9, name: 'september', abbreviations: ['sept', 'sep'] },
  { n: 10, name: 'october', abbreviations: ['oct'] },
  { n: 11, name: 'november', abbreviations: ['nov'] },
  { n: 12, name: 'december', abbreviations: ['dec'] },
];

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** The names of the days and months, lower case: words that name a time, never a place or a person. */
export const DAY_AND_MONTH_NAMES: ReadonlySet<string> = new Set([...WEEKDAYS, ...MONTHS.map((m) => m.name)]);

/** A full month name: `June`. */
export const MONTH_NAME = `(?:${MONTHS.map((m) => m.name).join('|')})(?![a-z])`;

/** A full month name or an abbreviation with an optional dot: `June`, `Jul`, `Sept.`. */
export const MONTH_ANY = `(?:${MONTHS.flatMap((m) => [m.name, ...m.abbreviations.map((a) => `${a}\\.?`)]).join('|')})(?![a-z])`;

/** A weekday name with its comma, before a date: `Thursday, `. */
export const WEEKDAY_PREFIX = `(?:\\b(?:${WEEKDAYS.join('|')}),?\\s+)`;

/** The month number (1–12) of a name or abbreviation, any case, with or without its dot. */
export function monthNumber(word: string): number | undefined {
  const key = word.toLowerCase().replace(/\.$/, '');
  return MONTHS.find((m) => m.name === key || m.abbreviations.includes(key))?.n;
}
