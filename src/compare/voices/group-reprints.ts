/**
 * Finds reprints and translations of one story among a drop's sources, so that they count as one
 * voice. Pure and deterministic: texts in, a voice for each source that retells another out.
 */
import type { SameStoryLink, Voice } from '../../types.js';
import { UnionFind } from '../union-find.js';
import { countShared } from './shared-counts.js';
import { takeStoryFeatures } from './story-words.js';

export interface StoryText {
  id: string;
  text: string;
}

/** When two texts are one story. Overlap is measured against the smaller text, so a trimmed reprint still counts. */
export interface ReprintThresholds {
  /** Words per shingle. */
  shingleWords: number;
  /** A reprint: at least this share of the smaller text's shingles is in the other… */
  reprintOverlap: number;
  /** …and at least this many. */
  reprintMinShared: number;
  /** A translation: at least this share of the smaller text's content-word pairs is in the other… */
  translationOverlap: number;
  /** …and at least this many. */
  translationMinShared: number;
  /** A feature in more texts than this is boilerplate and skipped (bounds the cost). */
  maxHolders: number;
}

/**
 * Measured on the seed corpus with quotations left out: the translated pair (000/001) shares 14% of
 * shingles and 35% of content-word pairs; unrelated articles on the same topic at most 7% and 15%
 * (the varied test corpora alike), so the thresholds sit between them.
 */
export const DEFAULT_REPRINT_THRESHOLDS: ReprintThresholds = {
  shingleWords: 5,
  reprintOverlap: 0.3,
  reprintMinShared: 10,
  translationOverlap: 0.25,
  translationMinShared: 20,
  maxHolders: 64,
};

interface Link {
  a: number;
  b: number;
  relation: SameStoryLink['relation'];
  overlap: number;
}

function measure(
  sets: ReadonlyArray<Uint32Array>,
  relation: SameStoryLink['relation'],
  minOverlap: number,
  minShared: number,
  maxHolders: number,
): Link[] {
  return countShared(sets, maxHolders)
    .map(({ a, b, shared }) => ({ a, b, shared, overlap: shared / Math.min(sets[a]!.length, sets[b]!.length) }))
    .filter((pair) => pair.shared >= minShared && pair.overlap >= minOverlap)
    .map(({ a, b, overlap }) => ({ a, b, relation, overlap }));
}

/**
 * Groups sources whose texts are mostly one story: a reprint shares runs of words verbatim, a
 * translation (back into the drop's language) shares its content words in nearly the same order.
 * Returns a voice for every source in a group of two or more, keyed by source id; a source missing
 * from the map is a voice of its own. A pair that is both counts as a reprint.
 */
export function groupReprints(texts: readonly StoryText[], thresholds = DEFAULT_REPRINT_THRESHOLDS): Map<string, Voice> {
  const ordered = [...texts].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const features = ordered.map((story) => takeStoryFeatures(story, thresholds.shingleWords));
  const t = thresholds;
  const reprints = measure(features.map((f) => f.shingles), 'reprint', t.reprintOverlap, t.reprintMinShared, t.maxHolders);
  const translations = measure(features.map((f) => f.contentPairs), 'translation', t.translationOverlap, t.translationMinShared, t.maxHolders);
  const seen = new Set(reprints.map((link) => `${link.a} ${link.b}`));
  const links = [...reprints, ...translations.filter((link) => !seen.has(`${link.a} ${link.b}`))];

  const groups = new UnionFind(ordered.length);
  for (const link of links) groups.union(link.a, link.b);
  const voices = new Map<string, Voice>();
  for (const cluster of groups.clusters()) {
    const id = ordered[cluster[0]!]!.id;
    for (const index of cluster) {
      const sameStoryAs = links
        .filter((link) => link.a === index || link.b === index)
        .map((link) => ({
          source: ordered[link.a === index ? link.b : link.a]!.id,
          relation: link.relation,
          overlap: Math.round(link.overlap * 100) / 100,
        }))
        .sort((x, y) => (x.source < y.source ? -1 : x.source > y.source ? 1 : 0));
      voices.set(ordered[index]!.id, { id, sameStoryAs });
    }
  }
  return voices;
}
