import type { TimeSpan } from '../../types.js';

/** A time expression found in a sentence: its words and where they are. */
export interface TimeMatch {
  text: string;
  /** Offset of `text` in the sentence. */
  index: number;
  length: number;
}

/** What a time expression means once placed against its source's publication date. */
export interface ResolvedTime {
  /** The interval meant; absent when it depends on an anchor that is missing or it names no interval. */
  span?: TimeSpan;
  /** Parts not written but filled in from the anchor, e.g. `['year']` for `In June`. */
  implied: string[];
  /** Whether the meaning depends on the anchor (`last year`, `In June`, `since 2023`). */
  relative: boolean;
  /** False when the span is a convention rather than what was said (`late last year`, `20 years ago`). */
  certain: boolean;
  /** Set when the words point away from the anchor: `last year` past, `next year` future. */
  direction?: 'past' | 'future';
}

/** A calendar day as numbers: month 1–12, day 1–31. */
export interface Ymd {
  y: number;
  m: number;
  d: number;
}

/** Named groups of a pattern match; absent groups are undefined. */
export type Groups = Readonly<Record<string, string | undefined>>;

/**
 * One kind of time expression: a regular expression body with named groups and how to resolve it.
 * `guard` is a look-behind the finder requires when the expression is not led by `in`/`on`/`during`
 * (a bare `2014` is a year only after `the`, `of`, `since`…).
 */
export interface TimePattern {
  id: string;
  body: string;
  guard?: string;
  /** `again` resolves a nested expression (the date after `since`) against the same anchor. */
  resolve(groups: Groups, anchor: Ymd | undefined, again: (text: string) => ResolvedTime | undefined): ResolvedTime | undefined;
}
