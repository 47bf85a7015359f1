import { MONTH_ANY, MONTH_NAME, WEEKDAY_PREFIX, monthNumber } from './months.js';
import { partOf, partOfDecade, partOfMonth, partOfYear } from './parts.js';
import { DAY, NOT_A_COUNT, PART, YEAR, YEAR_GUARD } from './pieces.js';
import { anchored, num, written } from './result.js';
import type { TimeSpan } from '../../types.js';
import { daySpan, isValidDay, monthSpan, spanOf, toIso, yearSpan } from './span.js';
import type { Groups, ResolvedTime, TimePattern, Ymd } from './types.js';

/**
 * Expressions that carry their own year: `June 15, 2001`, `29 July, 2021`, `2023-07-04`,
 * `September 2013`, `2014`, `the 1990s`, `From 2013 to 2017`, `2018-2022`, `since 2023`.
 */

function day(y: number, m: number | undefined, d: number): ResolvedTime | undefined {
  return m !== undefined && isValidDay(y, m, d) ? written(daySpan({ y, m, d })) : undefined;
}

function monthYear(g: Groups): ResolvedTime | undefined {
  const y = num(g.y);
  const m = monthNumber(g.month ?? '');
  if (m === undefined) return undefined;
  const part = partOf(g.part);
  return part ? written(partOfMonth(y, m, part), false) : written(monthSpan(y, m));
}

function range(g: Groups): ResolvedTime | undefined {
  const from = num(g.y1);
  const to = num(g.y2);
  if (to <= from || (g.conn?.toLowerCase() === 'and') !== (g.lead?.toLowerCase() === 'between')) return undefined;
  return written({ start: yearSpan(from).start, end: yearSpan(to).end, precision: 'year' });
}

/** Since a written date: from its start up to the anchor (open-ended, so it needs one). */
function since(g: Groups, anchor: Ymd | undefined, again: (text: string) => ResolvedTime | undefined): ResolvedTime | undefined {
  const inner = again(g.inner ?? '');
  if (!inner) return undefined;
  const place = (a: Ymd): TimeSpan | undefined => {
    const end = toIso(a);
    return inner.span && inner.span.start <= end ? { start: inner.span.start, end, precision: inner.span.precision } : undefined;
  };
  return anchored(anchor, place, { implied: inner.implied, certain: inner.certain, direction: 'past' });
}

const SINCE_INNER = [
  '\\d{4}-\\d{2}-\\d{2}',
  `${MONTH_ANY}\\s*${DAY}(?:,\\s*|\\s+)${YEAR}`,
  `${DAY}\\s+(?:of\\s+)?${MONTH_ANY},?\\s+${YEAR}`,
  `${MONTH_ANY},?\\s+${YEAR}`,
  YEAR,
  `${MONTH_NAME}(?:\\s*${DAY})?`,
].join('|');

/** Patterns for expressions with a written year. */
export const ABSOLUTE: readonly TimePattern[] = [
  {
    id: 'iso-date',
    body: '(?<![\\d-])(?<y>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2})(?!\\d)',
    resolve: (g) => day(num(g.y), num(g.m), num(g.d)),
  },
  {
    id: 'month-day-year',
    body: `${WEEKDAY_PREFIX}?(?<month>${MONTH_ANY})\\s*(?<d>${DAY})(?:,\\s*|\\s+)(?<y>${YEAR})`,
    resolve: (g) => day(num(g.y), monthNumber(g.month ?? ''), num(g.d)),
  },
  {
    id: 'day-month-year',
    body: `${WEEKDAY_PREFIX}?(?<d>${DAY})\\s+(?:of\\s+)?(?<month>${MONTH_ANY}),?\\s+(?<y>${YEAR})`,
    resolve: (g) => day(num(g.y), monthNumber(g.month ?? ''), num(g.d)),
  },
  {
    id: 'month-year',
    body: `(?:(?<part>${PART})[\\s-]+)?(?<month>${MONTH_ANY}),?\\s+(?:of\\s+)?(?<y>${YEAR})`,
    resolve: monthYear,
  },
  {
    id: 'part-year',
    body: `(?<part>${PART})[\\s-]+(?<y>${YEAR})`,
    resolve: (g) => written(partOfYear(num(g.y), partOf(g.part)!), false),
  },
  { id: 'year', body: `(?<y>${YEAR})${NOT_A_COUNT}`, guard: YEAR_GUARD, resolve: (g) => written(yearSpan(num(g.y))) },
  {
    id: 'decade',
    body: "(?:the\\s+)?(?:(?<part>early|mid|late)[\\s-]+)?(?<decade>(?:19|20)\\d0)['\u2019]?s(?![a-z])",
    resolve: (g) => {
      const decade = num(g.decade);
      const part = partOf(g.part);
      return part
        ? written(partOfDecade(decade, part), false)
        : written(spanOf({ y: decade, m: 1, d: 1 }, { y: decade + 9, m: 12, d: 31 }, 'year'));
    },
  },
  {
    id: 'year-range',
    body: `(?:(?<lead>from|between)\\s+)?(?<y1>${YEAR})(?:\\s*[-\u2013\u2014]\\s*|\\s+(?<conn>to|through|until|till|and)\\s+)(?<y2>${YEAR})`,
    resolve: range,
  },
  {
    id: 'since',
    body: `since\\s+(?<inner>${SINCE_INNER})`,
    resolve: since,
  },
];
