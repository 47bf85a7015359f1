/**
 * Counts written about a group as a whole, in the words the rule lists: "the group of 54 nations",
 * "the 54 nations bloc", and a new total after members joined: "bringing the number of countries in
 * the bloc to 56". The group is the organisation the sentence is about. A new total counts only in
 * a sentence that speaks of joining or membership, so "bringing the number of deaths to 56" is not one.
 */
import { parseNumber } from '../../normalize/numbers/index.js';
import type { Rule } from '../../rules/types.js';
import type { Claim } from '../../types.js';
import { claimTime } from '../claim-time.js';
import type { DocumentContext } from '../context.js';
import { makeClaim } from '../make-claim.js';
import { COUNT_NUMBER } from './count-governed.js';
import { organisationEndingAt } from '../organisation-at.js';
import { escape, organisationFor } from '../organisations.js';
import type { Sentence } from '../sentences.js';
import { TextMemo } from '../text-memo.js';


interface Collective {
  groups: string[];
  nouns: string[];
  totals: string[];
  context: string[];
}

const countedByRule = new WeakMap<Rule, ReadonlySet<string>>();

/** The nouns the rule's count pattern reads, lower-cased; built once per rule (asked for every sentence). */
function countedNouns(rule: Rule): ReadonlySet<string> {
  let counted = countedByRule.get(rule);
  if (!counted) {
    counted = new Set(Object.values(rule.extract?.properties ?? {}).flat().map((n) => n.toLowerCase()));
    countedByRule.set(rule, counted);
  }
  return counted;
}

export function extractCollectiveCounts(ctx: DocumentContext, rule: Rule, sentence: Sentence): Claim[] {
  const claims: Claim[] = [];
  const counted = countedNouns(rule);
  for (const [property, spec] of Object.entries(rule.extract?.collective ?? {})) {
    const patterns = patternsOf(spec, counted);
    for (const found of [...findCounts(sentence.text, patterns), ...possessiveCounts(ctx, sentence, patterns)]) {
      const parsed = parseNumber(found.number);
      if (!parsed || !Number.isInteger(parsed.n) || parsed.n < 2) continue;
      const org = found.owner ?? organisationFor(ctx.organisations, sentence.start, sentence.end, sentence.text);
      if (!org) continue;
      claims.push(
        makeClaim(ctx, rule.id, sentence, {
          subject: { key: `org:${org}`, text: org },
          property,
          value: { type: 'count', n: parsed.n, ...(parsed.approx ? { approx: parsed.approx } : {}) },
          display: found.display,
          // "the group of 54 nations" describes the group as the article is written; a new total is dated by its sentence.
          time: claimTime(ctx.source, sentence.text, { near: found.at, sameClause: true, publicationOnly: found.kind === 'description' }),
          at: found.at,
        }),
      );
    }
  }
  return claims;
}

interface Found {
  kind: 'description' | 'total';
  number: string;
  display: string;
  at: number;
  /** The organisation the words name as the owner ("the EU's 27 countries"). */
  owner?: string;
}

/**
 * "19 of the EU's 27 countries", "NATO's 32 members": an organisation's count written as its
 * possession. Only a name the source's index knows owns it ("the country's 31 provinces" is no count).
 */
function possessiveCounts(ctx: DocumentContext, sentence: Sentence, patterns: Patterns): Found[] {
  if (!patterns.possessive) return [];
  const found: Found[] = [];
  for (const match of sentence.text.matchAll(patterns.possessive)) {
    const at = match.index ?? 0;
    const owner = organisationEndingAt(ctx.organisations, sentence.text, sentence.start, at);
    if (!owner) continue;
    const number = match[1] ?? '';
    found.push({ kind: 'description', number, display: sentence.text.slice(owner.start, at + match[0].length), at: at + match[0].indexOf(number), owner: owner.key });
  }
  return found;
}

/** The counts a sentence's words give by themselves, remembered by its text per spec (a drop repeats sentences). */
function findCounts(text: string, patterns: Patterns): Found[] {
  return patterns.found.get(text, () => countsIn(text, patterns));
}

function countsIn(text: string, patterns: Patterns): Found[] {
  const found: Found[] = [];
  const all: Array<[Found['kind'], RegExp]> = patterns.described.map((p) => ['description', p]);
  if (patterns.total && patterns.context.test(text)) all.push(['total', patterns.total]);
  for (const [kind, pattern] of all) {
    for (const match of text.matchAll(pattern)) {
      const number = match[1] ?? '';
      const at = (match.index ?? 0) + match[0].lastIndexOf(number);
      found.push({ kind, number, display: match[0].replace(/^(?:the|a|an|this|its|their)\s+/i, ''), at });
    }
  }
  return found;
}

/** A spec's patterns, built once: every sentence of every source is read with them. */
interface Patterns {
  described: RegExp[];
  total: RegExp | undefined;
  context: RegExp;
  possessive: RegExp | undefined;
  /** What `findCounts` found, by text. */
  found: TextMemo<Found[]>;
}

const compiled = new WeakMap<Collective, Patterns>();

function patternsOf(spec: Collective, counted: ReadonlySet<string>): Patterns {
  let patterns = compiled.get(spec);
  if (patterns) return patterns;
  const groups = alternatives(spec.groups);
  const nouns = alternatives(spec.nouns);
  // "NATO's 31 members": the rule's own nouns are read by the count pattern already.
  const owned = spec.nouns.filter((n) => !counted.has(n.toLowerCase()));
  patterns = {
    described: [
      // "the group of 54 nations", "the bloc of 54 countries"
      new RegExp(`\\b(?:the|a|an|this|its)\\s+(?:${groups})\\s+of\\s+(${COUNT_NUMBER})\\s+(?:${nouns})\\b`, 'gi'),
      // "the 54 nations bloc" (the hyphenated "54-nation bloc" is a compound count)
      new RegExp(`\\b(?:the|a|an|this|its)\\s+(${COUNT_NUMBER})\\s+(?:${nouns})\\s+(?:${groups})\\b`, 'gi'),
    ],
    // "bringing the number of countries in the bloc to 56", "expanded the membership of the Commonwealth up to 56 states"
    total: spec.totals.length === 0 ? undefined : new RegExp(`\\b(?:the|its|their)\\s+(?:${alternatives(spec.totals)})(?:\\s+of(?:\\s+(?!(?:has|have|had|is|are|was|were|will|would)\\b)[\\w'’-]+){1,6}?)?\\s+(?:up\\s+)?to\\s+(${COUNT_NUMBER})(?![.,]?\\d)(?!\\s+(?:million|billion|trillion|thousand|hundred|percent|per\\s+cent)\\b)(?:\\s+(?:${nouns}))?\\b`, 'gi'),
    context: new RegExp(`\\b(?:${alternatives(spec.context)})\\b`, 'i'),
    possessive: owned.length === 0 ? undefined : new RegExp(`['’]s\\s+(${COUNT_NUMBER})\\s+(?:${alternatives(owned)})\\b`, 'gi'),
    found: new TextMemo<Found[]>((found) => found.map((f) => ({ ...f }))),
  };
  compiled.set(spec, patterns);
  return patterns;
}

function alternatives(words: string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map((w) => escape(w).replace(/\s+/g, '\\s+')).join('|');
}
