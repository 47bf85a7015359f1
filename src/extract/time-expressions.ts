/**
 * The time expressions of a passage, found once per text: the time of each claim, the features
 * of a passage and the quantity finder all scan the same sentences. The answer depends on the
 * text alone, so a remembered one is the same; callers must not change the list.
 */
import { findTimeExpressions, type TimeMatch } from '../normalize/time/index.js';

/** Enough for the sentences of many sources; past it the memo starts again rather than grow. */
const MAX_ENTRIES = 5_000;
const known = new Map<string, readonly TimeMatch[]>();

/** `findTimeExpressions(text)`, remembered. */
export function timeExpressionsIn(text: string): readonly TimeMatch[] {
  let found = known.get(text);
  if (!found) {
    found = findTimeExpressions(text);
    if (known.size >= MAX_ENTRIES) known.clear();
    known.set(text, found);
  }
  return found;
}
