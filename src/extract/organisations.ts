/**
 * Organisations a source names, and which one a sentence is about. Full names and acronyms
 * are learned from "Full Name (ACRONYM)" in the text and merged with lexicon aliases, so
 * "the North Atlantic Treaty Organization", "NATO" and "the alliance" resolve to one key.
 */
import type { Lexicon } from '../rules/types.js';

export interface OrganisationIndex {
  /** Mentions in text order: offset in `Source.text` and canonical key. */
  mentions: Array<{ offset: number; key: string }>;
  /** Canonical key of the organisation the source names most. */
  main?: string;
  /** Every name and acronym that was recognised as an organisation. */
  names: string[];
  /** Lower-case phrases that refer back to the last organisation named. */
  anaphors: string[];
}

const DEFINITION = /((?:[A-Z][\w'’-]*|of|for|and|the|on|in)(?:\s+(?:[A-Z][\w'’-]*|of|for|and|the|on|in))*)\s+\(([A-Z][A-Za-z]{1,9})\)/g;

/** Finds every organisation mention in `text` (a whole source). */
export function indexOrganisations(text: string, lexicon: Required<Lexicon>): OrganisationIndex {
  const names = new Map<string, string>();
  const heads = new Set(lexicon.organisationHeads.map((h) => h.toLowerCase()));
  for (const match of text.matchAll(DEFINITION)) {
    const full = (match[1] ?? '').replace(/^(?:the|of|for|and|on|in)\s+/i, '');
    const acronym = match[2] ?? '';
    const words = full.toLowerCase().split(/\s+/);
    if (heads.has(words[0] ?? '') || heads.has(words.at(-1) ?? '')) names.set(full, acronym).set(acronym, acronym);
  }
  for (const [canonical, variants] of Object.entries(lexicon.aliases)) {
    if (!isOrganisationName(canonical, variants, heads)) continue;
    names.set(canonical, canonical);
    for (const variant of variants) names.set(variant, canonical);
  }
  const canonicalOf = (name: string): string => aliasTarget(lexicon, names.get(name) ?? name);
  const mentions: OrganisationIndex['mentions'] = [];
  if (names.size > 0) {
    const pattern = new RegExp(`\\b(${[...names.keys()].sort((a, b) => b.length - a.length).map(escape).join('|')})\\b`, 'g');
    for (const match of text.matchAll(pattern)) mentions.push({ offset: match.index ?? 0, key: canonicalOf(match[1] ?? '') });
  }
  return { mentions, names: [...names.keys()].sort(), main: mostFrequent(mentions.map((m) => m.key)), anaphors: lexicon.organisationNouns.map((n) => n.toLowerCase()) };
}

/**
 * The organisation a sentence is about: one it names (the first), else the last one named
 * before it when the sentence refers back ("It has…", "the group…", from the lexicon's
 * `organisationNouns`), else the source's main one.
 */
export function organisationFor(index: OrganisationIndex, start: number, end: number, text = ''): string | undefined {
  const inside = index.mentions.find((m) => m.offset >= start && m.offset < end);
  if (inside) return inside.key;
  const before = index.mentions.filter((m) => m.offset < start).at(-1);
  return (refersBack(index, text) ? before?.key : undefined) ?? index.main ?? before?.key;
}

function refersBack(index: OrganisationIndex, text: string): boolean {
  const lower = ` ${text.toLowerCase()} `;
  return /\b(it|its)\b/.test(lower) || index.anaphors.some((phrase) => lower.includes(` ${phrase} `) || lower.includes(` ${phrase}'s `));
}

function isOrganisationName(canonical: string, variants: string[], heads: Set<string>): boolean {
  return [canonical, ...variants].some((name) => heads.has(name.split(/\s+/).at(-1)?.toLowerCase() ?? ''));
}

function aliasTarget(lexicon: Required<Lexicon>, name: string): string {
  for (const [canonical, variants] of Object.entries(lexicon.aliases)) if (variants.includes(name)) return canonical;
  return name;
}

function mostFrequent(keys: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
}

export function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
