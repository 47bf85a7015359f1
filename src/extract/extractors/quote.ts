/**
 * Attributed quotes: "“Security is a prerequisite for development …,” Jens Stoltenberg
 * said in Vilnius." Quote marks are paired within a paragraph (curly or straight); the
 * speaker is resolved through names, pronouns and roles (see speaker.ts).
 */
import type { Rule } from '../../rules/types.js';
import type { Claim } from '../../types.js';
import { claimTime, leadStatementTime } from '../claim-time.js';
import { hasTrigger, type DocumentContext } from '../context.js';
import { makeClaim } from '../make-claim.js';
import type { Sentence } from '../sentences.js';
import { resolveSpeaker } from '../speaker.js';

const QUOTE = /“([^“”]+)”|"([^"]+)"/g;

export function extractQuotes(ctx: DocumentContext, rule: Rule): Claim[] {
  const minWords = rule.extract?.minWords ?? 4;
  const speaker = { people: ctx.people, fullNames: ctx.fullNames, roles: ctx.rules.lexicon.roles, bodies: ctx.rules.lexicon.speakingBodies, speechVerbs: ctx.speechVerbs, source: ctx.source };
  const claims: Claim[] = [];
  for (const paragraph of paragraphs(ctx.sentences)) {
    const first = paragraph[0];
    const last = paragraph.at(-1);
    if (!first || !last) continue;
    const text = ctx.source.text.slice(first.start, last.end);
    for (const match of text.matchAll(QUOTE)) {
      const quote = (match[1] ?? match[2] ?? '').trim();
      if (quote.split(/\s+/).length < minWords) continue;
      const open = first.start + (match.index ?? 0);
      const close = open + match[0].length;
      const spanned = paragraph.filter((s) => s.end > open && s.start < close);
      const head = spanned[0];
      const tail = spanned.at(-1);
      if (!head || !tail || !hasTrigger(head, rule.extract?.triggers)) continue;
      const before = ctx.source.text.slice(head.start, open);
      const after = ctx.source.text.slice(close, tail.end);
      const who = resolveSpeaker(speaker, before, after, open, head.start, close);
      if (!who) continue;
      const sentence: Sentence = { ...head, text: ctx.source.text.slice(head.start, tail.end), end: tail.end };
      claims.push(
        makeClaim(ctx, rule.id, sentence, {
          subject: { key: `person:${who}`, text: who },
          property: rule.extract?.property ?? 'quote',
          value: { type: 'quote', text: quote.replace(/[,]$/, ''), speaker: who },
          display: quote,
          // When it was said: a time in the attribution ("he told state radio last week"), else the
          // day the paragraph has just told of, else the publication day.
          time: whenSaid(ctx, paragraph, head, `${before} ${after}`),
          at: open - head.start,
        }),
      );
    }
  }
  return claims;
}

/** A verb of saying in the past: what the paragraph dated before it was said then. */
const SAID = /\b(?:said|told|wrote|added|stated|declared|remarked|noted|stressed|warned|explained|announced|replied|tweeted|posted)\b/i;

/**
 * When a quote was said: a time in its attribution; else, for a quote "said" in the past, the day
 * the sentence before it in the paragraph names ("The decision was taken … on Saturday. "In
 * agreement with all of you, …," Modi said."); else the publication day.
 */
function whenSaid(ctx: DocumentContext, paragraph: Sentence[], head: Sentence, attribution: string): Claim['time'] {
  const own = claimTime(ctx.source, attribution);
  if (own.basis !== 'publication' || !SAID.test(attribution)) return own;
  const previous = paragraph.filter((s) => s.end <= head.start).at(-1);
  const told = previous ? claimTime(ctx.source, previous.text) : undefined;
  if (told && told.span?.precision === 'day' && told.basis !== 'publication' && own.span !== undefined && told.span.start <= own.span.start) return told;
  return leadStatementDay(ctx, head, own) ?? own;
}

/**
 * "…, the U.S. Army Corps of Engineers announced on Monday. … “We are proud …,” said Lt. Gen. Scott
 * Spellmon.": with nothing nearer, a quote said in the past was said on the day the lead dates its
 * statement by (leadStatementTime), when the quote comes after it.
 */
function leadStatementDay(ctx: DocumentContext, head: Sentence, own: Claim['time']): Claim['time'] | undefined {
  const lead = leadStatementTime(ctx.source, ctx.sentences);
  if (!lead || !own.span || !lead.time.span || lead.time.span.start > own.span.start || lead.end > head.start) return undefined;
  return lead.time;
}

function paragraphs(sentences: Sentence[]): Sentence[][] {
  const groups = new Map<number, Sentence[]>();
  for (const s of sentences) groups.set(s.paragraph, [...(groups.get(s.paragraph) ?? []), s]);
  return [...groups.values()];
}
