import { ABSOLUTE } from './absolute.js';
import { PERIODS } from './periods.js';
import { RELATIVE } from './relative.js';
import type { TimePattern } from './types.js';
import { WEEKDAYS } from './weekdays.js';
import { YEARLESS } from './yearless.js';

/** A pattern compiled twice: to scan a sentence and to match one expression whole. */
export interface CompiledPattern {
  pattern: TimePattern;
  /** Global, for `matchAll` over a sentence; takes a leading `in`/`on`/`during` into the match. */
  scan: RegExp;
  /** Anchored at both ends, for one expression. */
  whole: RegExp;
}

/** A preposition the finder keeps with the expression: `In June`, `on July 15`. */
const LEAD = '\\b(?:in|on|during)\\s+';

/** Every time pattern, compiled once. */
export const PATTERNS: readonly CompiledPattern[] = [...ABSOLUTE, ...YEARLESS, ...RELATIVE, ...PERIODS, ...WEEKDAYS].map((pattern) => ({
  pattern,
  scan: new RegExp(pattern.guard ? `(?:${LEAD}|${pattern.guard})(?:${pattern.body})` : `(?:${LEAD})?(?:${pattern.body})`, 'gi'),
  whole: new RegExp(`^(?:${pattern.body})$`, 'i'),
}));
