import { readNumber } from './read-number.js';
import { tokenize } from './tokens.js';
import { IRREGULAR_ORDINALS } from './words.js';

const DIGIT_ORDINAL = /^(\d+)(?:st|nd|rd|th)$/;

/** `first` → `one`, `twentieth` → `twenty`, `sixth` → `six`; undefined when not an ordinal word. */
function cardinalWord(word: string): string | undefined {
  if (word in IRREGULAR_ORDINALS) return IRREGULAR_ORDINALS[word];
  if (word.endsWith('ieth')) return `${word.slice(0, -4)}y`;
  if (word.endsWith('th')) return word.slice(0, -2);
  return undefined;
}

/**
 * Parses an ordinal: `22nd` → 22, `10th` → 10, `first` → 1, `twentieth` → 20,
 * `twenty-first` → 21, `first-ever` → 1 (a leading `the` is ignored). Undefined otherwise.
 */
export function parseOrdinal(text: string): number | undefined {
  const tokens = tokenize(text.replace(/[-\s]ever$/i, ''));
  if (tokens[0] === 'the') tokens.shift();
  const last = tokens.at(-1);
  if (last === undefined) return undefined;
  const digits = DIGIT_ORDINAL.exec(last);
  if (digits) return tokens.length === 1 ? Number(digits[1]) : undefined;
  const cardinal = cardinalWord(last);
  if (cardinal === undefined) return undefined;
  const words = [...tokens.slice(0, -1), cardinal];
  const read = readNumber(words, 0);
  if (!read || read.approx || read.end !== words.length || !Number.isInteger(read.n)) return undefined;
  return read.n;
}
