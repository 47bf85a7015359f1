/**
 * People a source names and how later words refer back to them: a short name ("Merkel") to the
 * full one ("Angela Merkel"), "he"/"she" to the last person named, and a role ("the German
 * leader") to the last person named with that role or descriptor.
 */
import { NAME_PARTICLES } from '../normalize/names.js';
import { escape } from './organisations.js';
import { textBlocks } from './text-blocks.js';
import { TextMemo } from './text-memo.js';
export interface PersonMention {
  offset: number;
  /** The full name this mention resolves to. */
  name: string;
  /** Lower-case words written before the name: role nouns and descriptors (`chinese`, `president`). */
  descriptors: string[];
}

// "Jaber", "Al-Jaber", "al-Jaber": an Arabic article may be glued to a name word by a hyphen.
// A given name of two syllables joined by a hyphen, the second in lower case ("Choi Sang-mok", "Kim
// E-bae", "Na Won-o"), but not a word made with a hyphen ("Saudi-led", "Geneva-based").
const SYLLABLE = "-(?!(?:led|based|backed|born|bred|era|style|made|owned|run|funded|linked|bound|type|class|wide|like|long|old|year|day|week|month)\\b)\\p{Ll}[\\p{Ll}'’]{0,5}(?![\\p{L}-])";
const NAME = `(?:(?:al|el|ad|as|ash|at|az|an|ar|abu|bin|ibn)-)?\\p{Lu}(?:[\\p{Ll}'’]+(?:-\\p{Lu}[\\p{Ll}'’]+|${SYLLABLE})?|${SYLLABLE})`;
/** Titles of address between a role and a name ("President Dr Sultan Ahmed Al Jaber"); never part of the name. */
const HONORIFIC = "(?:(?:Dr|Mr|Mrs|Ms|Prof|Professor|Sir|Dame)\\.?[ \\t]+)";
// An initial may lead ("S. Somanath", "S Somnath"); a name starts a word ("CEO Elon Musk" holds no "O Elon Musk", "U.S. Geological Survey" no "S. Geological Survey").
// A lower-case particle may stand between the words of a name ("Diamantino de Azevedo", "Ursula von der Leyen").
const PARTICLE = `(?:${[...NAME_PARTICLES].join('|')})`;
const FULL_NAME = `(?<![\\p{L}\\p{N}.])(?:\\p{Lu}\\.?[ \\t]+(?=\\p{Lu}\\p{Ll}))?${NAME}(?:[ \\t]+(?:${PARTICLE}[ \\t]+){0,2}${NAME}){0,3}`;
const STOP = new Set(['Dr', 'Mr', 'Mrs', 'Ms', 'Prof', 'Professor', 'Sir', 'Dame', 'The', 'In', 'At', 'On', 'As', 'For', 'When', 'During', 'This', 'That', 'It', 'He', 'She', 'They', 'We', 'I', 'A', 'An', 'And', 'But', 'However', 'Since', 'From', 'With', 'After', 'Before', 'Former', 'Then',
  // "Host Katrín Jakobsdóttir, Iceland's prime minister": a word for what the person is that day.
  'Host', 'Hosts', 'Guest', 'Speaker',
  // "Secretary General Marija Pejcinovic Buric": the second word of a title written in capitals, or a rank.
  'General',
  // "on Sunday, the acting director …": a day or a month is never a name.
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April', 'June', 'July', 'August', 'September', 'October', 'November', 'December']);

/** Finds people: names after a role noun ("President Emmanuel Macron"), next to a verb of saying, or at the head of a body ("headed by"). */
export function findPeople(text: string, roles: string[], speechVerbs: string[]): PersonMention[] {
  const built = peoplePatterns(roles, speechVerbs);
  // Each pattern's matches, block by block (text-blocks.ts): the same as over the whole text, in the same order.
  const blocks = textBlocks(text, built.joins).map((block) => ({ start: block.start, found: built.memo.get(block.text, () => namesIn(block.text, roles, built)) }));
  const found: RawMention[] = [];
  for (let pattern = 0; pattern < built.patterns.length; pattern++) {
    for (const block of blocks) for (const f of block.found[pattern] ?? []) found.push({ offset: block.start + f.offset, raw: f.raw, descriptors: [...f.descriptors] });
  }
  const full = [...new Set(found.map((f) => f.raw).filter((n) => n.includes(' ')))];
  const mentions = found.map((f) => ({ offset: f.offset, name: expandName(f.raw, full), descriptors: f.descriptors }));
  // Short forms of known full names ("Macron" after "Emmanuel Macron") are mentions too.
  for (const name of full) {
    for (const part of name.split(/\s+/).filter((w) => !NAME_PARTICLES.has(w))) {
      for (const offset of standingAlone(text, part)) mentions.push({ offset, name, descriptors: [] });
    }
  }
  return dedupe(mentions);
}

interface RawMention {
  offset: number;
  raw: string;
  descriptors: string[];
}

/** The names each pattern finds in `text` (a block), pattern by pattern, in text order. */
function namesIn(text: string, roles: string[], { portfolio, patterns, gates }: PeoplePatterns): RawMention[][] {
  return patterns.map((pattern, i) => {
    const found: RawMention[] = [];
    if (gates[i]?.test(text) === false) return found;
    for (const match of allMatches(text, pattern)) {
      const start = (match.index ?? 0) + match[0].lastIndexOf(match[2] ?? '');
      const raw = trimPortfolio(text, start, trimRoles(trimStopWords(match[2] ?? ''), roles), portfolio);
      if (!raw || !/^\p{Lu}/u.test(raw)) continue;
      const offset = (match.index ?? 0) + match[0].lastIndexOf(raw);
      const descriptors = `${match[1] ?? ''} ${match[0].slice(0, match[0].lastIndexOf(raw))}`.toLowerCase().split(/[^\p{Ll}-]+/u).filter(Boolean);
      found.push({ offset, raw, descriptors });
    }
    return found;
  });
}

/**
 * `text.matchAll(pattern)` for a global pattern, without the copy of the pattern `matchAll`
 * makes per call (blocks are many and small): the shared pattern is run from 0 and left at 0.
 * An empty match moves on by one code point, as `matchAll` does.
 */
function* allMatches(text: string, pattern: RegExp): Generator<RegExpExecArray> {
  pattern.lastIndex = 0;
  try {
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      if (match[0] === '') pattern.lastIndex += (text.codePointAt(pattern.lastIndex) ?? 0) > 0xffff ? 2 : 1;
      yield match;
    }
  } finally {
    pattern.lastIndex = 0;
  }
}

/** No letter before a position. */
const NO_LETTER_BEFORE = /(?<![\p{L}])/uy;
/** No letter after a position, nor a capitalised word after white space. */
const NOTHING_AFTER = /(?![\p{L}])(?!\s+\p{Lu})/uy;

/**
 * Where a word of a full name stands alone ("Macron"), not followed by another capitalised
 * word: the matches of `(?<![\p{L}])word(?![\p{L}])(?!\s+\p{Lu})` over the text, found with
 * `indexOf` and the two look-arounds tested in place (no pattern built per word, no pattern
 * run over every position). Like a pattern's matches they do not overlap.
 */
function standingAlone(text: string, word: string): number[] {
  // An empty word matches between any two non-letters, as the pattern would.
  if (word.length === 0) return [...text.matchAll(/(?<![\p{L}])(?![\p{L}])(?!\s+\p{Lu})/gu)].map((m) => m.index ?? 0);
  const found: number[] = [];
  for (let at = text.indexOf(word); at >= 0; ) {
    NO_LETTER_BEFORE.lastIndex = at;
    NOTHING_AFTER.lastIndex = at + word.length;
    if (NO_LETTER_BEFORE.test(text) && NOTHING_AFTER.test(text)) {
      found.push(at);
      at = text.indexOf(word, at + word.length);
    } else at = text.indexOf(word, at + 1);
  }
  return found;
}

interface PeoplePatterns {
  portfolio: RegExp;
  patterns: RegExp[];
  /**
   * Per pattern, words every match of it holds (a role, a verb of saying): a block without them
   * has no match, and is not scanned with the pattern, whose names are tried at every capital.
   */
  gates: RegExp[];
  /**
   * Characters after which a match may run on across a line break (text-blocks.ts): what the
   * patterns consume right before a white-space run (letters, figures, the punctuation below,
   * the last letter of a role or verb). Every white-space element of the patterns and of
   * `portfolio` (which reads up to 160 characters back) has one of these before it.
   */
  joins: (ch: string) => boolean;
  /** The names found in a block of text, by its text (text-memo.ts). */
  memo: TextMemo<RawMention[][]>;
}

const builtPatterns = new Map<string, PeoplePatterns>();

/**
 * The patterns of {@link findPeople} for one list of roles and verbs, built once: every source
 * asks with the same lists, and building them (each role in any case) cost as much as running
 * them. `matchAll` copies a global pattern, so sharing one is safe.
 */
function peoplePatterns(roles: string[], speechVerbs: string[]): PeoplePatterns {
  const key = `${roles.join('\n')}\0${speechVerbs.join('\n')}`;
  let built = builtPatterns.get(key);
  if (!built) {
    const roleAlt = roles.map(anyCaseStart).join('|');
    const verbAlt = speechVerbs.map(escapeWord).join('|');
    const portfolio = new RegExp(`\\b(?:${roleAlt})\\s+(?:of|for)\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}'’-]*,?\\s+)*(?:and|&)\\s+$`, 'u');
    const patterns = [
      new RegExp(`((?:\\p{Lu}\\p{Ll}+\\s+){0,2})\\b(?:${roleAlt})\\s+${HONORIFIC}?(${FULL_NAME})`, 'gu'),
      // "Its oil minister, Diamantino Azevedo, said": a name set off by commas right after a role,
      // or ending the sentence ("said the organisation's director-general, Ngozi Okonjo-Iweala.").
      new RegExp(`()\\b(?:${roleAlt}),\\s+${HONORIFIC}?(${FULL_NAME})(?=,|\\.(?:\\s|$))`, 'gu'),
      // "the acting director of the National Disaster Centre, Lusete Laso Mana, said": after the body the role is of.
      // "the President of the Plurinational State of Bolivia, Luiz Arce,": the body's name may hold "of", "and", "the".
      new RegExp(`()\\b(?:${roleAlt})\\s+(?:of|at)\\s+(?:the\\s+)?(?:(?:\\p{Lu}[\\p{L}'’-]*|of|and|the|for)\\s+){0,7}\\p{Lu}[\\p{L}'’-]*,\\s+${HONORIFIC}?(${FULL_NAME})(?=[,.;]|\\s*$)`, 'gu'),
      // "…?” said SpaceX's Dan Huot": an organisation's possessive before the name is no part of it.
      new RegExp(`[,”"]\\s*(?:${verbAlt})\\s+(?:\\p{Lu}[\\p{L}\\d&.-]*['’]s\\s+)?()(${FULL_NAME})`, 'gu'),
      new RegExp(`()(${FULL_NAME})\\s+(?:once\\s+|also\\s+)?(?:${verbAlt})\\b`, 'gu'),
      // "Moussa Faki Mahamat, who chairs the African Union Commission", "Musa Faki Mahamat, chairperson of …"
      // "The Interior Ministry, headed by Abdelouafi Laftit": the person at the head of a body.
      new RegExp(`()\\b(?:headed|led|chaired|directed)\\s+by\\s+${HONORIFIC}?(${FULL_NAME})`, 'gu'),
      // "Katrín Jakobsdóttir, Iceland's prime minister,": a country's possessive before the role.
      new RegExp(`()(${FULL_NAME}),\\s+(?:who\\s+(?:also\\s+)?(?:chairs|heads|leads|runs|directs)\\b|(?:the\\s+)?(?:\\p{Lu}[\\p{L}-]*['’]s\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}(?:${roleAlt})\\b)`, 'gu'),
    ];
    const role = new RegExp(`(?:${roleAlt})`, 'u');
    const verb = new RegExp(`(?:${verbAlt})`, 'u');
    const gates = [role, role, role, verb, verb, /(?:headed|led|chaired|directed)\s+by/u, new RegExp(`who|(?:${roleAlt})`, 'u')];
    const ends = new Set([...roles, ...speechVerbs].map((w) => w.trim().at(-1) ?? ''));
    const joins = (ch: string) => ends.has(ch) || /[\p{L}\p{N}\p{M},"”'’&-]/u.test(ch);
    // Read-only once made: callers copy what they change.
    built = { portfolio, patterns, gates, joins, memo: new TextMemo<RawMention[][]>((found) => found) };
    builtPatterns.set(key, built);
  }
  return built;
}

/** "Macron" → "Emmanuel Macron" when exactly one known full name contains it as a word. */
export function expandName(name: string, fullNames: string[]): string {
  if (name.includes(' ')) return name;
  const candidates = fullNames.filter((full) => full.split(/\s+/).includes(name));
  return candidates.length === 1 ? (candidates[0] ?? name) : name;
}

/**
 * "Minister of Mineral Resources, Oil and Gas Diamantino de Azevedo": the first word after a
 * portfolio's "and" still belongs to the title, when a name of two words or more is left.
 */
function trimPortfolio(text: string, start: number, raw: string, portfolio: RegExp): string {
  const words = raw.split(/\s+/);
  if (words.filter((w) => !NAME_PARTICLES.has(w)).length < 3 || !portfolio.test(text.slice(Math.max(0, start - 160), start))) return raw;
  return words.slice(1).join(' ');
}

function trimStopWords(raw: string): string {
  const words = raw.split(/\s+/);
  while (words.length > 0 && STOP.has(words[0] ?? '')) words.shift();
  return words.join(' ');
}

/** "Secretary-General Jens Stoltenberg" → "Jens Stoltenberg": a title is not part of the name, nor a name alone. */
function trimRoles(raw: string, roles: string[]): string {
  const words = raw.split(/\s+/);
  const isRole = (w: string) => roles.some((r) => r.toLowerCase() === w.toLowerCase());
  // "Secretary General Jens Stoltenberg": a title's second word after its first ("General") goes too.
  while (words.length > 0 && (isRole(words[0] ?? '') || STOP.has(words[0] ?? ''))) words.shift();
  // "German Chancellor" before a verb is a role description, not a name.
  return words.some(isRole) ? '' : words.join(' ');
}

function dedupe(mentions: PersonMention[]): PersonMention[] {
  const byOffset = new Map<number, PersonMention>();
  for (const mention of mentions) {
    const existing = byOffset.get(mention.offset);
    if (!existing || mention.descriptors.length > existing.descriptors.length) byOffset.set(mention.offset, mention);
  }
  return [...byOffset.values()].sort((a, b) => a.offset - b.offset);
}

/** A role word matched in any case ("President", "Secretary-General", "secretary-general"). */
function anyCaseStart(word: string): string {
  const anyCase = (part: string) => escape(part).replace(/[a-z]/g, (ch) => `[${ch}${ch.toUpperCase()}]`);
  return word.trim().split(/\s+/).map(anyCase).join('\\s+');
}

/** A word or phrase as a pattern, any run of spaces matching any white space. */
function escapeWord(word: string): string {
  return escape(word).replace(/\s+/g, '\\s+');
}
