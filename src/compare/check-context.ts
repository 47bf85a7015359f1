/**
 * What a check may read beyond its group, said precisely: the claims of one sentence, or the
 * claims about one subject with given properties. A check that reads only these (not `all`) lets
 * the compare memo (compare-memo.ts) reuse its findings when other parts of the drop change: a
 * warm run after adding articles then checks again only the groups those parts touch.
 */
import type { RuleSet } from '../rules/types.js';
import type { Claim } from '../types.js';
import type { CheckContext } from './types.js';
import { groupBy } from '../group-by.js';

/** The drop's claims by sentence and by subject, built once per list of claims (on first use). */
export interface ClaimIndex {
  /** The claims stated in the sentence of `source` at `offset`, in drop order. */
  sentence(source: string, offset: number): readonly Claim[];
  /** The claims about `subjectKey` whose property is one of `properties`, in drop order. */
  about(subjectKey: string, properties: readonly string[]): Claim[];
}

const NONE: readonly Claim[] = [];
const indexes = new WeakMap<readonly Claim[], ClaimIndex>();

/** The index of `all` (the same object for the same list: built once per compare run). */
export function claimIndex(all: readonly Claim[]): ClaimIndex {
  let index = indexes.get(all);
  if (index) return index;
  let bySentence: Map<string, Map<number, Claim[]>> | undefined;
  let bySubject: Map<string, Claim[]> | undefined;
  index = {
    sentence(source, offset) {
      bySentence ??= bySourceAndOffset(all);
      return bySentence.get(source)?.get(offset) ?? NONE;
    },
    about(subjectKey, properties) {
      bySubject ??= groupBy(all, (claim) => claim.subject.key);
      const wanted = new Set(properties);
      return (bySubject.get(subjectKey) ?? NONE).filter((claim) => wanted.has(claim.property));
    },
  };
  indexes.set(all, index);
  return index;
}

/** The context a check is given when nothing records what it reads. */
export function checkContext(rules: RuleSet, all: Claim[]): CheckContext {
  const index = claimIndex(all);
  return { rules, all, sentence: (claim) => index.sentence(claim.source, claim.evidence.offset), about: (subjectKey, properties) => index.about(subjectKey, properties) };
}

/**
 * Claims by source, then by the offset of their sentence, in drop order: two maps rather than one
 * keyed by source and offset together, so that no key is made per claim (a drop has 170,000).
 */
function bySourceAndOffset(all: readonly Claim[]): Map<string, Map<number, Claim[]>> {
  const sources = new Map<string, Map<number, Claim[]>>();
  let source: string | undefined;
  let offsets: Map<number, Claim[]> | undefined;
  for (const claim of all) {
    // A source's claims mostly come together: its map is looked up again only when the source changes.
    if (claim.source !== source || offsets === undefined) {
      source = claim.source;
      offsets = sources.get(source);
      if (offsets === undefined) sources.set(source, (offsets = new Map()));
    }
    const offset = claim.evidence.offset;
    const claims = offsets.get(offset);
    if (claims) claims.push(claim);
    else offsets.set(offset, [claim]);
  }
  return sources;
}
