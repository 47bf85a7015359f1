import type { Approx } from '../../types.js';

/**
 * Qualifiers written before a number, longest first so `more than` wins over `more`.
 * `nearly` is its own class: the true value is just below the figure.
 */
export const APPROX_PREFIXES: ReadonlyArray<readonly [phrase: string, approx: Approx]> = ([
  ['about', 'about'], ['around', 'about'], ['some', 'about'], ['roughly', 'about'],
  ['approximately', 'about'], ['approx.', 'about'], ['circa', 'about'], ['an estimated', 'about'],
  ['estimated', 'about'], ['nearly', 'nearly'], ['almost', 'nearly'], ['close to', 'nearly'],
  ['just under', 'nearly'], ['more than', 'more-than'], ['over', 'more-than'],
  ['above', 'more-than'], ['upwards of', 'more-than'], ['in excess of', 'more-than'],
  ['just over', 'more-than'], ['exceeding', 'more-than'], ['less than', 'less-than'],
  ['fewer than', 'less-than'], ['under', 'less-than'], ['below', 'less-than'],
  ['at least', 'at-least'], ['no fewer than', 'at-least'], ['no less than', 'at-least'],
  ['a minimum of', 'at-least'], ['up to', 'up-to'], ['as many as', 'up-to'],
  ['as much as', 'up-to'], ['at most', 'up-to'], ['no more than', 'up-to'],
  ['a maximum of', 'up-to'],
] as const).slice().sort((a, b) => b[0].length - a[0].length);

/** Qualifiers written after a number: `600 or more`, `20-odd`. */
export const APPROX_SUFFIXES: ReadonlyArray<readonly [phrase: string, approx: Approx]> = [
  ['or so', 'about'], ['or more', 'at-least'], ['plus', 'at-least'], ['+', 'at-least'],
  ['odd', 'more-than'], ['or less', 'up-to'], ['or fewer', 'up-to'],
];

/**
 * Reads a qualifier at the start of `words` (lower-cased tokens).
 * Returns the qualifier and how many tokens it used, or undefined.
 */
export function readApproxPrefix(words: readonly string[], start: number): { approx: Approx; used: number } | undefined {
  return readPhrase(PREFIX_PARTS, words, start);
}

/** Reads a qualifier written after the number (`or more`), like {@link readApproxPrefix}. */
export function readApproxSuffix(words: readonly string[], start: number): { approx: Approx; used: number } | undefined {
  return readPhrase(SUFFIX_PARTS, words, start);
}

/** Each qualifier's words, split once (number parsing reads qualifiers for every figure of every sentence). */
const PREFIX_PARTS = APPROX_PREFIXES.map(([phrase, approx]) => [phrase.split(' '), approx] as const);
const SUFFIX_PARTS = APPROX_SUFFIXES.map(([phrase, approx]) => [phrase.split(' '), approx] as const);

/** The first qualifier of `table` whose words stand at `start` (tables keep their order: longest first). */
function readPhrase(table: ReadonlyArray<readonly [string[], Approx]>, words: readonly string[], start: number): { approx: Approx; used: number } | undefined {
  for (const [parts, approx] of table) {
    if (parts.every((p, i) => words[start + i] === p)) return { approx, used: parts.length };
  }
  return undefined;
}

/**
 * The qualifier a phrase such as `more than` or `nearly` stands for, or undefined.
 * Used by the time normaliser for `more than two decades ago`.
 */
export function approxOf(phrase: string): Approx | undefined {
  const key = phrase.trim().toLowerCase().replace(/\s+/g, ' ');
  return APPROX_PREFIXES.find(([p]) => p === key)?.[1];
}
