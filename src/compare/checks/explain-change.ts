/**
 * Finds the events that explain a change between two dated values: a member joining between
 * a count of 9 and a count of 10, a member leaving between 13 and 12. An event whose ordinal is the new count and whose time is
 * not outside the interval explains the change; any other event in the interval may.
 */
import type { Claim } from '../../types.js';
import { describeTime, fileOf, ordinal } from '../describe.js';

export interface Explanation {
  text: string;
  certain: boolean;
}

export function explainChange(events: Claim[], earlier: Claim, later: Claim): Explanation | undefined {
  const from = earlier.time.span?.start ?? '';
  const to = later.time.span?.end ?? '';
  // A count that rose is explained by a member joining, never by one leaving; one that fell by a
  // member leaving first, else perhaps by one joining (an observer that became a member).
  const fell = earlier.value.type === 'count' && later.value.type === 'count' && later.value.n < earlier.value.n;
  const between = events.filter((e) => e.time.span && e.time.span.end >= from && e.time.span.start <= to);
  const inside = [...between.filter((e) => leaves(e) === fell), ...(fell ? between.filter((e) => !leaves(e)) : [])];
  const newValue = later.value.type === 'count' ? later.value.n : undefined;
  const exact = inside.find((e) => e.value.type === 'member' && e.value.ordinal !== undefined && e.value.ordinal === newValue);
  const chosen = exact ?? inside[0];
  if (!chosen || chosen.value.type !== 'member') return undefined;
  const when = chosen.time.text ? `'${chosen.time.text}' → ${describeTime(chosen.time)}` : describeTime(chosen.time);
  const what = leaves(chosen) ? 'left' : `became ${chosen.value.ordinal ? `the ${ordinal(chosen.value.ordinal)} member` : 'a member'}`;
  return { text: `${chosen.value.text} ${what} (${fileOf(chosen)}, ${when})`, certain: exact !== undefined };
}

/** Whether an event takes a member away (`member-left`) rather than adding one. */
function leaves(event: Claim): boolean {
  return event.property === 'member-left';
}
