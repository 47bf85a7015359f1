/**
 * Counts written as a hyphenated compound before the organisation: "the 19-nation euro zone",
 * "the 10-member Association of Southeast Asian Nations". The organisation is the one named
 * right after the compound.
 */
import { parseNumber } from '../../normalize/numbers/index.js';
import type { Rule } from '../../rules/types.js';
import type { Claim } from '../../types.js';
import { claimTime } from '../claim-time.js';
import type { DocumentContext } from '../context.js';
import { makeClaim } from '../make-claim.js';
import { escape, organisationFor } from '../organisations.js';
import type { Sentence } from '../sentences.js';

const compoundPatterns = new WeakMap<string[], RegExp>();

/** "19-nation": a number or number word, a hyphen, a word of the list; compiled once per list (it runs on every hyphenated sentence). */
function compoundPattern(words: string[]): RegExp {
  let pattern = compoundPatterns.get(words);
  if (!pattern) {
    pattern = new RegExp(`\\b([A-Za-z]+|\\d{1,3})-(${words.map(escape).join('|')})\\b`, 'gi');
    compoundPatterns.set(words, pattern);
  }
  return pattern;
}

/** `past` tells whether the sentence speaks in the past; asked only for a count found, as it needs the tagger. */
export function extractCompoundCounts(ctx: DocumentContext, rule: Rule, sentence: Sentence, past: () => boolean): Claim[] {
  const claims: Claim[] = [];
  for (const [property, words] of Object.entries(rule.extract?.compounds ?? {})) {
    for (const match of sentence.text.matchAll(compoundPattern(words))) {
      const parsed = parseNumber(match[1] ?? '');
      if (!parsed || !Number.isInteger(parsed.n) || parsed.n < 2) continue;
      const at = match.index ?? 0;
      const after = ctx.organisations.mentions.find((m) => m.offset >= sentence.start + at + match[0].length && m.offset < sentence.start + at + match[0].length + 12);
      // "The 47-nation organization's committee of ministers said … the Russian Federation ceases to be a member":
      // a compound before a noun that refers back is the organisation referred to, not a name later in the sentence.
      const end = at + match[0].length;
      const noun = refersBackAfter(sentence.text.slice(end), ctx.rules.lexicon.organisationNouns);
      const org = after?.key ?? (noun ? organisationFor(ctx.organisations, sentence.start, sentence.start + at, `${sentence.text.slice(0, at)} ${noun}`) : organisationFor(ctx.organisations, sentence.start, sentence.end, sentence.text));
      if (!org) continue;
      claims.push(
        makeClaim(ctx, rule.id, sentence, {
          subject: { key: `org:${org}`, text: org },
          property,
          value: { type: 'count', n: parsed.n },
          display: match[0],
          time: claimTime(ctx.source, sentence.text, { near: at, sameClause: true, publicationOnly: !past() }),
          at,
        }),
      );
    }
  }
  return claims;
}

/** The lexicon's noun that refers back ("the organization") when it is the word right after a compound ("47-nation organization's"). */
function refersBackAfter(after: string, organisationNouns: readonly string[]): string | undefined {
  const word = /^\s+([a-z]+)/.exec(after)?.[1];
  return word ? organisationNouns.find((noun) => noun.toLowerCase() === `the ${word}`) : undefined;
}
