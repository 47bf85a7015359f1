/**
 * Places a claim in time: the time expression written in its sentence (nearest to the
 * value), resolved against the source's publication date; else the publication date itself
 * for a statement in the present; else nothing (an undated source).
 */
import { resolveTime, type ResolvedTime } from '../normalize/time/index.js';
import type { ClaimTime, Source } from '../types.js';
import { timeExpressionsIn } from './time-expressions.js';

export interface TimeOptions {
  /** Offset of the value inside the sentence: the nearest expression wins. */
  near?: number;
  /** Only expressions after this offset in the sentence count. */
  after?: number;
  /** Ignore the sentence's expressions and use the publication date (present-tense states). */
  publicationOnly?: boolean;
  /** Only expressions in the same clause as `near` count ("…32 members, which was founded in 1949" is not 1949). */
  sameClause?: boolean;
  /**
   * A running tally is as of when it was given: "killing at least 632 people …, the Interior Ministry
   * said on Saturday" is Saturday's toll, whatever else the sentence dates.
   */
  reported?: boolean;
}

/** A time in the possessive before what happened then: "Friday's landslide" (not "Friday's toll"). */
const POSSESSIVE_EVENT = /^['’]s\s+(?!(?:death\s+)?(?:toll|count|tally|total|figure|update)s?\b)[a-z]/i;

/** An "after" clause with its own verb between a count and a time: "after the cyclone passed over …". */
const AFTER_EVENT = /\bafter\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,2}(?:[a-z]+ed|hit|struck|swept|tore|made|came|went|began|broke)\b/i;

/** Words that break a clause: what follows is about something else. */
const CLAUSE_BREAK = /\b(?:which|who|whose|where)\b|[;(]/i;
/** The period the source is written in, as a whole: what holds in it holds on the publication day. */
const CURRENT_PERIOD = /^(?:(?:during|in)\s+)?(?:this|so far this|the current) (?:year|month|week)(?:['’]s)?$/i;
/** A sentence about what will happen: a year-less date in it lies ahead, not behind. */
const FUTURE = /\b(?:will|shall|takes? effect|(?:is|are) (?:due|set|scheduled|expected) to|upcoming|to be held)\b/i;

export function claimTime(source: Source, sentence: string, options: TimeOptions = {}): ClaimTime {
  const anchor = source.published;
  if (!options.publicationOnly) {
    const given = options.reported ? reportedAt(sentence, anchor, options.near) : undefined;
    if (given) return given;
    const when = options.near === undefined ? undefined : whenClause(sentence, options.near, anchor) ?? thatDay(sentence, options.near, anchor);
    if (when) return when;
    const found = timeExpressionsIn(sentence)
      .filter((m) => options.after === undefined || m.index >= options.after)
      // "buried alive by Friday's landslide": for a running count a day in the possessive names the
      // incident, not the moment of the count (but "Friday's toll" is the count's).
      .filter((m) => !options.reported || !POSSESSIVE_EVENT.test(sentence.slice(m.index + m.length - (/['’]s$/.test(m.text) ? 2 : 0), m.index + m.length + 30)))
      // "31 dead and some 1,400 injured after the cyclone passed over the archipelago on December 14": the
      // day of what happened before the count, not of the count.
      .filter((m) => !options.reported || options.near === undefined || m.index < options.near || !AFTER_EVENT.test(sentence.slice(options.near, m.index)))
      .filter((m) => !options.sameClause || options.near === undefined || describedThing(between(sentence, m.index, m.length, options.near), m.index < options.near) || !(breaksClause(between(sentence, m.index, m.length, options.near), m.index > options.near, opensSentence(sentence, m.index, m.length)) || inAside(sentence, m.index, options.near)))
      .sort((a, b) => distance(a.index, options.near) - distance(b.index, options.near));
    for (const match of found) {
      const found = resolveTime(match.text, anchor);
      if (!found) continue;
      // A state that has held "since 2023" is stated as of the publication day.
      // So has a total counted "since it rolled out of the lander on August 23".
      if (options.sameClause && (/^since\b/i.test(match.text) || (options.near !== undefined && match.index > options.near && /\bsince\b/i.test(sentence.slice(options.near, match.index))))) break;
      const future = FUTURE.test(sentence);
      // "Nearly 23,500 people belong to official government delegations this year": a figure so far
      // this year is as of now (an event "this month" stays in the month: it is not a figure).
      if (anchor && options.sameClause && !future && CURRENT_PERIOD.test(match.text)) return { ...publicationTime(anchor), text: match.text };
      const resolved = anchor && future ? aheadOf(found, anchor) : found;
      // "Until Saturday the grouping had 20 members": what held until a day held the day before it.
      if (UNTIL.test(sentence.slice(Math.max(0, match.index - 8), match.index + 6)) && resolved.span?.precision === 'day') return timeOf(match.text, { ...resolved, span: dayBefore(resolved.span) }, anchor);
      return timeOf(match.text, resolved, anchor);
    }
    // "At least 2,012 people were killed …, according to an Interior Ministry toll issued on Saturday":
    // with no time of its own, a figure is as of when it was given.
    const statedAt = options.sameClause && !options.reported ? reportedAt(sentence, anchor) : undefined;
    if (statedAt) return statedAt;
  }
  return publicationTime(anchor);
}

function timeOf(text: string, resolved: ResolvedTime, anchor: string | undefined): ClaimTime {
  return {
    ...(resolved.span ? { span: resolved.span } : {}),
    text,
    ...(anchor && resolved.relative ? { anchor } : {}),
    implied: resolved.implied,
    basis: resolved.relative ? 'relative' : 'written',
    certain: resolved.certain && resolved.span !== undefined,
  };
}

/** A verb of giving a statement or figure, right before a time: "said late on Wednesday", "a toll issued on Saturday", "a letter dated Sunday". */
const REPORTED_BEFORE = /\b(?:said|says|announced|reported|confirmed|added|stated|issued|released|published|updated|dated|told\s+[\w.' -]{1,40}?)\s+(?:(?:late|early|earlier|later)\s+)?$/i;

/** The time a sentence's statement was made, from a reporting verb right before a time expression. */
function reportedAt(sentence: string, anchor: string | undefined, near?: number): ClaimTime | undefined {
  const matches = timeExpressionsIn(sentence);
  // "The WHO figure, issued on Saturday, is far below the 11,300 deaths that OCHA had reported earlier
  // in the week": a figure's own clause saying when it was given wins over another figure's aside.
  const own = near === undefined ? [] : matches.filter((m) => m.index > near && !/[,;]/.test(sentence.slice(near, m.index).replace(/(?<=\d),(?=\d{3}\b)/g, '')));
  for (const match of [...own, ...matches]) {
    if (!REPORTED_BEFORE.test(sentence.slice(Math.max(0, match.index - 60), match.index))) continue;
    const resolved = resolveTime(match.text, anchor);
    if (resolved?.span && resolved.span.precision === 'day') return timeOf(match.text, resolved, anchor);
  }
  return undefined;
}

/** The sentences that make a story's lead: its title, a byline and the first few sentences. */
const LEAD_SENTENCES = 6;

/**
 * The day a story's lead says its statement was made ("…, the U.S. Army Corps of Engineers
 * announced on Monday"), and where that sentence ends; none when the lead names a later day
 * than that (a toll "issued on Saturday", then "By Sunday afternoon the count had risen").
 */
export function leadStatementTime(source: Source, sentences: readonly { text: string; end: number }[]): { time: ClaimTime; end: number } | undefined {
  const lead = sentences.slice(0, LEAD_SENTENCES);
  const stated = lead.map((s) => ({ time: reportedAt(s.text, source.published), end: s.end })).find((s) => s.time);
  if (!stated?.time?.span) return undefined;
  const day = stated.time.span.start;
  const later = lead.some((s) => timeExpressionsIn(s.text).some((m) => {
    const span = resolveTime(m.text, source.published)?.span;
    return span?.precision === 'day' && span.start > day && (!source.published || span.start <= source.published.slice(0, 10));
  }));
  return later ? undefined : { time: stated.time, end: stated.end };
}

/**
 * "the deadliest since 1960, when a quake destroyed Agadir and killed at least 12,000 people": a
 * clause opened by ", when" right after a time happened at that time (the point "since" starts from).
 */
function whenClause(sentence: string, near: number, anchor: string | undefined): ClaimTime | undefined {
  for (const match of timeExpressionsIn(sentence)) {
    const end = match.index + match.length;
    if (end > near) break;
    const clause = sentence.slice(end, near);
    if (!/^\s*,\s*when\b/i.test(clause) || /[;()]|,\s*when\b[^]*,\s*when\b/i.test(clause)) continue;
    const resolved = resolveTime(match.text.replace(/^(?:since|from)\s+/i, ''), anchor);
    if (!resolved?.span) continue;
    return { span: resolved.span, text: match.text, ...(anchor && resolved.relative ? { anchor } : {}), implied: resolved.implied, basis: resolved.relative ? 'relative' : 'written', certain: resolved.certain };
  }
  return undefined;
}

/**
 * "On Jan. 3 the prefecture put the toll at 72 …, while NHK counted 73 as of 6 p.m. that day": "that
 * day" after a figure is the last day the sentence named before it.
 */
function thatDay(sentence: string, near: number, anchor: string | undefined): ClaimTime | undefined {
  if (!/^[^;]{0,60}?\b(?:that|the same)\s+day\b/i.test(sentence.slice(near))) return undefined;
  const before = timeExpressionsIn(sentence).filter((m) => m.index + m.length <= near);
  for (const match of before.reverse()) {
    const resolved = resolveTime(match.text, anchor);
    if (resolved?.span?.precision === 'day') return timeOf(match.text, resolved, anchor);
  }
  return undefined;
}

/** A present-tense statement holds on its source's publication day. */
export function publicationTime(anchor: string | undefined): ClaimTime {
  if (!anchor) return { implied: ['date'], basis: 'none', certain: false };
  return { span: { start: anchor, end: anchor, precision: 'day' }, anchor, implied: ['date'], basis: 'publication', certain: true };
}

/**
 * Whether the words between a value and a time expression cross into another clause. A comma
 * before a later expression does ("a country of 3.8 million people, joined the EU in 2013");
 * one before the value does not ("In 2024, trade reached …") unless a conjunction follows it
 * ("the 8.3 million sold for the 1996 Games, and … the 10.9 million tickets sold … in 2012").
 */
function breaksClause(text: string, timeAfterValue: boolean, leading = false): boolean {
  // "9,000 vehicles drove … on Saturday": a comma between digits groups them, it breaks nothing.
  const words = text.replace(/(?<=\d),(?=\d{3}\b)/g, '');
  return CLAUSE_BREAK.test(words) || (timeAfterValue && (words.includes(',') || CONJOINED_PREDICATE.test(words))) || (!leading && CONJOINED_CLAUSE.test(words));
}

/**
 * "On Thursday, the opening day, countries launched a fund …, and pledges totalling $513 million
 * followed": a time that opens the sentence, set off by a comma, dates every clause of it.
 */
function opensSentence(sentence: string, index: number, length: number): boolean {
  return /^\W*$/.test(sentence.slice(0, index)) && /^\s*,/.test(sentence.slice(index + length));
}

/**
 * "Angola, which joined OPEC in 2007, produces about 1.1 million barrels": a time before the value
 * inside a relative clause dates that clause, not the value after it.
 */
function inAside(sentence: string, index: number, near: number): boolean {
  if (index >= near) return false;
  const lead = sentence.slice(0, index);
  const clause = lead.slice(lead.lastIndexOf(',') + 1);
  return lead.includes(',') && /\b(?:which|who|whose)\b/i.test(clause) && sentence.slice(index, near).includes(',');
}

/**
 * "the sinking of the Sewol ferry in April 2014, which killed 304 people": a relative clause right
 * after a dated noun phrase tells of that thing, at its time.
 */
function describedThing(text: string, timeBeforeValue: boolean): boolean {
  return timeBeforeValue && /^\s*,\s*which\s+(?:had\s+)?[a-z]+ed(?:\s+(?:at\s+least|about|around|some|nearly|almost|more\s+than|over|an\s+estimated))?\s*$/i.test(text);
}

/** "weighs about 73,500 tonnes and will be floated out … later this year": a second predicate, with its own time. */
const CONJOINED_PREDICATE = /\b(?:and|but)\s+(?:will|would|is|was|were|are|has|have|had)\b/i;

/** ", and the combined total tops …": a comma and a conjunction start another clause, on either side. */
const CONJOINED_CLAUSE = /,\s*(?:and|but|while|whereas)\b/i;

/** The text between an expression and a position, whichever comes first. */
function between(sentence: string, index: number, length: number, near: number): string {
  return index < near ? sentence.slice(index + length, near) : sentence.slice(near, index);
}

/** "until" or "till" right before a time, or opening it. */
const UNTIL = /\b(?:until|till)\s+\S*$|^(?:until|till)\b/i;

function dayBefore(span: NonNullable<ResolvedTime['span']>): NonNullable<ResolvedTime['span']> {
  const day = new Date(Date.parse(`${span.start}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  return { start: day, end: day, precision: 'day' };
}

/** A year-less date resolved into the past moves a year ahead when the sentence speaks of the future. */
function aheadOf(resolved: ResolvedTime, anchor: string): ResolvedTime {
  const span = resolved.span;
  if (!span || !resolved.implied.includes('year') || span.end >= anchor) return resolved;
  const shift = (iso: string) => `${Number(iso.slice(0, 4)) + 1}${iso.slice(4)}`;
  return { ...resolved, span: { ...span, start: shift(span.start), end: shift(span.end) }, direction: 'future' };
}

function distance(index: number, near: number | undefined): number {
  return near === undefined ? index : Math.abs(index - near);
}
