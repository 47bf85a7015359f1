import type { Kind } from '../../types.js';

/** How each kind reads on a badge or a filter box. */
export const KIND_LABELS: Record<Kind, string> = {
  conflict: 'conflict',
  'temporal-change': 'temporal change',
  'name-variant': 'name variant',
  'quote-variant': 'quote variant',
  unresolved: 'unresolved',
};
