import type { Kind, Severity } from '../types.js';

/** Every discrepancy kind, in the order the report lists and counts them. */
export const KINDS: readonly Kind[] = ['conflict', 'temporal-change', 'name-variant', 'quote-variant', 'unresolved'];

/** Every severity, most serious first: the order findings are sorted in. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** Orders plain strings by UTF-16 code units, never by locale, so output is the same on every machine. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Orders severities most serious first (`error`, `warning`, `info`). */
export function compareSeverity(a: Severity, b: Severity): number {
  return SEVERITIES.indexOf(a) - SEVERITIES.indexOf(b);
}

/** `1 error`, `2 warnings`: a count with its noun, plural when needed. */
export function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
