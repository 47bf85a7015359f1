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
  return mergeAcronyms(texts.map((text) => acronymsIn(text, heads)));
}

/** [acronym, full name] of each "Full Name (ACRONYM)" in `text` whose name starts or ends with one of the (lower-cased) heads, in order. */
function acronymsIn(text: string, heads: ReadonlySet<string>): Array<[string, string]> {
  const found: Array<[string, string]> = [];
  for (const match of definitions(text)) {
    const full = (match[1] ?? '').replace(/^(?:(?:the|of|for|and|on|in)[ \t]+)+/i, '');
    const acronym = match[2] ?? '';
    const words = full.toLowerCase().split(/\s+/);
    if (!heads.has(words[0] ?? '') && !heads.has(words.at(-1) ?? '')) continue;
    found.push([acronym, full]);
  }
  return found;
}

function mergeAcronyms(perText: ReadonlyArray<ReadonlyArray<readonly [string, string]>>): Record<string, string[]> {
  const learned: Record<string, string[]> = {};
  for (const found of perText) for (const [acronym, full] of found) learned[acronym] = [...new Set([...(learned[acronym] ?? []), full])].sort();
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
  const full = headFirstPattern(organisationHeads);
  const perText = texts.map((text) => headFirstIn(text, full));
  const heads = new Set(perText.flatMap((found) => found.map(([head]) => head)));
  const bare = new Map([...heads].map((head) => [head, texts.some((t) => barePattern(head).test(t))]));
  return mergeHeadFirst(perText, (head) => bare.get(head)!);
}

function headFirstPattern(organisationHeads: readonly string[]): RegExp {
  const heads = organisationHeads.map((h) => h.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  return new RegExp(`(?<!\\bof[ \\t]+)\\b[Tt]he[ \\t]+((${heads})[ \\t]+of[ \\t]+(?:the[ \\t]+)?[A-Z][\\w'’-]+(?:[ \\t]+[A-Z][\\w'’-]+)*)`, 'g');
}

/** "the Commonwealth" written alone (not "the Commonwealth of …"); the head as captured, which is one of the rules' heads as written. */
function barePattern(head: string): RegExp {
  return new RegExp(`\\b[Tt]he[ \\t]+${head}\\b(?![ \\t]+of\\b)`);
}

/** [head, full name] of each head-first name in `text`, in order. */
function headFirstIn(text: string, full: RegExp): Array<[string, string]> {
  const found: Array<[string, string]> = [];
  for (const m of text.matchAll(full)) found.push([m[2]!, m[1]!]);
  return found;
}

/** The heads `text` writes alone (see barePattern), of the rules' heads. */
function bareHeadsIn(text: string, organisationHeads: readonly string[]): string[] {
  // A head with no pattern characters is looked for as it is first (most texts write few of them).
  return organisationHeads.filter((head) => (/[.*+?^${}()|[\]\\]/.test(head) || text.includes(head)) && barePattern(head).test(text));
}

function mergeHeadFirst(perText: ReadonlyArray<ReadonlyArray<readonly [string, string]>>, writtenBare: (head: string) => boolean): Record<string, string[]> {
  const byHead = new Map<string, Set<string>>();
  for (const found of perText) for (const [head, name] of found) (byHead.get(head) ?? byHead.set(head, new Set()).get(head)!).add(name);
  const learned: Record<string, string[]> = {};
  for (const [head, names] of [...byHead].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const alone = names.size === 1 && writtenBare(head);
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
  const patterns = namedBodyPatterns(organisationNouns);
  return patterns ? mergeBodies(texts.map((text) => namedBodiesIn(text, patterns))) : {};
}

function namedBodyPatterns(organisationNouns: readonly string[]): RegExp[] | undefined {
  const nouns = [...new Set(organisationNouns.map((n) => n.replace(/^the\s+/i, '').toLowerCase()))].filter(Boolean);
  if (nouns.length === 0) return undefined;
  const noun = nouns.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const name = `([A-Z][\\w’'-]*(?:[ \\t]+[A-Z][\\w’'-]*){0,3})`;
  const filler = `(?:(?!of\\b|and\\b)[\\w’'-]+[ \\t]+){0,4}`;
  // The noun ends the phrase: "the South American trade bloc," not "the group's sole member".
  const end = `(?:${noun})(?=[ \\t]*[,.;:)]|[ \\t]+(?:that|which|whose|founded|formed|created|set|made|of|in|with)\\b)`;
  return [
    new RegExp(`(?<![\\w’'-]|[A-Z][\\w’'-]*[ \\t]+)${name},[ \\t]+(?:the|a|an)[ \\t]+${filler}${end}`, 'g'),
    new RegExp(`(?<![\\w’'-]|[A-Z][\\w’'-]*[ \\t]+)${name}(?:[ \\t]+\\([^)\\n]*\\))?(?:,(?:[^,.;()\\n]|\\([^)\\n]*\\)){0,120},)?[ \\t]+(?:is|was|has been)[ \\t]+(?:the|a|an|(?:[A-Z]\\w*[ \\t]+)?[A-Z]\\w*['’]s)[ \\t]+${filler}${end}`, 'g'),
  ];
}

/** The names `text` calls one of the nouns, in order (both patterns in turn). */
function namedBodiesIn(text: string, patterns: readonly RegExp[]): string[] {
  const found: string[] = [];
  for (const pattern of patterns) {
    for (const m of text.matchAll(pattern)) {
      if (NOT_DEFINED.has(m[1]!.split(/\s+/)[0]!)) continue;
      found.push(m[1]!);
    }
  }
  return found;
}

function mergeBodies(perText: ReadonlyArray<readonly string[]>): Record<string, string[]> {
  const learned: Record<string, string[]> = {};
  for (const found of perText) for (const name of found) learned[name] = [];
  return learned;
}

/**
 * What one text contributes to the drop's learned organisations, for the rules' organisation heads
 * and nouns: the drop's are these merged in source order, so they can be kept per source between
 * runs (cache/file-finds-memo.ts) and a warm run searches only the texts that are new.
 */
export interface TextFinds {
  /** [acronym, full name] of each "Full Name (ACRONYM)" naming an organisation, in order. */
  acronyms: Array<[string, string]>;
  /** [head, full name] of each head-first name ("the Commonwealth of Nations"), in order. */
  headFirst: Array<[string, string]>;
  /** The heads written alone ("the Commonwealth"). */
  bare: string[];
  /** The names called one of the organisation nouns, in order. */
  bodies: string[];
}

/** Finds remembered between runs, per source, for one `context` (a digest of the heads and nouns they were found with: see `findsContext`). */
export interface FindsMemo {
  recall(source: Source, context: string): TextFinds | undefined;
  keep(source: Source, context: string, finds: TextFinds): void;
}

/** Raised when what a text's finds hold, or how they are found, changes. */
const FINDS_FORMAT = 1;

/** What a source's finds depend on besides its text: the rules' organisation heads and nouns. */
export function findsContext(rules: RuleSet): string {
  return JSON.stringify([FINDS_FORMAT, rules.lexicon.organisationHeads, rules.lexicon.organisationNouns]);
}

/** The heads and nouns a text's finds depend on (the rest of the rules plays no part): what an ingest task is sent (parallel/ingest-task.ts). */
export type FindsLexicon = Pick<RuleSet['lexicon'], 'organisationHeads' | 'organisationNouns'>;

/** The part of the rules `textFinds` reads. */
export function findsLexicon(rules: RuleSet): FindsLexicon {
  return { organisationHeads: rules.lexicon.organisationHeads, organisationNouns: rules.lexicon.organisationNouns };
}

/** `textFinds` for many texts with one lexicon (its patterns built once), and the context they are found in (`findsContext`). */
export function textFinder(lexicon: FindsLexicon): { context: string; find: (text: string) => TextFinds } {
  const rules = { lexicon } as RuleSet;
  const patterns = findPatterns(rules);
  return { context: findsContext(rules), find: (text) => textFinds(text, rules, patterns) };
}

/** Finds computed ahead (by the worker that ingested the source, parallel/ingest-task.ts), until `withLearnedOrganisations` uses them. */
const ahead = new WeakMap<Source, { context: string; finds: TextFinds }>();

/** Keeps a source's finds, found in `context`, for `withLearnedOrganisations` (used once, and only with rules of the same context). */
export function rememberTextFinds(source: Source, context: string, finds: TextFinds): void {
  ahead.set(source, { context, finds });
}

/** The finds of one text (see TextFinds). */
export function textFinds(text: string, rules: RuleSet, patterns = findPatterns(rules)): TextFinds {
  const heads = rules.lexicon.organisationHeads;
  return {
    acronyms: acronymsIn(text, patterns.acronymHeads),
    headFirst: patterns.headFirst ? headFirstIn(text, patterns.headFirst) : [],
    bare: heads.length > 0 ? bareHeadsIn(text, heads) : [],
    bodies: patterns.bodies ? namedBodiesIn(text, patterns.bodies) : [],
  };
}

function findPatterns(rules: RuleSet): { acronymHeads: Set<string>; headFirst?: RegExp; bodies?: RegExp[] } {
  const heads = rules.lexicon.organisationHeads;
  const bodies = namedBodyPatterns(rules.lexicon.organisationNouns);
  return { acronymHeads: new Set(heads.map((h) => h.toLowerCase())), ...(heads.length > 0 ? { headFirst: headFirstPattern(heads) } : {}), ...(bodies ? { bodies } : {}) };
}

/**
 * The rules with what the drop defines added to the lexicon's organisations. With a `memo`, a
 * source whose finds it holds for these rules' heads and nouns is not searched again, nor is one
 * whose finds a worker computed when it ingested it (`rememberTextFinds`); the result is the same
 * either way.
 */
export function withLearnedOrganisations(rules: RuleSet, sources: Source[], memo?: FindsMemo): RuleSet {
  const context = findsContext(rules);
  let patterns: ReturnType<typeof findPatterns> | undefined;
  const finds = sources.map((source) => {
    const known = memo?.recall(source, context);
    const early = ahead.get(source);
    ahead.delete(source);
    if (known) return known;
    let found = early?.context === context ? early.finds : undefined;
    if (!found) {
      patterns ??= findPatterns(rules);
      found = textFinds(source.text, rules, patterns);
    }
    memo?.keep(source, context, found);
    return found;
  });
  const learned = mergeAcronyms(finds.map((f) => f.acronyms));
  const organisations = structuredClone(rules.lexicon.organisations);
  mergeMap(organisations, learned);
  // A full name already known as another's ("Organization of the Petroleum Exporting Countries" under OPEC) stays that one's.
  const known = new Set(Object.entries(organisations).flatMap(([canonical, variants]) => [canonical, ...variants]));
  const headFirstNames = rules.lexicon.organisationHeads.length === 0 ? {} : mergeHeadFirst(finds.map((f) => f.headFirst), (head) => finds.some((f) => f.bare.includes(head)));
  const headFirst = Object.entries(headFirstNames).filter(([name]) => !known.has(name));
  mergeMap(organisations, Object.fromEntries(headFirst));
  const bodies = Object.entries(mergeBodies(finds.map((f) => f.bodies))).filter(([name]) => !known.has(name) && !Object.hasOwn(organisations, name));
  mergeMap(organisations, Object.fromEntries(bodies));
  return { ...rules, lexicon: { ...rules.lexicon, organisations } };
}
