/**
 * A person's age written after the name, as news writes it: "José Mynor López, 37, of Baltimore",
 * "Maynor Suazo-Sandoval, 38, a father of two". Two outlets that give one person two ages in the
 * same year disagree.
 */

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

/** Words that start a capitalised run but are no name: months, days, places' kinds. */
const NOT_NAMES = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|On|In|At|By)\b/;

/** The ages written after people's names in `text`. */
export function agesIn(text: string): AgeMention[] {
  const ages: AgeMention[] = [];
  for (const match of text.matchAll(AGE)) {
    const [whole, name = '', digits = ''] = match;
    const age = Number(digits);
    if (age < 1 || age > 110 || NOT_NAMES.test(name)) continue;
    const at = match.index ?? 0;
    ages.push({ at, digit: at + whole.length - digits.length, name, age });
  }
  return ages;
}
