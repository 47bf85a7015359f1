/**
 * A person's age written after the name, as news writes it: "José Mynor López, 37, of Baltimore",
 * "Maynor Suazo-Sandoval, 38, a father of two". Two outlets that give one person two ages in the
 * same year disagree.
 */

import { DAY_AND_MONTH_NAMES } from '../normalize/time/months.js';

export interface AgeMention {
  /** Where the name starts in the text. */
  at: number;
  /** Where the age's digits start. */
  digit: number;
  name: string;
  age: number;
}

/** A name of two to four capitalised words, a comma, an age of one to three digits, and a comma or "of". */
const WORD = "\\p{Lu}[\\p{Ll}'’]+(?:-\\p{L}[\\p{Ll}'’]+)*";
const AGE = new RegExp(`(?<![\\p{L}\\d])(${WORD}(?:[ \\t]+(?:(?:de|da|del|dos|van|von|al|bin)[ \\t]+)?${WORD}){1,3}),[ \\t]+(\\d{1,3})(?=,|[ \\t]+of\\b)`, 'gu');

/** Words that start a capitalised run but open a sentence rather than a name. */
const OPENERS = new Set(['the', 'on', 'in', 'at', 'by']);

/** The ages written after people's names in `text`. */
export function agesIn(text: string): AgeMention[] {
  const ages: AgeMention[] = [];
  for (const match of text.matchAll(AGE)) {
    const [whole, name = '', digits = ''] = match;
    const age = Number(digits);
    if (age < 1 || age > 110 || notAName(name)) continue;
    const at = match.index ?? 0;
    ages.push({ at, digit: at + whole.length - digits.length, name, age });
  }
  return ages;
}

/** "March 26, …", "The Key Bridge, 47": a run that starts with a day or month name or an opening word is no name. */
function notAName(name: string): boolean {
  const first = name.split(/\s/)[0]!.toLowerCase();
  return DAY_AND_MONTH_NAMES.has(first) || OPENERS.has(first);
}
