/**
 * Organisations a whole drop defines: "the Association of Southeast Asian Nations (ASEAN)" in
 * one article lets "ASEAN now has 11 members" in another resolve. Learned before extraction,
 * added to the lexicon's organisations for every source.
 */
import { mergeMap } from '../rules/merge-lexicons.js';
import type { RuleSet } from '../rules/types.js';
import type { Source } from '../types.js';

// Words of a name stay on one line: a definition never runs across a paragraph break.
const DEFINITION = /((?:[A-Z][\w'’-]*|of|for|and|the|on|in)(?:[ \t]+(?:[A-Z][\w'’-]*|of|for|and|the|on|in))*)[ \t]+\(([A-Z][A-Za-z]{1,9})\)/g;

/**
 * The matches of DEFINITION in `text`. None can cross a line (no part of it matches a line
 * break), so only lines with a bracket are scanned, with the same matches as a scan of the whole
 * text. The last text's matches are kept: a source's are read twice (its organisations and
 * what it defines as something else).
 */
function definitions(text: string): RegExpMatchArray[] {
  if (text === last.text) return last.matches;
  const matches: RegExpMatchArray[] = [];
  if (text.includes('(')) {
    for (const line of text.split('\n')) if (line.includes('(')) matches.push(...line.matchAll(DEFINITION));
  }
  last = { text, matches };
  return matches;
}

let last: { text: string; matches: RegExpMatchArray[] } = { text: '', matches: [] };

/**
 * Abbreviations a text defines as something other than an organisation: "Pakistan Occupied
 * Kashmir (POK)", "the United Arab Emirates (UAE)". Used twice, such an abbreviation still names no
 * organisation.
 */
export function definedNonOrganisations(text: string, organisationHeads: readonly string[]): Set<string> {
  const heads = new Set(organisationHeads.map((h) => h.toLowerCase()));
  const found = new Set<string>();
  for (const match of definitions(text)) {
    const words = (match[1] ?? '').replace(/^(?:(?:the|of|for|and|on|in)[ \t]+)+/i, '').toLowerCase().split(/\s+/);
    if (!heads.has(words[0] ?? '') && !heads.has(words.at(-1) ?? '')) found.add((match[2] ?? '').toUpperCase());
  }
  return found;
}

/** Acronym → full names, for every "Full Name (ACRONYM)" whose name starts or ends with an organisation word. */
export function learnOrganisations(texts: string[], organisationHeads: string[]): Record<string, string[]> {
  const heads = new Set(organisationHeads.map((h) => h.toLowerCase()));
  const learned: Record<string, string[]> = {};
  for (const text of texts) {
    for (const match of definitions(text)) {
      const full = (match[1] ?? '').replace(/^(?:(?:the|of|for|and|on|in)[ \t]+)+/i, '');
      const acronym = match[2] ?? '';
      const words = full.toLowerCase().split(/\s+/);
      if (!heads.has(words[0] ?? '') && !heads.has(words.at(-1) ?? '')) continue;
      learned[acronym] = [...new Set([...(learned[acronym] ?? []), full])].sort();
    }
  }
  return learned;
}

/** The rules with what the drop defines added to the lexicon's organisations. */
export function withLearnedOrganisations(rules: RuleSet, sources: Source[]): RuleSet {
  const learned = learnOrganisations(sources.map((s) => s.text), rules.lexicon.organisationHeads);
  const organisations = structuredClone(rules.lexicon.organisations);
  mergeMap(organisations, learned);
  return { ...rules, lexicon: { ...rules.lexicon, organisations } };
}
