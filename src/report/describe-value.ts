import type { Approx, Value } from '../types.js';
import { formatOrdinal } from '../normalize/numbers/index.js';
import { describeSpan } from './describe-time.js';

const APPROX_WORDS: Record<Approx, string> = {
  about: 'about',
  nearly: 'nearly',
  'more-than': 'more than',
  'less-than': 'less than',
  'at-least': 'at least',
  'up-to': 'up to',
};

function approx(word: Approx | undefined, text: string): string {
  return word === undefined ? text : `${APPROX_WORDS[word]} ${text}`;
}

/** `1st`, `2nd`, `10th`, `23rd`. */
export const ordinal = formatOrdinal;

/** The normalized value in words, to show beside what the article wrote: `nearly 10 t`, `“…” — Jens Stoltenberg`. */
export function describeValue(value: Value): string {
  switch (value.type) {
    case 'count':
      return approx(value.approx, String(value.n));
    case 'quantity':
      return approx(value.approx, `${value.amount} ${value.unit}`);
    case 'date':
      return describeSpan(value.span);
    case 'name':
    case 'place':
      return value.text;
    case 'quote':
      return `“${value.text}” — ${value.speaker}`;
    case 'ordinal':
      return ordinal(value.n);
    case 'member':
      return value.ordinal === undefined ? value.text : `${value.text} (${ordinal(value.ordinal)})`;
  }
}
