/**
 * English number words as data: the vocabulary `parseNumber` and `parseOrdinal` read.
 * Generic English, no topic words.
 */

/** Words for 0–19. */
export const SMALL: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
};

/** Words for the tens, 20–90. */
export const TENS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** Words that multiply the group before them (`two hundred`, `a dozen`). */
export const MULTIPLIERS: Readonly<Record<string, number>> = { hundred: 100, dozen: 12 };

/** Words that close a group (`90 billion`, `two thousand`, South Asian `lakh` and `crore`). */
export const SCALES: Readonly<Record<string, number>> = {
  thousand: 1e3, lakh: 1e5, million: 1e6, crore: 1e7, billion: 1e9, trillion: 1e12,
};

/** Abbreviated scales written after digits: `5bn`, `3 mln`. */
export const SCALE_ABBREVIATIONS: Readonly<Record<string, number>> = {
  k: 1e3, mn: 1e6, mln: 1e6, bn: 1e9, tn: 1e12, trn: 1e12,
};

/** Fractions, singular and plural (`half`, `three quarters`). */
export const FRACTIONS: Readonly<Record<string, number>> = {
  half: 1 / 2, halves: 1 / 2, third: 1 / 3, thirds: 1 / 3, quarter: 1 / 4, quarters: 1 / 4,
};

/**
 * Plural round numbers that name no exact value ("dozens of times", "hundreds of camps"):
 * the plural means at least two of them, so each maps to that lower bound.
 * `tens` only counts before `of thousands`/`of millions`.
 */
export const VAGUE_PLURALS: Readonly<Record<string, number>> = {
  tens: 20, dozens: 24, scores: 40, hundreds: 200, thousands: 2e3, millions: 2e6, billions: 2e9,
};

/** Plural scales that may follow `hundreds of`, `tens of`. */
export const PLURAL_SCALES: Readonly<Record<string, number>> = {
  thousands: 1e3, millions: 1e6, billions: 1e9,
};

/** Ordinal words whose cardinal is not the word minus `th`. */
export const IRREGULAR_ORDINALS: Readonly<Record<string, string>> = {
  first: 'one', second: 'two', third: 'three', fifth: 'five', eighth: 'eight', ninth: 'nine',
  twelfth: 'twelve',
};

/** Every cardinal word, for regular expressions that must recognise counts (`two decades ago`). */
export const CARDINAL_WORDS: readonly string[] = [...Object.keys(SMALL), ...Object.keys(TENS)];
