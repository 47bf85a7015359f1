/**
 * Time expressions in news text: find them in a sentence, resolve them against the source's
 * publication date (never the clock), and compare the intervals they name.
 */
export { findTimeExpressions } from './find.js';
export { resolveTime } from './resolve.js';
export { compareSpans, spanContains } from './span.js';
export type { ResolvedTime, TimeMatch } from './types.js';
