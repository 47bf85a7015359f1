/** A word diff between two renderings, in the report's `[op, text]` form. */
import { diffWords } from 'diff';
import type { Discrepancy } from '../../types.js';

export function wordDiff(before: string, after: string): NonNullable<Discrepancy['diff']> {
  return diffWords(before, after).map((part) => [part.added ? '+' : part.removed ? '-' : '=', part.value] as ['=' | '+' | '-', string]);
}
