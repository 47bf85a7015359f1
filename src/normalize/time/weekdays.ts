import { anchored } from './result.js';
import { addDays, daySpan, weekday } from './span.js';
import type { Groups, ResolvedTime, TimePattern, Ymd } from './types.js';

/**
 * Weekdays: `on Tuesday` is the latest such day on or before the anchor (news reports the
 * past; an article published on a Tuesday means that day), `last Tuesday` the one before
 * that day, `next Tuesday` the first after the anchor. The date is implied, never written.
 */
const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const DAY_NAME = '(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';

function resolveWeekday(g: Groups, anchor: Ymd | undefined): ResolvedTime | undefined {
  const target = DAYS.indexOf((g.wd ?? '').toLowerCase());
  if (target < 0) return undefined;
  const rel = (g.rel ?? '').toLowerCase();
  const place = (a: Ymd) => {
    const back = (weekday(a) - target + 7) % 7;
    if (rel === 'next') return daySpan(addDays(a, back === 0 ? 7 : 7 - back));
    return daySpan(addDays(a, -(rel === 'last' && back === 0 ? 7 : back)));
  };
  return anchored(anchor, place, { implied: ['date'], certain: false, ...(rel === 'next' ? { direction: 'future' as const } : { direction: 'past' as const }) });
}

/**
 * A weekday as a possessive ("after Wednesday's touchdown"), after "by" ("8 metres by Friday"),
 * "until" ("Until Saturday the grouping had 20 members") or "dated" ("a letter dated Sunday").
 */
const BARE_WEEKDAY = `(?<=\\b(?:by|[Uu]ntil|[Tt]ill|dated)\\s)|(?=(?:${DAYS.join('|')})['’]s\\b)`;

/** Patterns for weekdays; a bare weekday counts only after `on`, `by`, `until` or `dated`, or as a possessive. */
export const WEEKDAYS: readonly TimePattern[] = [
  { id: 'relative-weekday', body: `(?<rel>last|this|next)\\s+${DAY_NAME}`, resolve: resolveWeekday },
  { id: 'weekday', body: DAY_NAME, guard: BARE_WEEKDAY, resolve: resolveWeekday },
];
