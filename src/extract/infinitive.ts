/**
 * The infinitive of a verb phrase ("were seized" → "seize"), by compromise. Tagging even two
 * words costs a whole pass of the tagger, and news text repeats a small set of verbs, so each
 * phrase is conjugated once; the answer depends on the words alone.
 */
import nlp from './nlp.js';

/** Enough for the verbs of a large drop; past it the memo starts again rather than grow. */
const MAX_ENTRIES = 10_000;
const known = new Map<string, string>();

/** compromise's infinitive of `words`, lower-cased, or `words` lower-cased when it finds no verb. */
export function infinitive(words: string): string {
  let found = known.get(words);
  if (found === undefined) {
    found = nlp(words).verbs().toInfinitive().text().toLowerCase() || words.toLowerCase();
    if (known.size >= MAX_ENTRIES) known.clear();
    known.set(words, found);
  }
  return found;
}
