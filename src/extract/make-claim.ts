/** Builds a `Claim` with its evidence mapped back to the original file. */
import { locate } from '../ingest/index.js';
import { sha1Hex } from '../sha1-hex.js';
import type { Rule } from '../rules/types.js';
import type { Claim, ClaimTime, Value } from '../types.js';
import { publicationTime } from './claim-time.js';
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
  const time = (parts.time.basis === 'publication' ? post?.time : undefined) ?? parts.time;
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
