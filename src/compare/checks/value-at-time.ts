/**
 * value-at-time: one subject's value (a count, a quantity) across sources and time.
 * Different values at the same moment are a conflict; at different moments, a change over
 * time (explained when an event in between accounts for it); with an undated source, unresolved.
 */
import type { CheckSpec } from '../../rules/types.js';
import type { Claim } from '../../types.js';
import { describeTime, sideOf } from '../describe.js';
import type { Check, Draft } from '../types.js';
import { sameContexts, sameSentence } from './contexts.js';
import { explainChange } from './explain-change.js';
import { byEnd, byTime, sameMoment, slices, valueClasses } from './value-sets.js';

export const valueAtTime: Check = (group, options, ctx) => {
  const sets = options.sameContext ? sameContexts(group, ctx.sentence) : [group];
  return sets.flatMap(episodes).flatMap((set) => compareValues(set, options, ctx));
};

/** Running counts further apart than this are tallies of different events. */
const EPISODE_GAP_DAYS = 180;

/**
 * A running count is a tally of one event: a toll of 1960 and the tolls of a quake in 2023 are
 * two events, not a change. Claims of a set with a running count are cut into episodes wherever
 * two dated claims in time order lie more than `EPISODE_GAP_DAYS` apart; undated claims go with
 * the latest episode (the one an undated article most likely tells of).
 */
function episodes(set: Claim[]): Claim[][] {
  if (!set.some((c) => c.qualifiers.tally === 'running')) return [set];
  const dated = set.filter((c) => c.time.span).sort(byTime);
  if (dated.length < 2) return [set];
  const runs: Claim[][] = [[dated[0]!]];
  for (const claim of dated.slice(1)) {
    const last = runs.at(-1)!;
    const gap = (Date.parse(claim.time.span!.start) - Date.parse(last.at(-1)!.time.span!.end)) / 86_400_000;
    if (gap > EPISODE_GAP_DAYS) runs.push([claim]);
    else last.push(claim);
  }
  if (runs.length === 1) return [set];
  runs.at(-1)!.push(...set.filter((c) => !c.time.span));
  return runs;
}

const compareValues: Check = (group, options, ctx) => {
  const tolerance = options.tolerance ?? 0;
  const tolls = new Set(options.tolls ?? []);
  // Figures that all stand in one sentence are different things ("from 1.5 percent to 2").
  if (group.every((c) => sameSentence(c, group[0]!))) return [];
  if (valueClasses(group, tolerance).length < 2) return [];
  const first = group[0];
  if (!first) return [];
  const label = `${first.property} of ${first.subject.text}`;
  const drafts: Draft[] = [];
  if (options.window === 'always') {
    // A fact that never changes (a founding year): any two values disagree, whenever written.
    const classes = valueClasses(group, tolerance);
    return classes.length < 2 ? [] : [draft('conflict', 'conflict', 0.7, `${label}: ${classes.map((cls) => sideOf(cls, false)).join(' vs ')}`, group)];
  }
  const dated = group.filter((c) => c.time.span).sort(byTime);
  const conflicted = new Set<Claim>();
  for (const slice of slices(dated, moment(options.window))) {
    const classes = valueClasses(slice, tolerance);
    // Two values in one sentence are two things ("1.5 percent … short of the 2 percent target").
    if (classes.length < 2 || new Set(slice.map((c) => `${c.source}\0${c.evidence.offset}`)).size < 2) continue;
    // One article that gives 13 and 12 on one day tells a before and an after ("quits the
    // 13-member group …, leaving it with 12 members"): sources conflict, an article with itself does not.
    if (!acrossSources(classes) && !twoStatements(classes)) continue;
    // A toll is updated through the day: 632 dead in the morning and 2,012 by 10 p.m. is a rise, not a
    // conflict; but two authorities' tolls that day ("the IOM put it at 670, while the National
    // Disaster Centre told the UN 2,000") are competing estimates.
    if (slice.every(isToll) && acrossSources(classes) && !competing(classes)) continue;
    // A live blog's posts stamped at different times of the day: the toll as it stood at each
    // ("at least 59" at 02:40, 151 at 10:40, 154 at 23:10), a timeline, whoever gave each figure.
    if (slice.every(isToll) && clockedApart(classes)) continue;
    slice.forEach((c) => conflicted.add(c));
    const sides = classes.map((cls) => sideOf(cls, false)).join(' vs ');
    drafts.push(draft('conflict', 'conflict', 0.8, `${label}: ${sides} (all as of ${describeTime(slice[0]!.time)})`, slice));
  }
  // The timeline runs through a conflicting moment too (19 and 20 on one day, then 21 later),
  // unless the claims outside the conflict tell a change on their own: 20 until Saturday, 21 from
  // Saturday and a year later, beside 20 and 21 both written on Sunday, is 20 → 21.
  // A toll's timeline keeps its competing estimates: tolls of one day are ordered by size, so
  // 100 → 300 → 670 / 2,000 (two authorities on one day) → 2,000 reads as it rose.
  const clear = conflicted.size > 0 && !dated.every(isToll) ? timeline(dated.filter((c) => !conflicted.has(c)), tolerance) : [];
  const runs = clear.length > 1 ? withEnds(clear, [...conflicted]) : timeline(dated, tolerance);
  const changes = runs
    .slice(1)
    .map((run, i) => [runs[i]!.at(-1)!, run[0]!] as const)
    .filter(([earlier, later]) => !(conflicted.has(earlier) && conflicted.has(later) && sameMoment(earlier, later, moment(options.window))))
    // 56 m and 63 m on one day, then 56 m again: the later value is one side of the conflict, not a change.
    .filter(([earlier, later]) => !(conflicted.has(earlier) && !conflicted.has(later) && [...conflicted].some((c) => valueClasses([c, later], tolerance).length === 1)));
  if (changes.length > 0) {
    if (changes.some(([earlier, later]) => !strictlyBefore(earlier, later) && earlier.source !== later.source && !risingToll(earlier, later))) {
      // "9 members in 2024" and "10 members in 2024": neither the same moment nor an order.
      const sides = runs.map((run) => sideOf(run)).join(' vs ');
      drafts.push(draft('unresolved', 'unresolved', 0.6, `${label}: ${sides} — the times overlap, so which came first cannot be told`, runs.flat()));
      return [...drafts, ...undatedStrays(runs)];
    }
    const explainers = new Set([options.explainWith ?? []].flat());
    const events = ctx.about(first.subject.key, [...explainers]);
    const explanations = options.explainWith ? changes.map(([earlier, later]) => explainChange(events, earlier, later)) : [];
    const found = explanations.filter((e) => e !== undefined);
    const certain = found.length === changes.length && found.every((e) => e.certain);
    const message = `${label}: ${runs.map((run) => sideOf(run)).join(' → ')} — changed over time`;
    const because = found.map((e) => e.text).join('; ');
    const d = draft('temporal-change', certain ? 'explained' : 'temporal-change', 0.85, found.length > 0 ? `${message}; ${certain ? '' : 'possibly '}explained: ${because}` : message, runs.flat());
    if (found.length > 0) d.explanation = `${certain ? 'Explained' : 'Possibly explained'} by ${because}`;
    drafts.push(d);
  }
  return [...drafts, ...undatedStrays(runs)];

  /**
   * Undated claims that cannot be placed: their value no dated claim shares, or, once the value
   * has changed, not the latest one ("13 members" undated, when 13 became 12 last month).
   */
  function undatedStrays(runs: Claim[][]): Draft[] {
    // More than one run: the value changed, and only the latest one still holds.
    const holding = runs.length > 1 ? (runs.at(-1) ?? []) : dated;
    const placed = (c: Claim) => holding.some((d) => valueClasses([d, c], tolerance).length === 1);
    const strays = group.filter((c) => !c.time.span && !placed(c));
    if (strays.length === 0 || dated.length === 0) return [];
    // Set against what holds now: the latest value's claims, not the whole timeline (the change has its own finding).
    const sides = [...valueClasses(holding, tolerance), ...valueClasses(strays, tolerance)].map((cls) => sideOf(cls)).join(' vs ');
    return [draft('unresolved', 'unresolved', 0.6, `${label}: ${sides} — cannot be placed in time: undated source`, [...holding, ...strays])];
  }

  /**
   * The clear timeline with the conflicted claims that agree with its first run and come before it, or
   * with its last run and come after it: 17 members on the day of a conflict (17 / 18), then 17 → 18 half
   * a year later, is 17 → 18 from that day on.
   */
  function withEnds(runs: Claim[][], conflictedClaims: Claim[]): Claim[][] {
    const first = runs[0]!;
    const last = runs.at(-1)!;
    const before = conflictedClaims.filter((c) => strictlyBefore(c, first[0]!) && valueClasses([first[0]!, c], tolerance).length === 1);
    const after = conflictedClaims.filter((c) => strictlyBefore(last.at(-1)!, c) && valueClasses([last[0]!, c], tolerance).length === 1);
    if (before.length === 0 && after.length === 0) return runs;
    const ends = runs.map((run) => [...run]);
    ends[0]!.unshift(...before.sort(byTime));
    ends.at(-1)!.push(...after.sort(byTime));
    return ends;
  }

  /** Dated claims in time order, consecutive agreeing claims in one run: 9 → 10 → 9 is three runs. */
  function timeline(claims: Claim[], tol: number): Claim[][] {
    const runs: Claim[][] = [];
    // Tolls are placed by the end of their time, then by size: "more than 1,100" last week comes after
    // 1,081 on Thursday (a toll only grows), where other figures keep the order of their starts.
    // Two posts of one day are in the order of their stamps (133 injured at 18:00, revised to 132 at 23:10).
    const order = claims.every(isToll) ? (a: Claim, b: Claim) => byEnd(a, b) || byClock(a, b) || amountOf(a) - amountOf(b) : (a: Claim, b: Claim) => byTime(a, b) || (isToll(a) && isToll(b) ? byClock(a, b) || amountOf(a) - amountOf(b) : 0);
    for (const claim of [...claims].sort(order)) {
      const run = runs.at(-1);
      if (run && valueClasses([run[0]!, claim], tol).length === 1) run.push(claim);
      else runs.push([claim]);
    }
    return runs;
  }

  function moment(window: CheckSpec['window']): 'day' | 'month' | 'year' {
    return window === undefined || window === 'always' ? 'day' : window;
  }

  /** A running count of a unit the rule names in `tolls` (deaths, injuries): updated through the day. */
  function isToll(claim: Claim): boolean {
    return claim.qualifiers.tally === 'running' && claim.value.type === 'quantity' && tolls.has(claim.value.unit);
  }

  /**
   * Two tolls given on one day or over times that overlap ("last week" / "on Thursday"), the second
   * higher: one toll rising (it only grows), not two times that cannot be ordered.
   */
  function risingToll(earlier: Claim, later: Claim): boolean {
    return isToll(earlier) && isToll(later) && amountOf(earlier) < amountOf(later);
  }

  function strictlyBefore(a: Claim, b: Claim): boolean {
    return (a.time.span?.end ?? '') < (b.time.span?.start ?? '');
  }

  function draft(kind: Draft['kind'], outcome: Draft['outcome'], confidence: number, message: string, claims: Claim[]): Draft {
    return { kind, outcome, confidence, subject: first!.subject.text, property: first!.property, message, linkedBy: [`same subject: ${first!.subject.text}`], claims };
  }
};

/** Two claims of posts stamped at different times of one day, in the order of their stamps; 0 otherwise. */
function byClock(a: Claim, b: Claim): number {
  const [x, y] = [a.qualifiers.clock, b.qualifiers.clock];
  return typeof x === 'string' && typeof y === 'string' && x !== y ? (x < y ? -1 : 1) : 0;
}

/** Whether every value class holds a claim of a stamped post, and no two classes share a stamp. */
function clockedApart(classes: Claim[][]): boolean {
  const clocks = classes.map((cls) => new Set(cls.map((c) => c.qualifiers.clock).filter((t): t is string => typeof t === 'string')));
  return clocks.every((set) => set.size > 0) && clocks.every((a, i) => clocks.slice(i + 1).every((b) => ![...a].some((t) => b.has(t))));
}

function amountOf(claim: Claim): number {
  return claim.value.type === 'quantity' ? claim.value.amount : 0;
}

/** Words that tell a before and an after inside one article ("leaving it with 12 members"). */
const CHANGE = /\b(?:leav(?:e|es|ing)|left\b(?=[^.;]{0,60}\bwith\b)|(?:re)?join(?:s|ed|ing)?|return(?:s|ed|ing)?\s+to|became|becomes|now|after|before|until|since|previously|formerly|initially|earlier|at first|r[oi]se|risen|fell|fallen|grew|grown|up from|down from|from\s+\S+\s+to|revised|updated|raised|lowered|increas\w*|decreas\w*|expand\w*|admit\w*|accept\w*|welcom\w*|bring\w*|brought|add(?:s|ed|ing)?|takes? effect|up to)\b/i;

/**
 * One article that states two values of one thing at one moment in separate sentences that
 * tell no change ("1,684 deaths in Al Haouz" in the text, "1,648 people died" in a caption), or two
 * sizes of one thing: it contradicts itself, an internal conflict.
 */
function twoStatements(classes: Claim[][]): boolean {
  const all = classes.flat();
  // A size that describes a thing ("the 2.57 km-long bridge", "the bridge, which is 3 km-long") tells no before and after, whatever else its sentence says.
  if (!all.every((c) => c.qualifiers.verb === 'describe') && all.some((c) => CHANGE.test(c.evidence.text ?? ''))) return false;
  // Two posts of a live blog stamped at different times tell a before and an after.
  const apart = (x: Claim, y: Claim) => typeof x.qualifiers.clock === 'string' && typeof y.qualifiers.clock === 'string' && x.qualifiers.clock !== y.qualifiers.clock;
  return classes.some((a, i) => classes.slice(i + 1).some((b) => a.some((x) => b.some((y) => x.source === y.source && x.evidence.offset !== y.evidence.offset && !apart(x, y)))));
}

/**
 * Whether the value classes are given by different authorities: each of two classes credits
 * someone (`qualifiers.by`), and no authority credited in one is credited in the other.
 */
function competing(classes: Claim[][]): boolean {
  const credits = classes.map((cls) => [...new Set(cls.map((c) => c.qualifiers.by).filter((by): by is string => typeof by === 'string'))]).filter((by) => by.length > 0);
  // Some two classes whose authorities all differ: the prefecture's 65 at 3 p.m. and its 72 that evening are
  // one authority's rise, and NHK's 73 that evening competes with them.
  return credits.some((a, i) => credits.slice(i + 1).some((b) => !a.some((x) => b.some((y) => sameAuthority(x, y)))));
}

/**
 * "ministry" and "interior ministry", "iom" and "international organization for migration": one
 * authority written shorter or by its initials.
 */
function sameAuthority(a: string, b: string): boolean {
  if (a === b || a.endsWith(` ${b}`) || b.endsWith(` ${a}`)) return true;
  // "fire officials", "the fire agency", "the National Fire Agency": one body named by what it does.
  const [x, y] = [namingWords(a), namingWords(b)];
  if (x.length > 0 && y.length > 0 && (x.every((w) => y.includes(w)) || y.every((w) => x.includes(w)))) return true;
  const initials = (name: string) => name.split(/\s+/).filter((w) => !/^(?:of|for|and|the|on)$/.test(w)).map((w) => w[0]).join('');
  return (!a.includes(' ') && initials(b) === a) || (!b.includes(' ') && initials(a) === b);
}

/** Words that say what kind of body gives a figure, not which one. */
const BODY_WORDS = new Set(['agency', 'authority', 'authorities', 'official', 'officials', 'service', 'services', 'department', 'office', 'spokesman', 'spokeswoman', 'spokesperson', 'national', 'state', 'federal', 'local', 'the', 'of']);

/** The words of an authority's name that tell which body it is ("national fire agency" → fire). */
function namingWords(name: string): string[] {
  return name.split(/\s+/).filter((w) => w.length > 0 && !BODY_WORDS.has(w));
}

/** Whether two of the value classes hold claims from different sources. */
function acrossSources(classes: Claim[][]): boolean {
  return classes.some((a, i) => classes.slice(i + 1).some((b) => a.some((x) => b.some((y) => x.source !== y.source))));
}
