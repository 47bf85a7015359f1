/**
 * The verbs of a tagged sentence with their offsets, read once per document: the tense of a
 * value and the verb that governs a quantity both look for the verb nearest a position.
 */
import type { NlpDoc } from './context.js';
import { matchPattern } from './match-pattern.js';

export interface VerbMatch {
  text: string;
  offset: { start: number };
  terms: Array<{ tags: string[] }>;
}

const found = new WeakMap<NlpDoc, readonly VerbMatch[]>();

/** Every `#Verb` match of `doc`, in sentence order; callers copy before sorting. */
export function verbsOf(doc: NlpDoc): readonly VerbMatch[] {
  let verbs = found.get(doc);
  if (!verbs) {
    verbs = doc.match(matchPattern('#Verb')).json({ offset: true }) as VerbMatch[];
    found.set(doc, verbs);
  }
  return verbs;
}
