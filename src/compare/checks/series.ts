/**
 * series: numbered events of one series against their years. When most numbered mentions
 * share one offset ("the 17th … in 2017", "the 22nd … in 2022": year = ordinal + 2000), a
 * mention that does not fit ("the 17th … in 2016") is a conflict. Unless three numbered
 * mentions or more, and most of them, share the offset, the series may not be yearly and is left alone.
 */
import type { Claim } from '../../types.js';
import { fileOf, ordinal } from '../describe.js';
import type { Check, Draft } from '../types.js';

export const series: Check = (group) => {
  const numbered = group.flatMap((claim) => {
    const ordinal = claim.qualifiers.ordinal;
    const span = claim.time.span;
    if (typeof ordinal !== 'number' || !span || span.start.slice(0, 4) !== span.end.slice(0, 4)) return [];
    return [{ claim, ordinal, year: Number(span.start.slice(0, 4)) }];
  });
  const byOffset = new Map<number, typeof numbered>();
  for (const n of numbered) byOffset.set(n.year - n.ordinal, [...(byOffset.get(n.year - n.ordinal) ?? []), n]);
  const [offset, fitting] = [...byOffset].sort((a, b) => new Set(b[1].map((n) => n.ordinal)).size - new Set(a[1].map((n) => n.ordinal)).size || a[0] - b[0])[0] ?? [];
  // A yearly series shows itself: three numbered mentions or more share the offset, and most do.
  if (offset === undefined || !fitting || new Set(fitting.map((n) => n.ordinal)).size < 3 || fitting.length * 2 <= numbered.length) return [];
  const outliers = numbered.filter((n) => n.year - n.ordinal !== offset);
  if (outliers.length === 0) return [];
  const first = group[0]!;
  const examples = [...new Map(fitting.map((n) => [n.ordinal, n])).values()].slice(0, 3);
  const drafts: Draft[] = outliers.map((odd) => ({
    kind: 'conflict',
    outcome: 'conflict',
    confidence: Math.min(0.9, 0.5 + 0.1 * fitting.length),
    subject: first.subject.text,
    property: 'event-ordinal',
    message: `${first.subject.text}: the ${ordinal(odd.ordinal)} in ${odd.year} (${fileOf(odd.claim)}) does not fit the series, where the Nth is in N + ${offset}: ${examples.map((n) => `the ${ordinal(n.ordinal)} in ${n.year} (${fileOf(n.claim)})`).join(', ')}`,
    linkedBy: [`same series: ${first.subject.text}`, `${fitting.length} mentions with year = ordinal + ${offset}`],
    claims: [odd.claim, ...examples.map((n) => n.claim)] as Claim[],
  }));
  return drafts;
};
