import { MONTH, monthNumber } from './date-parts.js';

/** A wire-style dateline at the start of a paragraph: `BEIJING, June 15 (Agency) --`, `GENEVA, 21 August 2024 —`. */
export interface Dateline {
  /** The dateline as written, dash included. */
  text: string;
  /** The dateline without its dash, used as publication evidence. */
  evidence: string;
  month: number;
  day: number;
  year?: number;
  /** The agency named in parentheses or slashes: `(Agency)`, `/Newswire/`. */
  agency?: string;
}

const PATTERN = new RegExp(
  '^(?<place>\\p{Lu}[\\p{L}\\p{M}.\'’&/ -]{0,40}?(?:,\\s*\\p{Lu}[\\p{L}\\p{M}.\'’ -]{0,30}?)?)' +
    `,\\s+(?:(?<month>${MONTH})\\.?\\s+(?<day>\\d{1,2})(?:,\\s*(?<year>\\d{4}))?|(?<day2>\\d{1,2})\\s+(?<month2>${MONTH})\\.?(?:\\s+(?<year2>\\d{4}))?)` +
    '(?:\\s*\\((?<agency>[^()]{1,40})\\)|\\s+\\/(?<wire>[^/\\s][^/]{0,39})\\/)?' +
    '\\s*(?<dash>--|—|–|-|:)(?=\\s)',
  'u',
);

const MAX_PLACE_WORDS = 6;

/**
 * Matches a dateline by shape: a place, a month and day (optionally a year), optionally an
 * agency in parentheses or slashes, then a dash. The place must be in capitals unless an agency
 * is named, so a story opening such as `Paris/Berlin - On June 15, 2001, ...` is not a dateline.
 */
export function matchDateline(paragraph: string): Dateline | undefined {
  const m = PATTERN.exec(paragraph);
  const g = m?.groups;
  // "GENEVA, 21 August 2024 —": the day may come first.
  const [monthName, dayText, yearText] = g?.month ? [g.month, g.day, g.year] : [g?.month2, g?.day2, g?.year2];
  if (!m || !g || !g.place || !monthName || !dayText || !g.dash) return undefined;
  const agency = (g.agency ?? g.wire)?.trim();
  const place = g.place.split(',')[0] ?? '';
  const capitals = place === place.toUpperCase();
  if (place.trim().split(/\s+/).length > MAX_PLACE_WORDS || (!capitals && !agency)) return undefined;
  const month = monthNumber(monthName);
  const day = Number(dayText);
  if (!month || day < 1 || day > 31) return undefined;
  const text = m[0].trimEnd();
  return {
    text,
    evidence: text.slice(0, text.length - g.dash.length).trimEnd(),
    month,
    day,
    ...(yearText ? { year: Number(yearText) } : {}),
    ...(agency ? { agency } : {}),
  };
}
