/**
 * Places a claim in time: the time expression written in its sentence (nearest to the
 * value), resolved against the source's publication date; else the publication date itself
 * for a statement in the present; else nothing (an undated source).
 */
import { findTimeExpressions, resolveTime } from '../normalize/time/index.js';
import type { ClaimTime, Source } from '../types.js';

export interface TimeOptions {
  /** Offset of the value inside the sentence: the nearest expression wins. */
  near?: number;
  /** Only expressions after this offset in the sentence count. */
  after?: number;
  /** Ignore the sentence's expressions and use the publication date (present-tense states). */
  publicationOnly?: boolean;
}

export function claimTime(source: Source, sentence: string, options: TimeOptions = {}): ClaimTime {
  const anchor = source.published;
  if (!options.publicationOnly) {
    const found = findTimeExpressions(sentence)
      .filter((m) => options.after === undefined || m.index >= options.after)
      .sort((a, b) => distance(a.index, options.near) - distance(b.index, options.near));
    for (const match of found) {
      const resolved = resolveTime(match.text, anchor);
      if (!resolved) continue;
      return {
        ...(resolved.span ? { span: resolved.span } : {}),
        text: match.text,
        ...(anchor && resolved.relative ? { anchor } : {}),
        implied: resolved.implied,
        basis: resolved.relative ? 'relative' : 'written',
        certain: resolved.certain && resolved.span !== undefined,
      };
    }
  }
  return publicationTime(anchor);
}

/** A present-tense statement holds on its source's publication day. */
export function publicationTime(anchor: string | undefined): ClaimTime {
  if (!anchor) return { implied: ['date'], basis: 'none', certain: false };
  return { span: { start: anchor, end: anchor, precision: 'day' }, anchor, implied: ['date'], basis: 'publication', certain: true };
}

function distance(index: number, near: number | undefined): number {
  return near === undefined ? index : Math.abs(index - near);
}
