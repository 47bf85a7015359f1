/**
 * Text folded the way compromise compares words: lower case, zero-width characters removed and
 * accented letters reduced by compromise's own character table ("Björk" → "bjork"). A plain
 * regular expression over the folded text can then rule out a compromise match before any
 * sentence is tagged, without missing a word compromise would have matched.
 */
import nlp from './nlp.js';

const NON_ASCII = /[^\x00-\x7f]/;
const ZERO_WIDTH = /[\u200B-\u200D\uFEFF]/g;

/** compromise's table of single characters to their plain forms, read once. */
const UNICODE = (nlp.model() as { one?: { unicode?: Record<string, string> } }).one?.unicode ?? {};

/** `text` in lower case, with compromise's character folding. */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  return lower.replace(ZERO_WIDTH, '').split('').map((ch) => UNICODE[ch] ?? ch).join('');
}
