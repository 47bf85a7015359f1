/**
 * Every finding on a generated drop, accounted for: a disagreement the generator injected (and
 * whether it was found as the kind it should be), a finding made only of the seed corpus's own
 * sentences (the generator shuffles real paragraphs across articles of other dates, so the seed
 * corpus's real changes and variants recur), or neither: a false alarm on the generated text,
 * which the benchmark reports so that it is looked at.
 */
import type { Discrepancy } from '../src/types.js';
import type { Injected } from './generate.js';

export interface Accounting {
  injected: number;
  found: number;
  /** Findings of seed-corpus sentences only. */
  seed: number;
  /** Findings that are neither: each one needs a look. */
  unexplained: Discrepancy[];
}

export function accountFor(discrepancies: readonly Discrepancy[], injected: readonly Injected[], seedText: string): Accounting {
  const expected = new Map(injected.map((i) => [`${i.kind}\0${i.property}\0${i.subject}`, i]));
  const found = new Set<Injected>();
  let seed = 0;
  const unexplained: Discrepancy[] = [];
  for (const d of discrepancies) {
    const hit = expected.get(`${d.kind}\0${d.property}\0${d.subject}`);
    if (hit) found.add(hit);
    else if (d.claims.every((c) => seedText.includes(c.text))) seed++;
    else unexplained.push(d);
  }
  return { injected: injected.length, found: found.size, seed, unexplained };
}
