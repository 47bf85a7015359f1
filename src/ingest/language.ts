/**
 * A cheap guess at whether an article is English, the only language the extractors read
 * (compromise is an English tagger: on other text it finds nonsense). Two signals: the script
 * most letters are written in, and, for Latin script, the share of words that are English
 * function words against the share that are those of other common news languages.
 */
import type { Diagnostic, Source } from '../types.js';
import { diagnostic } from './diagnostics.js';

/** Only the start of a long text is looked at. */
const PROBE = 20_000;
/** Below this many letters of another script, or Latin words, there is too little to tell: the text is taken as English. */
const MIN_LETTERS = 10;
const MIN_WORDS = 15;
/** English news prose has about 40 % function words; a text with this many is English whatever else it has. */
const ENGLISH_SHARE = 0.15;

const SCRIPTS: ReadonlyArray<[name: string, pattern: RegExp]> = [
  ['Latin', /\p{Script=Latin}/u],
  ['Han script', /\p{Script=Han}/u],
  ['Japanese', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['Korean', /\p{Script=Hangul}/u],
  ['Cyrillic script (e.g. Russian)', /\p{Script=Cyrillic}/u],
  ['Arabic script', /\p{Script=Arabic}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Devanagari script (e.g. Hindi)', /\p{Script=Devanagari}/u],
  ['Thai', /\p{Script=Thai}/u],
];

const FUNCTION_WORDS: ReadonlyArray<[language: string, words: ReadonlySet<string>]> = [
  ['English', set('the of and to in a is was for on that with as by at from it said has have be are an its this which will were been their they he she his but not or also after than who had would')],
  ['French', set('le la les des du de et est une un dans pour que qui sur au aux avec par ont été ce cette sont il elle ne pas plus a à en l d qu se son ses leur selon')],
  ['Spanish', set('el la los las de del y en que por con para una un es se su sus al como fue ha han más lo según entre sobre este esta')],
  ['German', set('der die das und ist den dem des ein eine einer mit von zu im auf für nicht sich auch wurde wird sind es bei nach hat aus')],
  ['Portuguese', set('o os a as de do da dos das e em no na que um uma para com por foi não mais ao à seu sua pelo pela')],
  ['Italian', set('il lo la gli le di del della e è che un una per con non sono ha nel nella alla dei delle anche come')],
  ['Dutch', set('de het een en van in is op te dat die met voor zijn niet ook werd wordt naar bij aan door')],
  ['Indonesian', set('yang dan di ini itu dengan untuk dari dalam tidak akan pada adalah juga oleh ke telah bahwa para')],
];

function set(words: string): ReadonlySet<string> {
  return new Set(words.split(' '));
}

/**
 * Letters by script, in one pass: a plain ASCII letter is Latin at once, and only the others are
 * tested against each script (an English article has almost none).
 */
function scriptCounts(text: string): { letters: number; counts: Array<readonly [string, number]> } {
  const tally = new Array<number>(SCRIPTS.length).fill(0);
  let letters = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) latin++;
      continue;
    }
    const point = text.codePointAt(i) ?? code;
    const ch = String.fromCodePoint(point);
    if (point > 0xffff) i++;
    if (!/\p{L}/u.test(ch)) continue;
    letters++;
    const script = SCRIPTS.findIndex(([, pattern]) => pattern.test(ch));
    if (script >= 0) tally[script] = (tally[script] ?? 0) + 1;
  }
  tally[0] = (tally[0] ?? 0) + latin; // SCRIPTS[0] is Latin
  return { letters: letters + latin, counts: SCRIPTS.map(([name], i) => [name, tally[i] ?? 0] as const) };
}

/** For each function word, the languages (indexes into FUNCTION_WORDS) it belongs to. */
const LANGUAGES_OF = new Map<string, number[]>();
FUNCTION_WORDS.forEach(([, words], index) => {
  for (const word of words) LANGUAGES_OF.set(word, [...(LANGUAGES_OF.get(word) ?? []), index]);
});

const ENGLISH_WORDS = FUNCTION_WORDS[0]![1];

/** The share of `words` that are English function words. */
function englishShare(words: readonly string[]): number {
  let count = 0;
  for (const word of words) if (ENGLISH_WORDS.has(word)) count++;
  return count / words.length;
}

/**
 * A text's words, lower-cased: its runs of letters (`\p{L}+`). Where the only letters are ASCII
 * ones (typographic quotes and dashes are not letters), those are a–z once lower-cased, and a
 * plain `[a-z]+` finds the same runs several times faster than the Unicode class.
 */
function wordsOf(text: string): string[] {
  const lower = text.toLowerCase();
  return (hasNonAsciiLetter(lower) ? lower.match(/\p{L}+/gu) : lower.match(/[a-z]+/g)) ?? [];
}

function hasNonAsciiLetter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) < 128) continue;
    if (/\p{L}/u.test(String.fromCodePoint(text.codePointAt(i) ?? 0))) return true;
  }
  return false;
}

/** The share of `words` that are function words of each language, in FUNCTION_WORDS order. */
function functionWordShares(words: readonly string[]): Array<readonly [string, number]> {
  const counts = new Array<number>(FUNCTION_WORDS.length).fill(0);
  for (const word of words) for (const index of LANGUAGES_OF.get(word) ?? []) counts[index] = (counts[index] ?? 0) + 1;
  return FUNCTION_WORDS.map(([language], i) => [language, (counts[i] ?? 0) / words.length] as const);
}

/** What the language guess found: English, or what the text looks like instead. */
export type LanguageGuess = { english: true } | { english: false; looksLike: string };

/** Guesses from the text alone; short texts and texts with no clear signal count as English. */
export function guessLanguage(text: string): LanguageGuess {
  const probe = text.slice(0, PROBE);
  const { letters, counts } = scriptCounts(probe);
  if (letters < MIN_LETTERS) return { english: true };
  const [script, most] = counts.reduce((a, b) => (b[1] > a[1] ? b : a));
  if (script !== 'Latin' && most > letters / 2) return { english: false, looksLike: script };
  const words = wordsOf(probe);
  if (words.length < MIN_WORDS) return { english: true };
  // Enough English function words settle it whatever the other languages' shares (most articles).
  if (englishShare(words) >= ENGLISH_SHARE) return { english: true };
  const shares = functionWordShares(words);
  const english = shares[0]?.[1] ?? 0;
  const [other, share] = shares.slice(1).reduce((a, b) => (b[1] > a[1] ? b : a));
  if (english >= ENGLISH_SHARE || english >= share) return { english: true };
  return { english: false, looksLike: share >= ENGLISH_SHARE / 2 ? other : 'another language' };
}

/**
 * The `not-english` diagnostic for an article, or none. A `language` in the metadata wins over
 * the guess: `en`, `en-GB` are English, any other tag is not.
 */
export function languageDiagnostic(text: string, declared?: string): Diagnostic | undefined {
  if (declared) {
    if (/^en(?:[-_]|$)/i.test(declared)) return undefined;
    return diagnostic('not-english', 'warning', { why: `its metadata says language "${declared}"` });
  }
  const guess = guessLanguage(text);
  return guess.english ? undefined : diagnostic('not-english', 'warning', { why: `looks like ${guess.looksLike}` });
}

/** False for a source ingest found not to be English: the extractors are not run on it. */
export function isExtractable(source: Pick<Source, 'diagnostics'>): boolean {
  return !source.diagnostics.some((d) => d.code === 'not-english');
}
