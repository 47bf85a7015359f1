import type { Approx } from '../../types.js';
import { readNumber } from './read-number.js';
import { tokenize } from './tokens.js';

/** A number as written: its value and, when qualified, how (`nearly 10` → `{n: 10, approx: 'nearly'}`). */
export interface ParsedNumber {
  n: number;
  approx?: Approx;
}

/**
 * Parses a whole number phrase, or returns undefined when any word is left over.
 *
 * - digits: `1,151` → 1151, `14.4` → 14.4, `5bn` → 5e9
 * - words: `two`, `fourteen`, `twenty-two`, `a dozen` → 12, `half` → 0.5, `a quarter` → 0.25
 * - scales: `90 billion`, `1.2 million`, `half a million`
 * - qualifiers: `about`/`around`/`some`/`roughly`/`approximately` → `about`;
 *   `nearly`/`almost`/`close to` → `nearly`; `more than`/`over`/`above`/`upwards of` → `more-than`;
 *   `less than`/`under`/`fewer than` → `less-than`; `at least` → `at-least`; `up to` → `up-to`
 * - vague plurals name their lower bound: `hundreds` → `{n: 200, approx: 'at-least'}`,
 *   `dozens` → 24, `tens of thousands` → 20,000 (a plural means at least two of them).
 */
export function parseNumber(text: string): ParsedNumber | undefined {
  const tokens = tokenize(text);
  const read = readNumber(tokens, 0);
  if (!read || read.end !== tokens.length) return undefined;
  return read.approx ? { n: read.n, approx: read.approx } : { n: read.n };
}
