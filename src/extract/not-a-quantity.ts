/**
 * Figures that are no quantity although they stand before a word: a time of day ("at 11 p.m.
 * local time", "(2211 GMT)", "06:23 WIB") and a number that ends a name ("the Falcon 9 rocket",
 * "the Apollo 17 mission").
 */

/** Whether the figure whose first digit is at `digit` (its match starting at `at`) is no quantity. */
export function notAQuantity(text: string, at: number, digit: number): boolean {
  return TIME_OF_DAY.test(text.slice(digit, digit + 16)) || /\d[:.]$/.test(text.slice(Math.max(0, digit - 2), digit)) || numberInName(text, at);
}

/** Capitalised words a figure may follow without being part of a name: months, days, currency words. */
const NOT_NAMES = new Set(
  'January February March April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday Rs Rp No Nos US HK A An The In On At Of By For From To With About Some Only Just Nearly Almost Over Under And Or But As Its His Her Their Our Another Each Every All Around Roughly Approximately Total Toll'.split(' '),
);

/**
 * Whether the figure at `at` ends a name ("the Falcon 9 rocket", "Apollo 17"): right after a
 * capitalised word that does not open the sentence.
 */
function numberInName(text: string, at: number): boolean {
  // "the United States $17.5 million": a sum after a name is that name's.
  if (!/^\d/.test(text.slice(at, at + 1))) return false;
  const m = /(\S+)\s+(\p{Lu}[\p{L}'’-]*)\s$/u.exec(text.slice(Math.max(0, at - 60), at));
  // "the EU's 27 countries": a possessive owns the figure; it does not name it.
  return m !== null && !/[.:;!?"“”]$/.test(m[1]!) && !NOT_NAMES.has(m[2]!) && !/^\p{Lu}{2,}$/u.test(m[2]!) && !/['’]s$/.test(m[2]!);
}

/** A time of day at a figure: "11 p.m.", "7:25 a.m.", "1325 GMT", "22:11 UTC". */
const TIME_OF_DAY = /^(?:\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\b\.?|p\.?m\b\.?)|\d{1,2}:?\d{2}\s*(?:GMT|UTC)\b)/i;
