/**
 * A word diff between two renderings, in the report's `[op, text]` form. White space is kept
 * as written, so the `=` and `-` parts rebuild the first rendering and `=` and `+` the second.
 */
import { diffWordsWithSpace } from 'diff';
import type { Discrepancy } from '../../types.js';

export function wordDiff(before: string, after: string): NonNullable<Discrepancy['diff']> {
  return diffWordsWithSpace(before, after).map((part) => [part.added ? '+' : part.removed ? '-' : '=', part.value] as ['=' | '+' | '-', string]);
}
