/**
 * quote-variant: one speaker's words rendered differently across sources (translations,
 * paraphrases in quote marks). Quotes are linked through an index of their content words,
 * never all pairs; a quote contained in another agrees; punctuation or case alone is cosmetic.
 */
import type { Claim } from '../../types.js';
import { fileOf } from '../describe.js';
import type { Check, Draft } from '../types.js';
import { UnionFind } from '../union-find.js';
import { wordDiff } from './word-diff.js';

const STOP = new Set('a an the and or of to in on for with by at from is are was were be been it its this that these those as our their his her we you they i not but so than then there which who what all can has have had will would should more most also just only very'.split(' '));

export const quoteVariant: Check = (group, options) => {
  const minSimilarity = options.minSimilarity ?? 0.3;
  const texts = group.map(quoteText);
  const words = texts.map(contentWords);
  const index = new Map<string, number[]>();
  words.forEach((ws, i) => ws.forEach((w) => index.set(w, [...(index.get(w) ?? []), i])));
  const overlap = new Map<string, number>();
  for (const members of index.values()) for (const a of members) for (const b of members) if (a < b) overlap.set(`${a},${b}`, (overlap.get(`${a},${b}`) ?? 0) + 1);
  const sets = new UnionFind(group.length);
  for (const [pair, shared] of [...overlap].sort()) {
    const [a, b] = pair.split(',').map(Number) as [number, number];
    const union = words[a]!.size + words[b]!.size - shared;
    if (shared >= 3 && shared / union >= minSimilarity) sets.union(a, b);
  }
  const drafts: Draft[] = [];
  for (const cluster of sets.clusters()) {
    const renderings = distinctRenderings(cluster.map((i) => group[i]!));
    if (renderings.length < 2) continue;
    const [a, b] = [renderings[0]!, renderings[1]!];
    const cosmetic = renderings.every((r) => loose(quoteText(r)) === loose(quoteText(a)));
    const claims = cluster.map((i) => group[i]!);
    const speaker = claims[0]!.subject.text;
    drafts.push({
      kind: 'quote-variant',
      outcome: cosmetic ? 'cosmetic' : 'quote-variant',
      confidence: Math.min(0.95, 0.4 + similarity(words[group.indexOf(a)]!, words[group.indexOf(b)]!)),
      subject: speaker,
      property: claims[0]!.property,
      message: `${speaker} is quoted differently: ${renderings.map((r) => `"${shorten(quoteText(r))}" in ${fileOf(r)}`).join(' vs ')}${cosmetic ? ' (punctuation or case only)' : ''}`,
      linkedBy: [`same speaker: ${speaker}`, `${Math.round(similarity(words[group.indexOf(a)]!, words[group.indexOf(b)]!) * 100)}% shared words`],
      claims,
      diff: wordDiff(quoteText(a), quoteText(b)),
    });
  }
  return drafts;
};

/**
 * One claim per different wording. A quote that is a shorter piece of a longer one (a fragment
 * quoted in a headline or a sentence) agrees with it; one that differs only in case or
 * punctuation stays, as a cosmetic variant.
 */
function distinctRenderings(claims: Claim[]): Claim[] {
  const out: Claim[] = [];
  for (const claim of [...claims].sort((x, y) => quoteText(y).length - quoteText(x).length)) {
    const [text, words] = [strict(quoteText(claim)), loose(quoteText(claim))];
    if (out.some((o) => strict(quoteText(o)) === text || (loose(quoteText(o)) !== words && loose(quoteText(o)).includes(words)))) continue;
    out.push(claim);
  }
  return out.sort((x, y) => (x.source < y.source ? -1 : x.source > y.source ? 1 : x.evidence.offset - y.evidence.offset));
}

function quoteText(claim: Claim): string {
  return claim.value.type === 'quote' ? claim.value.text : claim.display;
}

function contentWords(text: string): Set<string> {
  return new Set(loose(text).split(' ').map((w) => w.replace(/s$/, '')).filter((w) => w.length > 2 && !STOP.has(w)));
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
