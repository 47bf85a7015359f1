import { ADJECTIVE_NOUNS, IRREGULAR_PLURALS, NOUN_STOPS } from './vocabulary.js';

const WORD = /^[a-z][a-z'\u2019.-]*$/;

/** Whether a lower-case word looks like a plural noun (`crimes`, `people`), not `class` or `status`. */
export function looksPlural(word: string): boolean {
  if (word in IRREGULAR_PLURALS) return IRREGULAR_PLURALS[word] !== word;
  return /[^su'\u2019]s$/.test(word) && !/(ss|us|is)$/.test(word);
}

/** The singular of a lower-case noun: `crimes` → `crime`, `countries` → `country`, `speeches` → `speech`. */
export function singular(word: string): string {
  const irregular = IRREGULAR_PLURALS[word];
  if (irregular !== undefined) return irregular;
  if (!looksPlural(word)) return word;
  if (/[^aeiou]ies$/.test(word) && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(ch|sh|x|z)es$/.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}

/**
 * The head noun of the words after a number, singular and lower-case, or `''` when there is none.
 * The noun phrase ends at a stop word (`of`, `related`, `and`…) or at anything that is not a word.
 * Its head is the first plural word (`500 terrorist boot camps` → `camp`,
 * `2,000 officials trained` → `official`), else its last word (`one train` → `train`); after "and
 * other", the kind the phrase names (`100 homes and other buildings` → `building`). An adjective
 * for people right after the number is the noun (`21 dead, BFMTV reports` → `dead`).
 */
export function headNoun(words: readonly string[]): string {
  // "21 dead, BFMTV reports", "1,400 injured after the storm": an adjective for people is the noun,
  // unless a plural noun it describes follows ("200 injured people").
  const first = words[0] ?? '';
  if (ADJECTIVE_NOUNS.has(first) && !looksPlural(words[1] ?? '')) return first;
  const phrase: string[] = [];
  for (const [i, w] of words.entries()) {
    // "100 homes and other buildings": the things of which these are some.
    if (w === 'and' && words[i + 1] === 'other' && phrase.length > 0 && looksPlural(words[i + 2] ?? '')) return singular(words[i + 2]!);
    if (NOUN_STOPS.has(w) || !WORD.test(w)) break;
    phrase.push(w.replace(/['\u2019]s$|[.'\u2019]+$/g, ''));
  }
  const head = phrase.find(looksPlural) ?? phrase.at(-1);
  return head === undefined ? '' : singular(head);
}
