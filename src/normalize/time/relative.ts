import type { TimeSpan } from '../../types.js';
import { MONTH_NAME, monthNumber } from './months.js';
import { partOf, partOfMonth, partOfYear } from './parts.js';
import { PART, POSSESSIVE } from './pieces.js';
import { anchored, type Meta } from './result.js';
import { addDays, addMonths, daySpan, monthSpan, spanOf, weekday, yearSpan } from './span.js';
import type { Groups, ResolvedTime, TimePattern, Ymd } from './types.js';
import { pastYear } from './yearless.js';

/**
 * Calendar words counted from the anchor: `yesterday`, `last year`, `earlier this month`,
 * `late last year`, `July last year`, `last July`, `next year`.
 */

const OFFSET: Readonly<Record<string, number>> = { last: -1, this: 0, next: 1 };

function directionOf(offset: number): Meta['direction'] {
  return offset < 0 ? 'past' : offset > 0 ? 'future' : undefined;
}

/** The calendar year, month or week `offset` units from the anchor's. */
function unitSpan(unit: string, a: Ymd, offset: number): TimeSpan {
  if (unit === 'year') return yearSpan(a.y + offset);
  if (unit === 'month') {
    const m = addMonths({ y: a.y, m: a.m, d: 1 }, offset);
    return monthSpan(m.y, m.m);
  }
  const monday = addDays(a, 7 * offset - weekday(a));
  return spanOf(monday, addDays(monday, 6), 'day');
}

/**
 * `last/this/next year|month|week`, optionally `earlier`/`later` (this only, or "in the": from the
 * unit's start to the anchor, or from the anchor to its end) or a third (`late last year` = Sep–Dec, uncertain).
 */
function relativeUnit(g: Groups, anchor: Ymd | undefined): ResolvedTime | undefined {
  const written = (g.rel ?? '').toLowerCase().replace(/\s+/g, ' ');
  // "in the week" alone is no time ("twice in the week"); only "earlier/later in the week" is.
  if (written === 'in the' && !/^(?:earlier|later)$/i.test(g.mod ?? '')) return undefined;
  const rel = written === 'in the' ? 'this' : written;
  const unit = (g.unit ?? '').toLowerCase();
  const offset = OFFSET[rel] ?? 0;
  const mod = (g.mod ?? '').toLowerCase();
  if (mod === 'earlier' || mod === 'later') {
    if (rel !== 'this') return undefined;
    const earlier = mod === 'earlier';
    return anchored(anchor, (a) => {
      const whole = unitSpan(unit, a, 0);
      const today = daySpan(a);
      return earlier ? { ...whole, end: today.end } : { ...whole, start: today.start };
    }, { direction: earlier ? 'past' : 'future' });
  }
  const part = partOf(mod || undefined);
  if (part && unit === 'week') return undefined;
  return anchored(anchor, (a) => {
    const whole = unitSpan(unit, a, offset);
    if (!part) return whole;
    const y = Number(whole.start.slice(0, 4));
    return unit === 'year' ? partOfYear(y, part) : partOfMonth(y, Number(whole.start.slice(5, 7)), part);
  }, { certain: part === undefined, direction: directionOf(offset) });
}

/** `July last year`, `In April this year`: that month of the year counted from the anchor. */
function monthOfRelativeYear(g: Groups, anchor: Ymd | undefined): ResolvedTime | undefined {
  const m = monthNumber(g.month ?? '');
  const offset = OFFSET[(g.rel ?? '').toLowerCase()] ?? 0;
  if (m === undefined) return undefined;
  const part = partOf(g.part);
  const place = (a: Ymd) => (part ? partOfMonth(a.y + offset, m, part) : monthSpan(a.y + offset, m));
  return anchored(anchor, place, { certain: part === undefined, direction: directionOf(offset) });
}

/**
 * `last July` is July of last year (DESIGN.md, and what the seed corpus means by it), `next July`
 * July of next year, `this July` July of the anchor's year, `this past July` the latest July not after
 * the anchor.
 */
function relativeMonth(g: Groups, anchor: Ymd | undefined): ResolvedTime | undefined {
  const m = monthNumber(g.month ?? '');
  const rel = (g.rel ?? '').toLowerCase().replace(/\s+/g, ' ');
  if (m === undefined) return undefined;
  const offset = rel === 'this past' ? -1 : OFFSET[rel] ?? 0;
  const year = (a: Ymd) => (rel === 'this past' ? pastYear(a, m) : a.y + offset);
  return anchored(anchor, (a) => monthSpan(year(a), m), { direction: directionOf(offset) });
}

const DAY_WORDS: Readonly<Record<string, number>> = {
  yesterday: -1, tomorrow: 1, 'the day before yesterday': -2, 'the day after tomorrow': 2,
};

/** Patterns for calendar words counted from the anchor. */
export const RELATIVE: readonly TimePattern[] = [
  {
    id: 'day-word',
    body: '(?<word>yesterday|tomorrow|the\\s+day\\s+before\\s+yesterday|the\\s+day\\s+after\\s+tomorrow)(?![a-z])',
    resolve: (g, anchor) => {
      const shift = DAY_WORDS[(g.word ?? '').toLowerCase().replace(/\s+/g, ' ')] ?? 0;
      return anchored(anchor, (a) => daySpan(addDays(a, shift)), { direction: directionOf(shift) });
    },
  },
  {
    id: 'relative-unit',
    // "earlier in the week" is "earlier this week": the unit the anchor lies in.
    body: `(?:(?<mod>earlier|later|${PART})[\\s-]+)?(?<rel>last|this|next|in\\s+the)\\s+(?<unit>year|month|week)${POSSESSIVE}(?![a-z-])`,
    resolve: relativeUnit,
  },
  {
    id: 'month-of-relative-year',
    body: `(?:(?<part>${PART})[\\s-]+)?(?<month>${MONTH_NAME})\\s+(?:of\\s+)?(?<rel>last|this|next)\\s+year${POSSESSIVE}(?![a-z-])`,
    resolve: monthOfRelativeYear,
  },
  {
    id: 'relative-month',
    body: `(?<rel>last|this\\s+past|this|next)\\s+(?<month>${MONTH_NAME})${POSSESSIVE}`,
    resolve: relativeMonth,
  },
];
