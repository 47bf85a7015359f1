/**
 * quote-variant: one speaker's words rendered differently across sources (translations,
 * paraphrases in quote marks). Quotes are linked through an index of their rarest content
 * words (set-join.ts), never all pairs, and a quote repeated word for word is looked at once; a
 * quote contained in another agrees; renderings that differ only in punctuation or case agree
 * ("we cannot save the banks …" / "We cannot save the banks …,"): no finding.
 */
import type { Claim } from '../../types.js';
import { fileOf } from '../describe.js';
import type { Check, Draft } from '../types.js';
import { setJoin } from '../set-join.js';
import { UnionFind } from '../union-find.js';
import { wordDiff } from './word-diff.js';

const MIN_SHARED = 3;

const STOP = new Set('a an the and or of to in on for with by at from is are was were be been it its this that these those as our their his her we you they i not but so than then there which who what all can has have had will would should more most also just only very'.split(' '));

export const quoteVariant: Check = (group, options) => {
  const minSimilarity = options.minSimilarity ?? 0.3;
  const texts = group.map(quoteText);
  const words = texts.map(contentWords);
  /** Two renderings of one quote share at least three content words and `minSimilarity` of all their words. */
  const linked = (a: number, b: number): boolean => {
    const shared = [...words[a]!].filter((w) => words[b]!.has(w)).length;
    return shared >= MIN_SHARED && shared / (words[a]!.size + words[b]!.size - shared) >= minSimilarity;
  };
  // A linked pair shares at least three words, and at least minSimilarity × the size of either set.
  const join = setJoin(words.map((ws) => [...ws]), (size) => Math.max(MIN_SHARED, Math.floor(minSimilarity * size)));
  const sets = new UnionFind(group.length);
  for (const same of join.classes) if (same.length > 1 && linked(same[0]!, same[1]!)) for (const i of same) sets.union(same[0]!, i);
  for (const [a, b] of join.candidates) if (linked(a, b)) sets.union(a, b);
  const position = new Map<Claim, number>();
  group.forEach((claim, i) => position.has(claim) || position.set(claim, i));
  const wordsOf = (claim: Claim) => words[position.get(claim)!]!;
  const drafts: Draft[] = [];
  for (const cluster of sets.clusters()) {
    const renderings = distinctRenderings(cluster.map((i) => group[i]!));
    if (renderings.length < 2) continue;
    const [a, b] = [renderings[0]!, renderings[1]!];
    // Agreement written differently stays quiet: the same words in other case or punctuation.
    if (renderings.every((r) => loose(quoteText(r)) === loose(quoteText(a)))) continue;
    const claims = cluster.map((i) => group[i]!);
    const speaker = claims[0]!.subject.text;
    drafts.push({
      kind: 'quote-variant',
      outcome: 'quote-variant',
      confidence: Math.min(0.95, 0.4 + similarity(wordsOf(a), wordsOf(b))),
      subject: speaker,
      property: claims[0]!.property,
      message: `${speaker} is quoted differently: ${renderings.map((r) => `"${shorten(quoteText(r))}" in ${fileOf(r)}`).join(' vs ')}`,
      linkedBy: [`same speaker: ${speaker}`, `${Math.round(similarity(wordsOf(a), wordsOf(b)) * 100)}% shared words`],
      claims,
      diff: wordDiff(quoteText(a), quoteText(b)),
    });
  }
  return drafts;
};

/**
 * One claim per different wording. A quote that is a shorter piece of a longer one (a fragment
 * quoted in a headline or a sentence) agrees with it; one that differs only in case or
 * punctuation stays here (the check then reports nothing for the cluster).
 */
function distinctRenderings(claims: Claim[]): Claim[] {
  const out: Claim[] = [];
  const kept: Array<{ text: string; words: string }> = [];
  // A wording once kept or left out stays so: what is kept only grows. So each wording is looked at once.
  const decided = new Set<string>();
  for (const claim of [...claims].sort((x, y) => quoteText(y).length - quoteText(x).length)) {
    const text = strict(quoteText(claim));
    if (decided.has(text)) continue;
    decided.add(text);
    const words = loose(quoteText(claim));
    if (kept.some((o) => o.text === text || (o.words !== words && o.words.includes(words)))) continue;
    kept.push({ text, words });
    out.push(claim);
  }
  return out.sort((x, y) => (x.source < y.source ? -1 : x.source > y.source ? 1 : x.evidence.offset - y.evidence.offset));
}

function quoteText(claim: Claim): string {
  return claim.value.type === 'quote' ? claim.value.text : claim.display;
}

function contentWords(text: string): Set<string> {
  // Stop words are dropped before a plural's "s": "this" is no content word "thi".
  return new Set(loose(text).split(' ').filter((w) => w.length > 2 && !STOP.has(w)).map((w) => w.replace(/s$/, '')));
}

function similarity(a: Set<string>, b: Set<string>): number {
  const shared = [...a].filter((w) => b.has(w)).length;
  return shared / (a.size + b.size - shared || 1);
}

/** Case, punctuation and hyphens folded: "co-existence" and "coexistence" are one word. */
function loose(text: string): string {
  return text.toLowerCase().replace(/[’‘]/g, "'").replace(/-/g, '').replace(/'s\b/g, '').replace(/[^\p{L}\p{N}\s]+/gu, ' ').replace(/\s+/g, ' ').trim();
}

/** Only quote marks, apostrophes and white space (a scrape's no-break spaces) folded: anything else that differs is a variant. */
function strict(text: string): string {
  return text.replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').replace(/[.,;:]+$/, '').trim();
}

function shorten(text: string): string {
  return text.length > 90 ? `${text.slice(0, 87)}…` : text;
}
