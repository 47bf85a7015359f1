/**
 * compromise match strings parsed once. `doc.match('#Verb')` parses its string on every call,
 * which costs about as much as the match itself on a short sentence; the parsed form is what
 * compromise would build from the string, so matches are the same.
 */
import nlp from './nlp.js';

type Parsed = ReturnType<typeof nlp.parseMatch>;

const parsed = new Map<string, Parsed>();

/** The parsed form of a match string, built on first use. */
export function matchPattern(pattern: string): Parsed {
  let found = parsed.get(pattern);
  if (!found) {
    found = nlp.parseMatch(pattern);
    parsed.set(pattern, found);
  }
  return found;
}
