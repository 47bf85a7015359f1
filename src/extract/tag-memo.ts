/**
 * Tagged sentences remembered by their text, across the sources one thread extracts. Tagging
 * is most of extraction's cost, and a drop repeats sentences: reprints, wire boilerplate, an
 * agency's standard paragraph, a quote carried by many outlets. compromise tags a text the same
 * way wherever it stands (`nlp(text)` sees the sentence alone), and extractors only read a
 * document (match, json, verbs), never change it, so a remembered document is the one a fresh
 * tagging would give. Bounded: past `MAX_ENTRIES` the least recently used is forgotten.
 */
import type { NlpDoc } from './context.js';

/** Enough for a drop's recurring sentences: a tagged sentence of about 130 characters holds about 12 KB, so at most about 25 MB. */
const MAX_ENTRIES = 2_000;

const docs = new Map<string, NlpDoc>();
const counts = { tagged: 0, reused: 0 };

/** The document `tag(text)` gives, from memory when the same text was tagged before. */
export function taggedText(text: string, tag: (text: string) => NlpDoc): NlpDoc {
  const known = docs.get(text);
  if (known) {
    counts.reused++;
    // Map keeps insertion order: moving a hit to the end makes the first entry the least recently used.
    docs.delete(text);
    docs.set(text, known);
    return known;
  }
  counts.tagged++;
  const doc = tag(text);
  if (docs.size >= MAX_ENTRIES) docs.delete(docs.keys().next().value as string);
  docs.set(text, doc);
  return doc;
}

/** How many sentences were tagged and how many were served from memory (for the bench). */
export function taggingCounts(): { tagged: number; reused: number } {
  return { ...counts };
}

/** Forgets every remembered document and resets the counts (the bench, to measure without repeats). */
export function forgetTaggedSentences(): void {
  docs.clear();
  counts.tagged = 0;
  counts.reused = 0;
}
