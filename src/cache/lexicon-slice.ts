/**
 * The part of a drop's organisation lexicon that one source can see. Extraction of a source
 * reads the lexicon only through names and name words that occur in its own text: a name is
 * matched against the text, and the words of every name keep those words out of event places
 * ("Quorum summit" is no place when some organisation is called "… Quorum"). So entries and
 * words with no trace in the text cannot change its claims, and the cache key holds only the
 * rest: an article added to a drop invalidates the sources it names, not the whole drop.
 *
 * "A trace" is looser than any comparison extraction makes (a substring, ignoring case), so a
 * slice may hold more than extraction uses (a wasted miss), never less (a stale hit).
 * test/cache/lexicon-slice.test.ts checks that sources with equal slices extract equal claims.
 */
import { needleFinder } from './needle-finder.js';

export interface LexiconSlice {
  /** The entries with a name in the text, in lexicon order (later entries win a shared name). */
  organisations: Array<[string, string[]]>;
  /** Words of any organisation name that occur in the text, sorted. */
  words: string[];
}

/** Prepares the whole drop's organisations once; returns the slice for one text. */
export function lexiconSlicer(organisations: Record<string, string[]>): (text: string) => LexiconSlice {
  const entries = Object.entries(organisations);
  const needles: Array<{ text: string; entries: number[]; word: boolean }> = [];
  const idOf = new Map<string, number>();
  const needle = (text: string) => {
    let id = idOf.get(text);
    if (id === undefined) {
      id = needles.push({ text, entries: [], word: false }) - 1;
      idOf.set(text, id);
    }
    return needles[id] ?? { text, entries: [], word: false };
  };
  entries.forEach(([canonical, variants], index) => {
    for (const name of [canonical, ...variants]) {
      needle(name).entries.push(index);
      for (const word of name.split(/\s+/)) needle(word).word = true;
    }
  });
  const find = needleFinder(needles.map((n) => n.text));
  return (text) => {
    const found = [...find(text)].map((id) => needles[id]).filter((n) => n !== undefined);
    const seen = [...new Set(found.flatMap((n) => n.entries))].sort((a, b) => a - b);
    return {
      organisations: seen.map((index) => entries[index]).filter((entry) => entry !== undefined),
      words: found.filter((n) => n.word).map((n) => n.text).sort(),
    };
  };
}
