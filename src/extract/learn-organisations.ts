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

/**
 * Full names that open with an organisation word and go on with "of" ("the Commonwealth of
 * Nations", "the League of Arab States"; "the Meeting of the Council of …" opens with none), each
 * with that word alone as its other name when the texts write "the Commonwealth" somewhere and no
 * other such name opens with it: full name → [the word] or [].
 */
export function learnHeadFirstNames(texts: string[], organisationHeads: string[]): Record<string, string[]> {
  if (organisationHeads.length === 0) return {};
  const heads = organisationHeads.map((h) => h.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const full = new RegExp(`(?<!\\bof[ \\t]+)\\b[Tt]he[ \\t]+((${heads})[ \\t]+of[ \\t]+(?:the[ \\t]+)?[A-Z][\\w'’-]+(?:[ \\t]+[A-Z][\\w'’-]+)*)`, 'g');
  const byHead = new Map<string, Set<string>>();
  for (const text of texts) for (const m of text.matchAll(full)) (byHead.get(m[2]!) ?? byHead.set(m[2]!, new Set()).get(m[2]!)!).add(m[1]!);
  const learned: Record<string, string[]> = {};
  for (const [head, names] of [...byHead].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const bare = new RegExp(`\\b[Tt]he[ \\t]+${head}\\b(?![ \\t]+of\\b)`);
    const alone = names.size === 1 && texts.some((t) => bare.test(t));
    for (const name of [...names].sort()) learned[name] = alone ? [head] : [];
  }
  return learned;
}

/** Capitalised words that open a sentence or stand for something named before: never a name being defined. */
const NOT_DEFINED = new Set(['The', 'It', 'Its', 'This', 'That', 'These', 'Those', 'He', 'She', 'They', 'We', 'A', 'An', 'In', 'On', 'At', 'But', 'And', 'As', 'For', 'With', 'Without', 'After', 'Before', 'Since', 'From', 'By', 'Under', 'Over', 'Like', 'Unlike', 'Until', 'When', 'While']);

/**
 * Names the texts call one of the lexicon's organisation nouns: "Mercosur, the Southern Common
 * Market …, is South America's largest trade bloc", "Mercosur, the South American trade bloc": the
 * name before the apposition or the copula, when the noun ends it (not "Brazil, a member of the
 * bloc"). Name → [] (no other name).
 */
export function learnNamedBodies(texts: string[], organisationNouns: readonly string[]): Record<string, string[]> {
  const nouns = [...new Set(organisationNouns.map((n) => n.replace(/^the\s+/i, '').toLowerCase()))].filter(Boolean);
  if (nouns.length === 0) return {};
  const noun = nouns.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const name = `([A-Z][\\w’'-]*(?:[ \\t]+[A-Z][\\w’'-]*){0,3})`;
  const filler = `(?:(?!of\\b|and\\b)[\\w’'-]+[ \\t]+){0,4}`;
  // The noun ends the phrase: "the South American trade bloc," not "the group's sole member".
  const end = `(?:${noun})(?=[ \\t]*[,.;:)]|[ \\t]+(?:that|which|whose|founded|formed|created|set|made|of|in|with)\\b)`;
  const patterns = [
    new RegExp(`(?<![\\w’'-]|[A-Z][\\w’'-]*[ \\t]+)${name},[ \\t]+(?:the|a|an)[ \\t]+${filler}${end}`, 'g'),
    new RegExp(`(?<![\\w’'-]|[A-Z][\\w’'-]*[ \\t]+)${name}(?:[ \\t]+\\([^)\\n]*\\))?(?:,(?:[^,.;()\\n]|\\([^)\\n]*\\)){0,120},)?[ \\t]+(?:is|was|has been)[ \\t]+(?:the|a|an|(?:[A-Z]\\w*[ \\t]+)?[A-Z]\\w*['’]s)[ \\t]+${filler}${end}`, 'g'),
  ];
  const learned: Record<string, string[]> = {};
  for (const text of texts) {
    for (const pattern of patterns) {
      for (const m of text.matchAll(pattern)) {
        const found = m[1]!;
        if (NOT_DEFINED.has(found.split(/\s+/)[0]!)) continue;
        learned[found] = [];
      }
    }
  }
  return learned;
}

/** The rules with what the drop defines added to the lexicon's organisations. */
export function withLearnedOrganisations(rules: RuleSet, sources: Source[]): RuleSet {
  const texts = sources.map((s) => s.text);
  const learned = learnOrganisations(texts, rules.lexicon.organisationHeads);
  const organisations = structuredClone(rules.lexicon.organisations);
  mergeMap(organisations, learned);
  // A full name already known as another's ("Organization of the Petroleum Exporting Countries" under OPEC) stays that one's.
  const known = new Set(Object.entries(organisations).flatMap(([canonical, variants]) => [canonical, ...variants]));
  const headFirst = Object.entries(learnHeadFirstNames(texts, rules.lexicon.organisationHeads)).filter(([name]) => !known.has(name));
  mergeMap(organisations, Object.fromEntries(headFirst));
  const bodies = Object.entries(learnNamedBodies(texts, rules.lexicon.organisationNouns)).filter(([name]) => !known.has(name) && !Object.hasOwn(organisations, name));
  mergeMap(organisations, Object.fromEntries(bodies));
  return { ...rules, lexicon: { ...rules.lexicon, organisations } };
}
