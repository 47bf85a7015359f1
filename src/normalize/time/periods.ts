import type { Approx, TimeSpan } from '../../types.js';
import { approxOf, parseNumber } from '../numbers/index.js';
import { APPROX, COUNT } from './pieces.js';
import { anchored } from './result.js';
import { addDays, addMonths, monthSpan, spanOf, yearSpan } from './span.js';
import type { Groups, ResolvedTime, TimePattern, Ymd } from './types.js';

/**
 * Stretches of time counted from the anchor: `20 years ago`, `more than two decades ago`,
 * `Over the past decade`, `in recent years`, `In the coming days`, `for years`.
 * Their edges are conventions, so none is certain.
 */

type Unit = 'day' | 'week' | 'month' | 'year';

/** `decades` → 10 years; every unit as one the calendar can add. */
function unitOf(word: string | undefined): { unit: Unit; times: number } {
  const w = (word ?? '').toLowerCase().replace(/s$/, '');
  return w === 'decade' ? { unit: 'year', times: 10 } : { unit: w as Unit, times: 1 };
}

function shift(a: Ymd, unit: Unit, n: number): Ymd {
  if (unit === 'day') return addDays(a, n);
  if (unit === 'week') return addDays(a, 7 * n);
  return addMonths(a, unit === 'year' ? 12 * n : n);
}

const PRECISION: Readonly<Record<Unit, TimeSpan['precision']>> = { day: 'day', week: 'day', month: 'month', year: 'year' };

/** The calendar bucket a day falls in at a unit's precision: its year, its month, its week (±3 days), itself. */
function bucket(day: Ymd, unit: Unit): TimeSpan {
  if (unit === 'year') return yearSpan(day.y);
  if (unit === 'month') return monthSpan(day.y, day.m);
  return unit === 'week' ? spanOf(addDays(day, -3), addDays(day, 3), 'day') : spanOf(day, day, 'day');
}

function countOf(word: string | undefined): number | undefined {
  if (word === undefined) return undefined;
  return /^an?$/i.test(word) ? 1 : parseNumber(word)?.n;
}

/**
 * `N units ago`: the bucket N units before the anchor (`20 years ago` → 2005 from 2025).
 * `about` widens it by a tenth of N (at least one unit) each way; `nearly` from there towards the
 * anchor; `more than`/`over` reaches back half of N again (at least one unit): `more than two decades
 * ago` from 2025-08-29 → [1995-01-01, 2005-08-29]; `less than`/`up to` → from there to the anchor.
 */
function ago(g: Groups, anchor: Ymd | undefined): ResolvedTime | undefined {
  const count = countOf(g.n);
  if (count === undefined) return undefined;
  const { unit, times } = unitOf(g.unit);
  const n = count * times;
  const approx: Approx | undefined = g.approx ? approxOf(g.approx) : undefined;
  const widen = Math.max(1, Math.round(n / 10));
  const place = (a: Ymd): TimeSpan => {
    const at = shift(a, unit, -n);
    const iso = bucket(at, 'day').start;
    switch (approx) {
      case undefined: return bucket(at, unit);
      case 'about': return { ...bucket(shift(at, unit, -widen), unit), end: bucket(shift(at, unit, widen), unit).end };
      case 'nearly': return { ...bucket(shift(at, unit, widen), unit), start: iso };
      case 'more-than':
      case 'at-least': return { ...bucket(shift(at, unit, -Math.max(1, Math.ceil(n / 2))), unit), end: iso };
      case 'less-than':
      case 'up-to': return { start: iso, end: bucket(a, 'day').end, precision: PRECISION[unit] };
    }
  };
  return anchored(anchor, place, { certain: unit === 'day' && approx === undefined, direction: 'past' });
}

/** `the past N units` (one when no count is written): from N units before the anchor to the anchor. */
function past(g: Groups, anchor: Ymd | undefined): ResolvedTime | undefined {
  if (g.n === undefined && /s$/i.test(g.unit ?? '')) return recent(g, anchor);
  const count = g.n === undefined ? 1 : countOf(g.n);
  if (count === undefined) return undefined;
  const { unit, times } = unitOf(g.unit);
  const approx = g.approx ? approxOf(g.approx) : undefined;
  const n = count * times * (approx === 'more-than' || approx === 'at-least' ? 1.5 : 1);
  return stretch(anchor, unit, -Math.round(n), 'past');
}

/** From the anchor `n` units back (negative) or ahead (positive). */
function stretch(anchor: Ymd | undefined, unit: Unit, n: number, direction: 'past' | 'future'): ResolvedTime | undefined {
  return anchored(anchor, (a) => {
    const other = bucket(shift(a, unit, n), 'day').start;
    const today = bucket(a, 'day').start;
    return n < 0 ? { start: other, end: today, precision: PRECISION[unit] } : { start: today, end: other, precision: PRECISION[unit] };
  }, { certain: false, direction });
}

/** How far back `recent` reaches and how far ahead `coming` looks, per unit written. */
const RECENT: Readonly<Record<string, [Unit, number]>> = {
  days: ['day', 7], weeks: ['week', 4], months: ['month', 6], years: ['year', 5], decades: ['year', 30],
};
const COMING: Readonly<Record<string, [Unit, number]>> = {
  days: ['day', 14], weeks: ['week', 8], months: ['month', 12], years: ['year', 5], decades: ['year', 30],
};

/** `in recent years` → the last 5 years; months 6, weeks 4, days 7, decades 30. */
function recent(g: Groups, anchor: Ymd | undefined): ResolvedTime | undefined {
  const [unit, n] = RECENT[(g.unit ?? '').toLowerCase()] ?? ['year', 5];
  return stretch(anchor, unit, -n, 'past');
}

/** `In the coming days` → the next 14 days; weeks 8, months 12, years 5; or the N units written. */
function coming(g: Groups, anchor: Ymd | undefined): ResolvedTime | undefined {
  const [unit, fallback] = COMING[(g.unit ?? '').toLowerCase()] ?? ['day', 14];
  const count = countOf(g.n);
  const { times } = unitOf(g.unit);
  return stretch(anchor, unit, count === undefined ? fallback : count * times, 'future');
}

const UNITS = '(?<unit>days?|weeks?|months?|years?|decades?)(?![a-z])';
const PLURAL_UNITS = '(?<unit>days|weeks|months|years|decades)(?![a-z])';

/** Patterns for stretches of time counted from the anchor. */
export const PERIODS: readonly TimePattern[] = [
  { id: 'ago', body: `(?:(?<approx>${APPROX})\\s+)?(?<n>${COUNT})\\s+${UNITS}\\s+ago(?![a-z])`, resolve: ago },
  {
    id: 'past-period',
    body: `(?:(?:over|during|for|within)\\s+)?the\\s+(?:past|last)\\s+(?:(?<approx>${APPROX})\\s+)?(?:(?<n>${COUNT})\\s+)?${UNITS}`,
    resolve: past,
  },
  { id: 'past-decade', body: 'over\\s+the\\s+decade(?![a-z])', resolve: (_g, anchor) => stretch(anchor, 'year', -10, 'past') },
  { id: 'recent', body: `(?:(?:over|during)\\s+)?recent\\s+${PLURAL_UNITS}`, resolve: recent },
  { id: 'coming', body: `(?:the\\s+)?(?:coming|next)\\s+(?:(?<n>${COUNT}|few|several)\\s+)?${PLURAL_UNITS}`, resolve: coming },
  { id: 'ahead', body: `the\\s+${PLURAL_UNITS}\\s+ahead(?![a-z])`, resolve: coming },
  {
    id: 'indefinite-past',
    body: '(?:over\\s+the\\s+(?:years|decades)|for\\s+(?:many\\s+|several\\s+)?(?:years|decades))(?![a-z])',
    resolve: () => ({ implied: [], relative: true, certain: false, direction: 'past' }),
  },
];
