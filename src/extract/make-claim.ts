/** Builds a `Claim` with its evidence mapped back to the original file. */
import { locate } from '../ingest/index.js';
import { sha1Hex } from '../sha1-hex.js';
import type { Rule } from '../rules/types.js';
import type { Claim, ClaimTime, Value } from '../types.js';
import { claimTime, publicationTime } from './claim-time.js';
import type { DocumentContext } from './context.js';
import { postDayAt } from './post-days.js';
import type { Sentence } from './sentences.js';

export interface ClaimParts {
  subject: { key: string; text: string };
  property: string;
  value: Value;
  display: string;
  time: ClaimTime;
  qualifiers?: Claim['qualifiers'];
  /** Offset of the value inside the sentence; part of the claim's identity. */
  at: number;
}

export function makeClaim(ctx: DocumentContext, ruleId: string, sentence: Sentence, parts: ClaimParts): Claim {
  const start = locate(ctx.source, sentence.start);
  const end = locate(ctx.source, Math.max(sentence.start, sentence.end - 1));
  // A live blog's post holds on its own day, as an article holds on its publication day, and at its stamp's time of day.
  const post = ctx.postDays ? postDayAt(ctx.postDays, sentence.start) : undefined;
  const opened = parts.time.basis === 'publication' && !post && parts.qualifiers?.tally === 'running' ? paragraphDay(ctx, sentence) : undefined;
  const time = (parts.time.basis === 'publication' ? (post?.time ?? opened) : undefined) ?? parts.time;
  // A claim of the post's own day is as of the post's time of day.
  const clock = post?.clock && time.span && time.span.start === post.time.span?.start && time.span.end === post.time.span?.end ? post.clock : undefined;
  const qualifiers = parts.qualifiers ?? {};
  const id = sha1Hex(`${ctx.source.id}\0${ruleId}\0${sentence.start + parts.at}\0${parts.property}\0${parts.display}`).slice(0, 12);
  return {
    id,
    source: ctx.source.id,
    subject: parts.subject,
    property: parts.property,
    value: parts.value,
    display: parts.display,
    time,
    qualifiers: clock ? { ...qualifiers, clock } : qualifiers,
    evidence: {
      text: sentence.text,
      zone: sentence.zone,
      line: start.line,
      column: start.column,
      offset: start.offset,
      length: end.offset + 1 - start.offset,
    },
    extractor: ruleId,
  };
}

/**
 * "On Wednesday the ground shook again. … One person was killed and about 150 injured": a running
 * tally with no time of its own, in a paragraph whose first sentence opens with a day before the
 * publication, is of that day.
 */
function paragraphDay(ctx: DocumentContext, sentence: Sentence): ClaimTime | undefined {
  // Back from the sentence to its paragraph's first (sentences are in text order, `index` their place).
  let at = ctx.sentences[sentence.index] === sentence ? sentence.index : ctx.sentences.indexOf(sentence);
  while (at > 0 && ctx.sentences[at - 1]!.paragraph === sentence.paragraph) at -= 1;
  const first = ctx.sentences[at];
  if (!first || first === sentence || !OPENING_DAY.test(first.text)) return undefined;
  const time = claimTime(ctx.source, first.text, { near: 0, sameClause: true });
  return time.basis !== 'publication' && time.basis !== 'none' && time.span?.precision === 'day' && ctx.source.published !== undefined && time.span.end < ctx.source.published ? time : undefined;
}

/** A sentence that opens with a day: "On Wednesday …", "On 11 October, …", "Late on Saturday …". */
const OPENING_DAY = /^(?:(?:early|late)\s+)?on\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d{1,2}\s+\p{Lu}|\p{Lu}\p{Ll}+\.?\s+\d{1,2}\b)/iu;

/** A name as written, under `key`, dated by the publication (names of things hold as long as the article). */
export function nameClaim(ctx: DocumentContext, rule: Rule, sentence: Sentence, key: string, name: string, at: number): Claim {
  return makeClaim(ctx, rule.id, sentence, {
    subject: { key, text: name },
    property: rule.extract?.property ?? 'name',
    value: { type: 'name', text: name },
    display: name,
    time: publicationTime(ctx.source.published),
    qualifiers: {},
    at,
  });
}
