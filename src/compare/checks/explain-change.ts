/**
 * Finds the events that explain a change between two dated values: a member joining between
 * a count of 9 and a count of 10. An event whose ordinal is the new count and whose time is
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
  const inside = events.filter((e) => e.time.span && e.time.span.end >= from && e.time.span.start <= to);
  const newValue = later.value.type === 'count' ? later.value.n : undefined;
  const exact = inside.find((e) => e.value.type === 'member' && e.value.ordinal !== undefined && e.value.ordinal === newValue);
  const chosen = exact ?? inside[0];
  if (!chosen || chosen.value.type !== 'member') return undefined;
  const when = chosen.time.text ? `'${chosen.time.text}' → ${describeTime(chosen.time)}` : describeTime(chosen.time);
  const text = `${chosen.value.text} became ${chosen.value.ordinal ? `the ${ordinal(chosen.value.ordinal)} member` : 'a member'} (${fileOf(chosen)}, ${when})`;
  return { text, certain: exact !== undefined };
}
