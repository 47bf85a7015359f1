/**
 * Counts of an organisation's members, observers or partners: "It has 10 member states,
 * two observer states and 14 dialogue partners." The nouns counted come from the rule;
 * compromise finds the number words ("nine", "14") in front of them.
 */
import { parseNumber } from '../../normalize/numbers/index.js';
import type { Rule } from '../../rules/types.js';
import type { Claim } from '../../types.js';
import { claimTime } from '../claim-time.js';
import { hasTrigger, type DocumentContext } from '../context.js';
import { makeClaim } from '../make-claim.js';
import { matchPattern } from '../match-pattern.js';
import { keyOfWritten, organisationFor } from '../organisations.js';
import { pastTense } from '../past-tense.js';
import type { Sentence } from '../sentences.js';
import { TextMemo } from '../text-memo.js';
import { extractCompoundCounts } from './count-compound.js';
import { countGate } from './count-gate.js';
import { extractCollectiveCounts } from './count-collective.js';
import { extractGovernedCounts } from './count-governed.js';

export function extractCounts(ctx: DocumentContext, rule: Rule): Claim[] {
  const properties = Object.entries(rule.extract?.properties ?? {});
  if (properties.length === 0 && !rule.extract?.compounds && !rule.extract?.governed && !rule.extract?.collective) return [];
  const nouns = properties.flatMap(([, words]) => words).sort((a, b) => b.length - a.length);
  const pattern = `#Value+ (${nouns.join('|')})`;
  const mayCount = countGate(nouns);
  const claims: Claim[] = [];
  for (const sentence of ctx.sentences) {
    if (rule.extract?.compounds && /\w-\w/.test(sentence.text)) claims.push(...extractCompoundCounts(ctx, rule, sentence, () => pastTense(ctx.tagged(sentence), 0)));
    if (rule.extract?.governed) claims.push(...extractGovernedCounts(ctx, rule, sentence));
    if (rule.extract?.collective) claims.push(...extractCollectiveCounts(ctx, rule, sentence));
    if (!hasTrigger(sentence, rule.extract?.triggers) || properties.length === 0 || !mayCount(sentence.text.toLowerCase())) continue;
    const matches = countMatches(ctx, sentence, pattern);
    for (const match of matches) {
      const text = sentence.text.slice(match.offset.start, match.offset.start + match.offset.length).replace(/[\s,.;:—–-]+$/u, '');
      const noun = nouns.find((n) => text.toLowerCase().endsWith(n));
      const property = properties.find(([, words]) => noun !== undefined && words.includes(noun))?.[0];
      const numberText = noun ? text.slice(0, text.length - noun.length).trim() : '';
      const before = sentence.text.slice(Math.max(0, match.offset.start - 14), match.offset.start);
      const parsed = parseNumber(`${/(about|nearly|almost|over|more than|some|around)\s*$/i.exec(before)?.[1] ?? ''} ${numberText}`.trim());
      if (!property || !parsed || !Number.isInteger(parsed.n)) continue;
      // "The other seven partner states", "the remaining 26 members": a part of the group.
      if (/\b(?:other|remaining|rest of the|further|additional)\s+$/i.test(before)) continue;
      // "43 states have signed up: 40 of the 46 member states and three observer states": a breakdown of an earlier figure.
      if (BREAKDOWN.test(sentence.text.slice(0, match.offset.start))) continue;
      // "Six member states did not sign": the members that did something, not how many there are.
      if (ACTING.test(sentence.text.slice(match.offset.start + text.length))) continue;
      // "Eight members of a construction crew": members of something no name says, not an organisation's.
      if (ofUnnamed(sentence.text.slice(match.offset.start + text.length), ctx.rules.lexicon.organisationNouns)) continue;
      const org = subjectOf(ctx, sentence.text.slice(0, match.offset.start), sentence.start) ?? ownerOf(ctx, sentence, match.offset.start + text.length);
      if (!org) continue;
      const present = !pastTense(ctx.tagged(sentence), match.offset.start);
      const time = claimTime(ctx.source, sentence.text, { near: match.offset.start, sameClause: true, publicationOnly: present });
      claims.push(
        makeClaim(ctx, rule.id, sentence, {
          subject: { key: `org:${org}`, text: org },
          property,
          value: { type: 'count', n: parsed.n, ...(parsed.approx ? { approx: parsed.approx } : {}) },
          display: text,
          time,
          at: match.offset.start,
        }),
      );
    }
  }
  // "comprises 55 member states" is read by both patterns: one claim.
  return claims.filter((claim, i) => claims.findIndex((other) => other.id === claim.id) === i);
}

/**
 * Whether the words after a count say it is of something written in lower case ("of a construction
 * crew"), other than the organisation referred back to by one of the lexicon's `organisationNouns`
 * ("of the alliance"); "of the European Union" is a name.
 */
function ofUnnamed(after: string, organisationNouns: readonly string[]): boolean {
  const of = /^\s+of\s+((?:a|an|the|his|her|their|its)\s+(?:[a-z-]+\s+){0,2}[a-z-]+)\b/.exec(after)?.[1];
  return of !== undefined && !organisationNouns.some((noun) => of === noun.toLowerCase() || of.endsWith(` ${noun.toLowerCase().replace(/^the\s+/, '')}`));
}

/**
 * The organisation a count in `sentence` belongs to: as `organisationFor` finds it, except that an
 * organisation named after the count only as a companion ("40 of the 46 member states and three
 * observer states …, along with the European Union") is not the count's: the sentence is then read
 * as naming none (the one referred back to, else the source's main one).
 */
function ownerOf(ctx: DocumentContext, sentence: Sentence, end: number): string | undefined {
  const first = ctx.organisations.mentions.find((m) => m.offset >= sentence.start && m.offset < sentence.end);
  const companion = first !== undefined && first.offset >= sentence.start + end && COMPANION.test(sentence.text.slice(end, first.offset - sentence.start));
  return companion ? organisationFor(ctx.organisations, sentence.start, sentence.start + end, sentence.text.slice(0, end)) : organisationFor(ctx.organisations, sentence.start, sentence.end, sentence.text);
}

/** Words that add a companion to a list: what follows them is beside the count, not its owner. */
const COMPANION = /\b(?:along\s+with|as\s+well\s+as|alongside|together\s+with|besides|in\s+addition\s+to)\b[^,;]*$/i;

/** A figure, then a colon, before the count in its sentence: the count is a part of the figure. */
const BREAKDOWN = /\d[\d,]*\s+[^:;.]{1,60}:[^:;]*$/;

/** A verb of acting right after the count: those members did something ("did not sign", "voted against", "have completed their procedures"). */
const ACTING = /^,?\s+(?:(?:then|also|all|still|each)\s+)?(?:(?:had|have|has)\s+to\b|must\b|(?:did|do|does|have|has|had|were|are)\s+not\b|(?:(?:have|has|had)\s+(?:already\s+|now\s+|yet\s+)?)?(?:refused|declined|abstained|voted|opposed|objected|boycotted|stayed\s+out|signed|backed|completed|ratified|approved|endorsed|supported|agreed)|(?:met|meet|meets|missed|miss|reached|reach|(?:failed|fail)\s+to\s+(?:meet|reach))\s+(?:the|that|this|its|their|a)\s+(?:[\w-]+\s+){0,2}(?:target|goal|threshold|guideline|criteria|requirement|benchmark))/i;

type CountMatch = { text: string; offset: { start: number; length: number } };

/**
 * compromise's matches of `pattern` in a sentence, remembered per pattern by the sentence's text:
 * a drop repeats sentences, a repeated sentence's document is the same (tag-memo.ts), and so are
 * its matches. Callers only read them.
 */
const matchesByPattern = new Map<string, TextMemo<readonly CountMatch[]>>();

function countMatches(ctx: DocumentContext, sentence: Sentence, pattern: string): readonly CountMatch[] {
  let memo = matchesByPattern.get(pattern);
  if (!memo) matchesByPattern.set(pattern, (memo = new TextMemo<readonly CountMatch[]>((found) => found)));
  return memo.get(sentence.text, () => ctx.tagged(sentence).match(matchPattern(pattern)).json({ offset: true }) as CountMatch[]);
}

/** "the G20 now has 21 members", "OPEC counts 12 members": the name right before the verb. */
const HAS = /(?:^|[\s,(])(?:[Tt]he\s+)?(?!The\s)([A-Z][\p{L}\d&.-]*(?:\s+(?:of\s+)?[A-Z\d][\p{L}\d&.-]*)*)\s+(?:now\s+|currently\s+|still\s+|already\s+)?(?:has|have|had|counts|comprises|numbers|includes)\s+(?:(?:some|about|around|nearly|almost|over|more than)\s+)?$/u;

/** "It has 27 member countries", opening its sentence. */
const IT_HAS = /^It\s+(?:now\s+|currently\s+|still\s+|already\s+)?(?:has|had|counts|comprises|numbers|includes)\s+(?:(?:some|about|around|nearly|almost|over|more than)\s+)?$/;

/**
 * The organisation that is the subject of "has N members": a name the source's index knows,
 * or one written like an acronym ("G20", "OPEC"), which needs no definition to be a name; for
 * "It has", the last one named before the sentence, whatever the sentence names after it
 * ("It has 27 member countries: 23 of the 27 members of the European Union, …").
 */
function subjectOf(ctx: DocumentContext, before: string, sentenceStart: number): string | undefined {
  if (IT_HAS.test(before)) return ctx.organisations.mentions.filter((m) => m.offset < sentenceStart).at(-1)?.key;
  const name = HAS.exec(before)?.[1];
  if (!name) return undefined;
  const known = keyOfWritten(ctx.organisations, ctx.source.text, name);
  return known ?? (/^[A-Z][A-Z\d]+$|^[A-Z]\d+$/.test(name) && /[A-Z].*[A-Z\d]/.test(name) ? name : undefined);
}
