import type { TimeSpan } from '../../types.js';
import type { ResolvedTime, Ymd } from './types.js';

/** What a relative expression says besides its span. */
export interface Meta {
  implied?: readonly string[];
  certain?: boolean;
  direction?: 'past' | 'future';
}

/** An expression that names its interval outright (`June 15, 2001`, `2014`). */
export function written(span: TimeSpan | undefined, certain = true): ResolvedTime | undefined {
  return span ? { span, implied: [], relative: false, certain } : undefined;
}

/**
 * An expression placed against the anchor. Without an anchor it is still recognised, with no span.
 * Returns undefined when `place` finds no interval (an impossible date such as `February 30`).
 */
export function anchored(anchor: Ymd | undefined, place: (a: Ymd) => TimeSpan | undefined, meta: Meta = {}): ResolvedTime | undefined {
  const base: ResolvedTime = {
    implied: [...(meta.implied ?? [])],
    relative: true,
    certain: meta.certain ?? true,
    ...(meta.direction ? { direction: meta.direction } : {}),
  };
  if (!anchor) return base;
  const span = place(anchor);
  return span ? { span, ...base } : undefined;
}

/** A whole number from digits (group values of a match). */
export function num(text: string | undefined): number {
  return text === undefined ? NaN : Number.parseInt(text, 10);
}
