/**
 * Counts a verb of composition gives: "The African Union groups 54 nations", "the bloc comprises
 * 27 countries". Only the organisation named right before the verb (or referred back to) owns
 * the count, so "six of the EU's 27 countries" is never one: it has no such verb.
 */
import { parseNumber } from '../../normalize/numbers/index.js';
import type { Rule } from '../../rules/types.js';
import type { Claim } from '../../types.js';
import { claimTime } from '../claim-time.js';
import type { DocumentContext } from '../context.js';
import { makeClaim } from '../make-claim.js';
import { organisationEndingAt } from '../organisation-at.js';
import { escape, organisationFor } from '../organisations.js';
import type { Sentence } from '../sentences.js';

/** A number as counts are written: digits or words, with an approximation ("about 54", "some fifty"). */
export const COUNT_NUMBER = String.raw`(?:(?:about|around|nearly|almost|some|more than|over)\s+)?(?:\d{1,4}|[a-z]+(?:-[a-z]+)?)`;

/** Verbs in the present tense: the count holds when the source is published. */
const PRESENT = /^(?:groups|comprises|unites|brings together|is made up of|consists of|has|counts|numbers|covers)$/i;

const governedPatterns = new WeakMap<object, RegExp>();

/** "groups 54 nations": a verb of the spec, a number, a noun of the spec; compiled once per spec (it runs on every sentence). */
function governedPattern(spec: { verbs: string[]; nouns: string[] }): RegExp {
  let pattern = governedPatterns.get(spec);
  if (!pattern) {
    pattern = new RegExp(`\\b(${spec.verbs.map(escape).join('|')})\\s+(${COUNT_NUMBER})\\s+(?:${spec.nouns.map(escape).join('|')})\\b`, 'gi');
    governedPatterns.set(spec, pattern);
  }
  return pattern;
}

export function extractGovernedCounts(ctx: DocumentContext, rule: Rule, sentence: Sentence): Claim[] {
  const claims: Claim[] = [];
  for (const [property, spec] of Object.entries(rule.extract?.governed ?? {})) {
    for (const match of sentence.text.matchAll(governedPattern(spec))) {
      const parsed = parseNumber(match[2] ?? '');
      if (!parsed || !Number.isInteger(parsed.n) || parsed.n < 2) continue;
      const at = match.index ?? 0;
      const org = ownerBefore(ctx, sentence, at);
      if (!org) continue;
      const numberAt = at + match[0].indexOf(match[2] ?? '');
      claims.push(
        makeClaim(ctx, rule.id, sentence, {
          subject: { key: `org:${org}`, text: org },
          property,
          value: { type: 'count', n: parsed.n, ...(parsed.approx ? { approx: parsed.approx } : {}) },
          display: sentence.text.slice(numberAt, at + match[0].length),
          time: claimTime(ctx.source, sentence.text, { near: numberAt, sameClause: true, publicationOnly: PRESENT.test(match[1] ?? '') }),
          at: numberAt,
        }),
      );
    }
  }
  return claims;
}

/**
 * The organisation named right before the verb ("The African Union groups"), or one referred
 * back to ("The bloc groups", "it now covers": the last one named before the sentence).
 */
function ownerBefore(ctx: DocumentContext, sentence: Sentence, at: number): string | undefined {
  const before = sentence.text.slice(0, at).replace(/\s+(?:now|currently|still|already)\s*$/i, '').trimEnd();
  const named = organisationEndingAt(ctx.organisations, sentence.text, sentence.start, before.length);
  if (named) return named.key;
  if (/(?:^|[\s,;:—–-])it$/i.test(before)) return ctx.organisations.mentions.filter((m) => m.offset < sentence.start).at(-1)?.key;
  const anaphor = ctx.organisations.anaphors.find((phrase) => before.toLowerCase().endsWith(phrase));
  return anaphor ? organisationFor(ctx.organisations, sentence.start, sentence.start + before.length - anaphor.length, anaphor, { named: true }) : undefined;
}
