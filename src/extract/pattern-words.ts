/**
 * Words a compromise match pattern cannot match without, read from its parsed form: in
 * "#ProperNoun+ (officially)? (joined|joins)" a sentence needs "joined" or "joins". A sentence
 * missing one such group of words cannot match, so it need not be tagged to find out. Tags,
 * optional and negative terms and multi-word choices ask nothing of the text. Words that
 * compromise may read into a sentence without their letters being there (contractions and
 * aliases: "isn't" is "is not", "&" is "and") ask nothing either.
 */
import nlp from './nlp.js';
import { fold } from './fold.js';
import { matchPattern } from './match-pattern.js';

interface Reg {
  word?: string;
  fastOr?: Set<string>;
  optional?: boolean;
  negative?: boolean;
  fuzzy?: boolean;
  use?: string;
}

/** Words compromise can imply: its contractions' expansions ("'d" → "would", "had", "did") and its aliases. */
const IMPLIED = impliedWords();

/** Each group lists the words of one required term; a sentence needs one word of every group. */
export function requiredWords(pattern: string): string[][] {
  return (matchPattern(pattern) as Reg[])
    .filter((reg) => !reg.optional && !reg.negative && !reg.fuzzy && !reg.use)
    .map((reg) => (reg.word !== undefined ? [reg.word] : [...(reg.fastOr ?? [])]).map((w) => fold(w)))
    .filter((group) => group.length > 0 && !group.some((w) => IMPLIED.has(w)));
}

/** Whether a sentence holds a word of every group (`words` from {@link wordsOf}). */
export function hasRequiredWords(words: ReadonlySet<string>, groups: string[][]): boolean {
  return groups.every((group) => group.some((w) => words.has(w)));
}

/**
 * The words of a sentence as compromise may compare them: folded, split at anything but letters
 * and digits, plus the forms compromise derives: hyphenated words joined ("re-joined" →
 * "rejoined"), a dropped "g" put back ("lookin'" → "looking"), acronyms without their dots.
 */
export function wordsOf(text: string): Set<string> {
  const folded = fold(text);
  const words = new Set(folded.split(/[^\p{L}\p{N}]+/u));
  for (const [joined] of folded.matchAll(/\p{L}+(?:-\p{L}+)+/gu)) words.add(joined.replace(/-/g, ''));
  for (const [, stem] of folded.matchAll(/(\p{L}+in)['’]/gu)) words.add(`${stem}g`);
  for (const [acronym] of folded.matchAll(/\p{L}(?:\.\p{L})+/gu)) words.add(acronym.replace(/\./g, ''));
  // compromise splits a unit from its number ("5km"): letters alone count as words too.
  for (const letters of folded.split(/[^\p{L}]+/u)) words.add(letters);
  return words;
}

function impliedWords(): Set<string> {
  const model = nlp.model() as { one?: { contractions?: Array<{ out?: string[] }>; aliases?: Record<string, string> } };
  const contractions = (model.one?.contractions ?? []).flatMap((c) => c.out ?? []).flatMap((s) => s.split(/\s+/));
  // The second pass splits "'s", "'d" and "n't" by context, beyond the model's list.
  const apostrophes = ['is', 'has', 'was', 'would', 'had', 'did', 'does', 'not', 'are', 'am', 'will', 'have', 'be', 'us'];
  return new Set([...contractions, ...Object.values(model.one?.aliases ?? {}), ...apostrophes].map((w) => w.toLowerCase()));
}
