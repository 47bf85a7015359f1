import { PATTERNS } from './patterns.js';
import { parseIso } from './span.js';
import type { ResolvedTime, Ymd } from './types.js';

/** Forms of an expression to try: as written, without a leading preposition, without end punctuation. */
function forms(text: string): string[] {
  const clean = text.trim().replace(/\s+/g, ' ');
  const bare = clean.replace(/^(?:in|on|during)\s+/i, '');
  return [...new Set([clean, bare].flatMap((t) => [t, t.replace(/[\s,;:.!?]+$/, '')]))];
}

/** Resolves against a parsed anchor (or none). */
export function resolveAt(text: string, anchor: Ymd | undefined): ResolvedTime | undefined {
  const again = (inner: string): ResolvedTime | undefined => resolveAt(inner, anchor);
  for (const form of forms(text)) {
    for (const { pattern, whole } of PATTERNS) {
      const match = whole.exec(form);
      const resolved = match && pattern.resolve(match.groups ?? {}, anchor, again);
      if (resolved) return resolved;
    }
  }
  return undefined;
}

/**
 * Resolves one time expression (as `findTimeExpressions` returns it, or written alone) against
 * `anchor`, the source's publication date `YYYY-MM-DD`. Without an anchor, relative expressions are
 * still recognised (`relative: true`) but get no span; written dates resolve as usual.
 * Returns undefined when the text is not a time expression or names an impossible date.
 * Throws a RangeError when `anchor` is given but is not an ISO day.
 *
 * Choices (see the pattern files): a year-less date takes the latest year not after the anchor;
 * `last July` is July of last year; `late last year` is Sep–Dec; `since 2023` ends at the anchor.
 */
export function resolveTime(text: string, anchor: string | undefined): ResolvedTime | undefined {
  const day = anchor === undefined ? undefined : parseIso(anchor);
  if (anchor !== undefined && !day) {
    throw new RangeError(`anchor must be an ISO date such as 2025-08-29, received "${anchor}"`);
  }
  return resolveAt(text, day);
}
