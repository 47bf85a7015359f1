/**
 * same-event: mentions of one organisation's events of one kind. Two mentions are the same
 * event when they share an ordinal, or a place in the same year; a city hosting in two
 * years is two events. The same event in different places, years or days is a conflict.
 */
import { formatOrdinal } from '../../normalize/numbers/index.js';
import type { Claim } from '../../types.js';
import { describeTime, fileOf } from '../describe.js';
import type { Check, Draft } from '../types.js';
import { UnionFind } from '../union-find.js';

export const sameEvent: Check = (group, options, ctx) => {
  // A member's joining is one event per member, as a summit is one per place ("Comoros joined …").
  const place = (c: Claim): string | undefined => canonicalPlace(c.qualifiers.member ?? c.qualifiers.place, ctx.rules.lexicon.aliases);
  const ordinal = (c: Claim): number | undefined => (typeof c.qualifiers.ordinal === 'number' ? c.qualifiers.ordinal : undefined);
  const sets = new UnionFind(group.length);
  const keys = new Map<string, number>();
  // Incidents (`withinDays`): one place's mentions are one event only if their days are close.
  const near = options.withinDays === undefined ? undefined : nearDays(group, options.withinDays);
  group.forEach((claim, i) => {
    const years = yearsOf(claim);
    // An incident may name several places of one area ("Papua New Guinea's remote Enga province"): any links.
    const places = near && Array.isArray(claim.qualifiers.places) ? claim.qualifiers.places.map((p) => canonicalPlace(p, ctx.rules.lexicon.aliases)) : [place(claim)];
    // A joining is linked by its member: "Finland, which became the alliance's 32nd member" is Finland's
    // joining at a wrong place in the count, not Sweden's (the 32nd) given another day.
    const numbered = ordinal(claim) !== undefined && claim.qualifiers.member === undefined;
    const ids = [numbered ? `#${ordinal(claim)}` : '', ...(years.length === 1 ? places.filter(Boolean).map((p) => `${p}@${near ? near[i] : years[0]}`) : [])];
    for (const id of ids.filter(Boolean)) {
      const seen = keys.get(id);
      if (seen === undefined) keys.set(id, i);
      else sets.union(seen, i);
    }
  });
  const drafts: Draft[] = [];
  for (const linked of sets.clusters()) {
    for (const cluster of byOrdinal(linked.map((i) => group[i]!), ordinal)) drafts.push(...compareEvent(cluster, place, ordinal, near !== undefined));
  }
  return drafts;
};

/**
 * Numbered mentions with different ordinals are different events, even in one place and year
 * (the 46th and 47th summits, both in one city): split them; unnumbered ones then link nothing.
 */
function byOrdinal(claims: Claim[], ordinal: (c: Claim) => number | undefined): Claim[][] {
  const numbers = distinct(claims.map(ordinal));
  if (numbers.length < 2 || oneMember(claims)) return [claims];
  const byNumber = new Map<number, Claim[]>(numbers.map((n) => [n, []]));
  for (const claim of claims) byNumber.get(ordinal(claim) ?? Number.NaN)?.push(claim);
  return [...byNumber.values()].filter((set) => set.length > 1);
}

/** One event's mentions: places, or dates of the same phase, that differ are a conflict. */
function compareEvent(claims: Claim[], place: (c: Claim) => string | undefined, ordinal: (c: Claim) => number | undefined, nested = false): Draft[] {
  const problems: string[] = [];
  const places = distinct(claims.map(place));
  // Incidents are linked by a place they share: a province and its country are not different places.
  const members = claims.some((c) => c.qualifiers.member !== undefined);
  if (places.length > 1 && !nested) problems.push(`${members ? 'members' : 'places'} differ: ${places.join(' vs ')}`);
  // "Russia became the 39th member" and "Russia joined …, becoming the 40th member": one joining, two places in the count.
  const ordinals = oneMember(claims) ? distinct(claims.map(ordinal)) : [];
  if (ordinals.length > 1) problems.push(`ordinals differ: ${ordinals.map(formatOrdinal).join(' vs ')}`);
  const dated = claims.filter((c) => c.time.span);
  if (somePhaseDisjoint(dated)) problems.push(`dates differ: ${distinct(dated.map((c) => describeTime(c.time))).join(' vs ')}`);
  if (problems.length === 0) return [];
  const first = claims[0]!;
  const numbered = claims.some((c) => ordinal(c) !== undefined);
  return [
    {
      kind: 'conflict',
      outcome: 'conflict',
      confidence: numbered ? 0.8 : 0.6,
      subject: first.subject.text,
      property: first.property,
      message: `${first.subject.text}: ${problems.join('; ')} — ${claims.map((c) => `${c.display} (${describeTime(c.time)}) in ${fileOf(c)}`).join('; ')}`,
      linkedBy: linkedBy(claims, place, ordinal),
      claims,
    },
  ];
}

/** Whether the claims are all one member's joining: its ordinals are one count's, not different events'. */
function oneMember(claims: Claim[]): boolean {
  return claims.every((c) => c.qualifiers.member !== undefined) && distinct(claims.map((c) => String(c.qualifiers.member))).length === 1;
}

/**
 * Each dated mention's stretch of days: mentions in time order whose days lie at most `days`
 * apart share one (a quake on Friday and on Saturday), a mention weeks later starts another.
 */
function nearDays(group: Claim[], days: number): string[] {
  const order = group.map((claim, i) => ({ claim, i })).filter(({ claim }) => claim.time.span).sort((a, b) => (a.claim.time.span!.start < b.claim.time.span!.start ? -1 : a.claim.time.span!.start > b.claim.time.span!.start ? 1 : a.i - b.i));
  const stretch: string[] = group.map(() => '');
  let start = '';
  let last = '';
  for (const { claim, i } of order) {
    const span = claim.time.span!;
    if (!start || (Date.parse(span.start) - Date.parse(last)) / 86_400_000 > days) start = span.start;
    if (span.end > last || !last) last = span.end;
    stretch[i] = start;
  }
  return stretch;
}

function yearsOf(claim: Claim): string[] {
  const span = claim.time.span;
  if (!span) return [];
  return span.start.slice(0, 4) === span.end.slice(0, 4) ? [span.start.slice(0, 4)] : [];
}

/**
 * Whether two dated mentions of one phase have times that do not overlap. "opens on Tuesday" and
 * "ends on Thursday" date two days of one event, not two dates for it; a `span` phase never
 * conflicts. Within a phase, some two times are apart exactly when the earliest end is before
 * the latest start, so one pass over the mentions tells.
 */
function somePhaseDisjoint(dated: Claim[]): boolean {
  const bounds = new Map<unknown, { end: string; start: string }>();
  for (const claim of dated) {
    const phase = claim.qualifiers.phase;
    // A phase that is a list is compared by identity: it is one mention's own.
    if (phase === 'span' || typeof phase === 'object') continue;
    const span = claim.time.span!;
    const seen = bounds.get(phase);
    if (!seen) bounds.set(phase, { end: span.end, start: span.start });
    else {
      if (span.end < seen.end) seen.end = span.end;
      if (span.start > seen.start) seen.start = span.start;
    }
  }
  return [...bounds.values()].some((b) => b.end < b.start);
}

function distinct<T>(values: Array<T | undefined>): T[] {
  return [...new Set(values.filter((v): v is T => v !== undefined))];
}

function canonicalPlace(value: unknown, aliases: Record<string, string[]>): string | undefined {
  if (typeof value !== 'string') return undefined;
  for (const [canonical, variants] of Object.entries(aliases)) if (variants.includes(value)) return canonical;
  return value;
}

function linkedBy(claims: Claim[], place: (c: Claim) => string | undefined, ordinal: (c: Claim) => number | undefined): string[] {
  const ordinals = countOf(claims.map(ordinal));
  const places = countOf(claims.map(place));
  const out = new Set<string>();
  for (const [n, times] of ordinals) if (n !== undefined && times > 1) out.add(`same ordinal: ${n}`);
  const what = claims.some((c) => c.qualifiers.member !== undefined) ? 'member' : 'place';
  for (const [p, times] of places) if (p && times > 1) out.add(`same ${what}: ${p}`);
  return [...out].sort();
}

function countOf<T>(values: T[]): Map<T, number> {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}
