import { PATTERNS } from './patterns.js';
import { resolveAt } from './resolve.js';
import type { TimeMatch } from './types.js';

/** Keeps the longest of overlapping matches (the earlier on a tie), in sentence order. */
function longestFirst(candidates: TimeMatch[]): TimeMatch[] {
  const kept: TimeMatch[] = [];
  const byLength = [...candidates].sort((a, b) => b.length - a.length || a.index - b.index);
  for (const c of byLength) {
    const overlaps = kept.some((k) => c.index < k.index + k.length && k.index < c.index + c.length);
    if (!overlaps) kept.push(c);
  }
  return kept.sort((a, b) => a.index - b.index);
}

/** "7.1 billion euros in 2015 prices", "at 2020 dollars": a price base, not a time (unless a verb follows: "In 2023 prices rose"). */
const PRICE_BASE = /^\s+(?:constant\s+)?(?:prices|terms|dollars|euros|pounds|money)\b(?!\s+(?!and\b|or\b|for\b|of\b|in\b|at\b)[a-z]+)/;

/**
 * Finds every time expression in a sentence: written dates (`June 15, 2001`, `2023-07-04`, `in 2014`),
 * year-less dates (`In June`, `on July 15`), relative words (`last year's`, `earlier this month`,
 * `20 years ago`, `In the coming days`) and ranges (`From 2013 to 2017`, `2018-2022`, `since 2023`).
 * Longest match first, non-overlapping, in order. A leading `in`/`on`/`during` is part of the match.
 * A bare four-digit year counts only where a year stands (after `in`, `since`, `the`, `'s`, a month,
 * or at the start of the sentence), so `1,151`, `US$890`, `+86-23-67158993` and a view count are left
 * alone. Month names must be capitalised (`may` is a verb). A year that is a price base ("in 2015
 * prices") is not a time.
 */
export function findTimeExpressions(sentence: string): TimeMatch[] {
  const candidates: TimeMatch[] = [];
  for (const { pattern, scan } of PATTERNS) {
    for (const match of sentence.matchAll(scan)) {
      const groups = match.groups ?? {};
      if (groups.month !== undefined && !/^[A-Z]/.test(groups.month)) continue;
      if (!pattern.resolve(groups, undefined, (inner) => resolveAt(inner, undefined))) continue;
      if (PRICE_BASE.test(sentence.slice(match.index + match[0].length, match.index + match[0].length + 40))) continue;
      candidates.push({ text: match[0], index: match.index, length: match[0].length });
    }
  }
  return longestFirst(candidates);
}
