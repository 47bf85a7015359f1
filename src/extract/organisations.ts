/**
 * Organisations a source names, and which one a sentence is about. Full names and acronyms
 * are learned from "Full Name (ACRONYM)" in the text and merged with lexicon aliases, so
 * "the North Atlantic Treaty Organization", "NATO" and "the alliance" resolve to one key.
 */
import type { Lexicon } from '../rules/types.js';
import { parseNumber } from '../normalize/numbers/index.js';
import { definedNonOrganisations, learnHeadFirstNames, learnOrganisations } from './learn-organisations.js';
import { namesFor, type WordTest } from './organisation-names.js';

export interface OrganisationIndex {
  /** Mentions in text order: offset in `Source.text`, canonical key and the name as written. */
  mentions: Array<{ offset: number; key: string; name?: string }>;
  /** Canonical key of the organisation the source names most. */
  main?: string;
  /** Whether a name or acronym was recognised as an organisation. */
  isName(name: string): boolean;
  /** The words of those names and of the keys mentioned: never a place. */
  words: WordTest;
  /** The names this source's text contains (case-insensitively for lower-case ones): the only ones that can match in it. */
  present: string[];
  /** Lower-case phrases that refer back to the last organisation named. */
  anaphors: string[];
  /** Lower-case nouns that stand for an organisation only through a name with one of them ("the zone": the "Schengen area"). */
  groupNouns: string[];
}

/** Finds every organisation mention in `text` (a whole source). */
export function indexOrganisations(text: string, lexicon: Required<Lexicon>): OrganisationIndex {
  // The lexicon's organisations, then the source's definitions, then the lexicon's aliases (organisation-names.ts).
  const names = namesFor(lexicon);
  for (const [canonical, variants] of Object.entries(learnOrganisations([text], lexicon.organisationHeads))) names.learn(canonical, variants);
  for (const name of namedOrganisations(text, lexicon.organisationHeads)) if (!names.has(name)) names.set(name, name);
  for (const [name, alone] of Object.entries(learnHeadFirstNames([text], lexicon.organisationHeads))) {
    if (!names.has(name)) names.set(name, name);
    for (const head of alone) if (!names.has(head)) names.set(head, names.get(name) ?? name);
  }
  // An abbreviation takes the one name its initials spell (the loop adds only abbreviations, never a name of more than one word).
  for (const name of acronyms(text, new Set([...lexicon.notOrganisations, ...definedNonOrganisations(text, lexicon.organisationHeads)]))) if (!names.has(name)) names.set(name, names.spelledOut(name) ?? name);
  for (const [written, acronym] of numberedNames(text, names.numbered())) if (!names.has(written)) names.set(written, names.get(acronym) ?? acronym);
  const groupNouns = lexicon.groupNouns.map((n) => n.toLowerCase());
  for (const name of joinedGroups(text, groupNouns)) if (!names.has(name)) names.set(name, name);
  for (const [written, name] of groupVariants(text, names.written(text), groupNouns)) if (!names.has(written)) names.set(written, names.get(name) ?? name);
  const mentions: OrganisationIndex['mentions'] = [];
  // Only names the text contains go into the pattern: a drop that defines thousands of
  // organisations would otherwise build and run a pattern of thousands of names per article.
  const written = names.written(text).sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const lower = written.filter((n) => n === n.toLowerCase());
  const proper = written.filter((n) => n !== n.toLowerCase());
  for (const [list, flags] of [[proper, 'g'], [lower, 'gi']] as const) {
    if (list.length === 0) continue;
    for (const match of text.matchAll(new RegExp(`\\b(${list.map(escape).join('|')})\\b`, flags))) {
      const key = names.get(match[1] ?? '') ?? names.get((match[1] ?? '').toLowerCase());
      if (key) mentions.push({ offset: match.index ?? 0, key, name: match[1] ?? '' });
    }
  }
  mentions.sort((a, b) => a.offset - b.offset);
  const mentionKeys = [...new Set(mentions.map((m) => m.key))];
  return { mentions, isName: (name) => names.has(name), words: names.words(mentionKeys), present: written, main: mostFrequent(mentions.map((m) => m.key)), anaphors: [...lexicon.organisationNouns.map((n) => n.toLowerCase()), ...groupNouns.map((n) => `the ${n}`)], groupNouns };
}

/**
 * Groups a text says countries join or belong to, named by a word and a group noun: "became
 * members of Europe's Schengen area", "joining the Schengen zone". Elsewhere "the Mulitaka area"
 * is a place.
 */
function joinedGroups(text: string, groupNouns: string[]): string[] {
  if (groupNouns.length === 0) return [];
  const pattern = new RegExp(`\\b(?:members? of|join(?:s|ed|ing)?|entry into|admitted to|accession to|accede to|inside|outside) (?:the |[A-Z][\\p{L}-]*['’]s )?([A-Z][\\p{L}-]+ (?:${groupNouns.map(escape).join('|')}))\\b`, 'gu');
  return [...new Set([...text.matchAll(pattern)].map((m) => m[1] ?? ''))];
}

/**
 * The same group under another group noun, or by its word alone: "the Schengen family", "inside
 * Schengen" where "Schengen area" is an organisation. Pairs of (as written, the known name).
 */
function groupVariants(text: string, known: string[], groupNouns: string[]): Array<[string, string]> {
  const found: Array<[string, string]> = [];
  const nouns = new Set(groupNouns);
  for (const name of known) {
    const [word, noun, ...rest] = name.split(' ');
    if (!word || !noun || rest.length > 0 || !nouns.has(noun.toLowerCase())) continue;
    for (const other of groupNouns) if (other !== noun.toLowerCase() && text.includes(`${word} ${other}`)) found.push([`${word} ${other}`, name]);
    if (/^\p{Lu}/u.test(word)) found.push([word, name]);
  }
  return found;
}

/**
 * Runs of capitalised words that end in an organisation word: "the European Union", "World Trade
 * Organization". Names with "of" ("Meeting of the Council") are left to definitions and packs.
 */
function namedOrganisations(text: string, organisationHeads: string[]): string[] {
  if (organisationHeads.length === 0) return [];
  // Words of a name stay on one line: "Explainers\n\nThe Organization" is a breadcrumb and a sentence.
  const pattern = new RegExp(`\\b((?:[A-Z][\\w'’-]+[ \\t]+)(?:[A-Z][\\w'’-]+[ \\t]+)*?(?:${organisationHeads.map(escape).join('|')}))\\b`, 'g');
  const found = new Set<string>();
  for (const match of text.matchAll(pattern)) found.add((match[1] ?? '').replace(/^(?:The|A|An|In|At|On|For|By)\s+/, ''));
  return [...found].filter((name) => name.includes(' '));
}

/**
 * The organisation a sentence is about: one it names (the first), else the last one named
 * before it when the sentence refers back ("It has…", "the group…", from the lexicon's
 * `organisationNouns`), else the source's main one. With `named: true` only the first two
 * count: a quantity in a sentence that names no organisation ("Trains travel at up to 350 km
 * per hour") is not the main organisation's.
 */
export function organisationFor(index: OrganisationIndex, start: number, end: number, text = '', { named = false } = {}): string | undefined {
  const inside = index.mentions.find((m) => m.offset >= start && m.offset < end);
  // "Until Saturday the grouping had 20 members, 19 countries plus the European Union": a noun
  // that refers back, written before the sentence's first name, is what the sentence is about.
  const noun = inside ? nounBefore(index, text, inside.offset - start) : undefined;
  if (inside && !noun) return inside.key;
  const earlier = index.mentions.filter((m) => m.offset < start);
  const before = earlier.at(-1);
  const phrase = noun ?? anaphorIn(index, text);
  const referred = noun || refersBack(index, text) ? (headedBy(earlier, phrase, index.groupNouns) ?? (isGroupNoun(index, phrase) && !/\b(?:it|its)\b/i.test(text) ? undefined : before?.key)) : undefined;
  return named ? referred : (referred ?? index.main ?? before?.key);
}

/** "the zone", "the area": a noun that refers back only to a group named with one. */
function isGroupNoun(index: OrganisationIndex, phrase: string | undefined): boolean {
  return index.groupNouns.includes(phrase?.split(' ').at(-1) ?? '');
}

/** The first noun of `organisationNouns` in the text, if it stands before `limit`. */
function nounBefore(index: OrganisationIndex, text: string, limit: number): string | undefined {
  const lower = text.toLowerCase();
  for (const phrase of index.anaphors) {
    const at = lower.search(new RegExp(`(?:^|\\s)${escape(phrase)}\\b`));
    if (at >= 0 && at < limit) return phrase;
  }
  return undefined;
}

function anaphorIn(index: OrganisationIndex, text: string): string | undefined {
  const lower = ` ${text.toLowerCase()} `;
  return index.anaphors.find((phrase) => lower.includes(` ${phrase} `) || lower.includes(` ${phrase}'s `));
}

/**
 * The last organisation named whose name has the noun's head: "the grouping" is the "Group of 20"
 * named three sentences back, not the African Union named last; "the union" a Union.
 */
function headedBy(earlier: OrganisationIndex['mentions'], phrase: string | undefined, groupNouns: string[] = []): string | undefined {
  const head = phrase?.split(' ').at(-1)?.replace(/ing$/, '').replace(/isation$/, 'ization');
  if (!head) return undefined;
  // "the zone" after "the Schengen area": group nouns stand for each other.
  if (groupNouns.includes(head)) {
    for (let i = earlier.length - 1; i >= 0; i--) if (groupNouns.includes((earlier[i]!.name ?? '').toLowerCase().split(/\s+/).at(-1) ?? '')) return earlier[i]!.key;
    return undefined;
  }
  const words = new Map<string, Set<string>>();
  for (const m of earlier) for (const w of (m.name ?? '').toLowerCase().replace(/isation/g, 'ization').split(/\s+/)) (words.get(m.key) ?? words.set(m.key, new Set()).get(m.key)!).add(w);
  for (let i = earlier.length - 1; i >= 0; i--) if (words.get(earlier[i]!.key)?.has(head)) return earlier[i]!.key;
  return undefined;
}

/** The organisation a name written in `text` (a whole source) stands for, where the index found it as a mention. */
export function keyOfWritten(index: OrganisationIndex, text: string, name: string): string | undefined {
  return index.mentions.find((m) => text.startsWith(name, m.offset))?.key;
}

function refersBack(index: OrganisationIndex, text: string): boolean {
  const lower = ` ${text.toLowerCase()} `;
  return /\b(it|its)\b/.test(lower) || index.anaphors.some((phrase) => lower.includes(` ${phrase} `) || lower.includes(` ${phrase}'s `));
}

/**
 * Names written like an organisation's abbreviation ("G20", "OPEC", "NATO"), two to six capitals
 * or a capital and digits, that a source uses at least twice: once may be a dateline's agency.
 */
function acronyms(text: string, not: Set<string>): string[] {
  const counts = new Map<string, number>();
  for (const match of text.matchAll(/(?<![\p{L}\d$£€-])([A-Z][A-Z\d]{1,5})(?![\p{L}\d$-])/gu)) {
    const name = match[1] ?? '';
    if (!/[A-Z].*[A-Z]|^[A-Z]\d+$/.test(name) || not.has(name)) continue;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts].filter(([, n]) => n >= 2).map(([name]) => name).sort();
}

/**
 * "Group of 20" or "Group of Seven" written where "G20" or "G7" is an organisation: the initials
 * of the capitalised words and the number spell the abbreviation.
 */
function numberedNames(text: string, numbered: ReadonlySet<string>): Array<[string, string]> {
  if (numbered.size === 0) return [];
  const found: Array<[string, string]> = [];
  for (const match of text.matchAll(/\b((?:[A-Z][a-z]+\s+)+)of\s+(\d{1,3}|[A-Z]?[a-z]+(?:-[a-z]+)?)\b/g)) {
    const n = parseNumber((match[2] ?? '').toLowerCase())?.n;
    if (n === undefined || !Number.isInteger(n)) continue;
    const words = (match[1] ?? '').trim().split(/\s+/);
    // "the Group of 20", not "leaders of the Group of 20": only the words right before "of" that spell the letters.
    for (let i = 0; i < words.length; i++) {
      const acronym = words.slice(i).map((w) => w[0]).join('') + String(n);
      if (numbered.has(acronym)) found.push([`${words.slice(i).join(' ')} of ${match[2]}`, acronym]);
    }
  }
  return found;
}

function mostFrequent(keys: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
}

/** Names escaped before, by name: every source escapes the names it contains, and they recur. */
const escaped = new Map<string, string>();
const MAX_ESCAPED = 20_000;

export function escape(text: string): string {
  let out = escaped.get(text);
  if (out === undefined) {
    out = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    if (escaped.size >= MAX_ESCAPED) escaped.clear();
    escaped.set(text, out);
  }
  return out;
}
