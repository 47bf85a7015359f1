/**
 * What changed between two organisation lexicons, as a source's slice sees it (lexicon-slice.ts).
 * A slice is made of the needles (organisation names and the words of names) found in the text:
 * the entries having a found needle as a name, in lexicon order, and the found needles that are
 * words. So a text holding none of the needles whose standing changed (the entries it names, or
 * whether it is a word) has the same slice under both lexicons, as long as the entries both hold
 * keep their order; and a source with the same slice, rules and content has the same claim key.
 * A warm run whose new articles define organisations then searches the old sources for these few
 * needles only (claim-key.ts), and keeps the old key of every source that holds none of them.
 */
import { needleFinder } from './needle-finder.js';

/**
 * The needles whose standing differs between `before` and `after` (each an organisation lexicon:
 * canonical name to variants); undefined when the entries both lexicons hold (the same canonical
 * name and variants) are not in the same order in both, and no slice can be taken as unchanged.
 */
export function changedNeedles(before: Readonly<Record<string, readonly string[]>>, after: Readonly<Record<string, readonly string[]>>): string[] | undefined {
  const entriesBefore = Object.entries(before).map(([canonical, variants]) => ({ canonical, variants, id: entryId(canonical, variants) }));
  const entriesAfter = Object.entries(after).map(([canonical, variants]) => ({ canonical, variants, id: entryId(canonical, variants) }));
  const idsBefore = new Set(entriesBefore.map((entry) => entry.id));
  const idsAfter = new Set(entriesAfter.map((entry) => entry.id));
  const keptBefore = entriesBefore.filter((entry) => idsAfter.has(entry.id));
  const keptAfter = entriesAfter.filter((entry) => idsBefore.has(entry.id));
  if (keptBefore.some((entry, i) => entry.id !== keptAfter[i]?.id)) return undefined;
  // Only the names and words of the entries added, removed or changed can change standing.
  const candidates = new Set<string>();
  for (const entry of [...entriesBefore.filter((e) => !idsAfter.has(e.id)), ...entriesAfter.filter((e) => !idsBefore.has(e.id))]) {
    for (const name of namesOf(entry)) {
      candidates.add(name);
      for (const word of wordsOf(name)) candidates.add(word);
    }
  }
  if (candidates.size === 0) return [];
  const standingBefore = standings(entriesBefore, candidates);
  const standingAfter = standings(entriesAfter, candidates);
  return [...candidates].filter((needle) => standingBefore.get(needle) !== standingAfter.get(needle));
}

interface Entry {
  canonical: string;
  variants: readonly string[];
  id: string;
}

function entryId(canonical: string, variants: readonly string[]): string {
  return JSON.stringify([canonical, variants]);
}

/** An entry's names, as lexicon-slice.ts takes them. */
function namesOf(entry: Entry): string[] {
  return [entry.canonical, ...entry.variants];
}

/** A name's words, as lexicon-slice.ts splits them. */
function wordsOf(name: string): string[] {
  return name.split(/\s+/);
}

/** Per candidate needle of a lexicon: the entries it is a name of (by id, in order) and whether it is a word of some name, as one string. */
function standings(entries: readonly Entry[], candidates: ReadonlySet<string>): Map<string, string> {
  const names = new Map<string, string[]>();
  const words = new Set<string>();
  for (const entry of entries) {
    for (const name of namesOf(entry)) {
      if (candidates.has(name)) names.set(name, [...(names.get(name) ?? []), entry.id]);
      for (const word of wordsOf(name)) if (candidates.has(word)) words.add(word);
    }
  }
  return new Map([...candidates].map((needle) => [needle, JSON.stringify([words.has(needle), names.get(needle) ?? []])]));
}

/** The most needles looked for with one regular expression. */
const MAX_EXPRESSION = 64;

/**
 * Code points that fold (needle-finder.ts) or lower-case to ASCII, and the combining dot the
 * finder skips: a text without any of them folds to ASCII only where it is ASCII itself.
 * test/cache/lexicon-change.test.ts checks the list against every code point.
 */
export const FOLDS_TO_ASCII = /[\u00df\u0130\u0131\u017f\u01f0\u0307\u1e96-\u1e9a\u1e9e\u212a\ufb00-\ufb06]/;

/**
 * Whether a text may hold one of a few needles as the needle finder sees them (ignoring case);
 * never false when the finder would find one. For ASCII needles and a text without any code
 * point of FOLDS_TO_ASCII, one case-insensitive regular expression (about four times faster than
 * the finder over a drop's texts: it skips ahead); else, and for more than `MAX_EXPRESSION`
 * needles (an alternation tries each), the finder over the needles.
 */
export function mayHoldAny(needles: readonly string[]): (text: string) => boolean {
  if (needles.length === 0) return () => false;
  const find = needleFinder(needles);
  const byFinder = (text: string) => find(text).size > 0;
  if (needles.length > MAX_EXPRESSION || needles.some((needle) => needle === '' || /[^\x00-\x7f]/.test(needle))) return byFinder;
  const any = new RegExp(needles.map((needle) => needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'i');
  return (text) => (FOLDS_TO_ASCII.test(text) ? byFinder(text) : any.test(text));
}
