/**
 * Long runs of words after the words extractors key on, in lower case, capitals and all capitals:
 * every sentence is read to the end. Patterns that could cut a run of words into pieces in every
 * way took minutes on one sentence of a real drop ("Eight members of a construction crew who were
 * filling potholes …", test8); such a pattern makes this test run into its time-out. It asserts
 * that extraction finishes and stays sane, not how fast it is (speed lives in `npm run bench`).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { claimsFrom } from '../support/sources.js';
import { SEED } from './mutate.js';

const OPENERS = ['Eight members of', 'the summit of the', 'the 12 founding members, ', 'met in', 'according to the', 'At least 95 people died,', 'The 985-foot', 'said the', 'a meeting of the'];
const word = fc.oneof(
  fc.stringMatching(/^[a-z]{1,12}$/),
  fc.stringMatching(/^[A-Z][a-z]{1,10}$/),
  fc.stringMatching(/^[A-Z]{2,14}$/),
  fc.constantFrom('of', 'and', 'the', 'in', '-', ',', 'who', 'were'),
);
const sentence = fc.tuple(fc.constantFrom(...OPENERS), fc.array(word, { minLength: 15, maxLength: 40 })).map(([opener, words]) => `${opener} ${words.join(' ')}.`);

describe('long runs of words after trigger words', () => {
  it('are read to the end', () => {
    fc.assert(
      fc.property(sentence, (text) => {
        const claims = claimsFrom(text, '2024-03-27');
        expect(claims.every((c) => c.evidence.text.length > 0)).toBe(true);
      }),
      { seed: SEED, numRuns: 40 },
    );
  }, 60_000);
});
