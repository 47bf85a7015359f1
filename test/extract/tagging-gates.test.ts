/**
 * The text tests that decide whether a sentence is worth tagging. Each must be looser than the
 * tagger: on every sentence of the seed and dev corpora, one it turns away has no match.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from '../../src/extract/nlp.js';
import { describe, expect, it } from 'vitest';
import { countGate } from '../../src/extract/extractors/count-gate.js';
import { mayStartName } from '../../src/extract/name-list.js';
import { hasRequiredWords, requiredWords, wordsOf } from '../../src/extract/pattern-words.js';
import { sentenceBounds } from '../../src/extract/sentences.js';
import { parseNumber } from '../../src/normalize/numbers/index.js';
import { projectRules } from '../support/sources.js';

const extractSpec = (extractor: string) => projectRules.rules.find((r) => r.extract?.extractor === extractor)?.extract;
const NOUNS = Object.values(extractSpec('count')?.properties ?? {}).flat().sort((a, b) => b.length - a.length);
const PATTERNS = extractSpec('membership-event')?.patterns ?? [];

function corpusSentences(): string[] {
  const files = ['sources', 'test/corpus/dev'].flatMap((dir) => readdirSync(dir).filter((f) => !f.endsWith('.yaml')).map((f) => join(dir, f)));
  return files.flatMap((file) => readFileSync(file, 'utf8').split(/\n\s*\n/).flatMap((p) => sentenceBounds(p).map(([s, e]) => p.slice(s, e))));
}

describe('count gate', () => {
  const mayCount = countGate(NOUNS);
  it.each([
    ['It has 10 member states, two observer states and 14 dialogue partners.', true],
    ['The bloc now has twenty-two members.', true],
    ['It counts 600+ members.', true],
    ['A dozen members walked out.', true],
    ['the 1,151 members', true],
    ['The members met on Tuesday.', false],
    ['Hundreds of members marched.', false],
    ['The first members joined in 2001.', false],
    ['Its membership grew to 10 states.', false],
  ])('%j → %s', (sentence, expected) => {
    expect(mayCount(sentence.toLowerCase())).toBe(expected);
  });

  it('turns away no sentence with a count the tagger finds', () => {
    const pattern = `#Value+ (${NOUNS.join('|')})`;
    const missed = corpusSentences().filter((sentence) => {
      if (mayCount(sentence.toLowerCase())) return false;
      const matches = nlp(sentence).match(pattern).json({ offset: true }) as Array<{ offset: { start: number; length: number } }>;
      return matches.some(({ offset }) => {
        const text = sentence.slice(offset.start, offset.start + offset.length).replace(/[,.;:]+$/, '');
        const noun = NOUNS.find((n) => text.toLowerCase().endsWith(n));
        return noun !== undefined && parseNumber(text.slice(0, text.length - noun.length).trim()) !== undefined;
      });
    });
    expect(missed).toEqual([]);
  });
});

describe('pattern words', () => {
  it.each([
    ['#ProperNoun+ (officially|formally)? (joined|joins)', [['joined', 'joins']]],
    ['becoming the #Ordinal (member|state)', [['becoming'], ['the'], ['member', 'state']]],
    ['#ProperNoun+ (was|were|is|has been)? admitted', [['admitted']]],
    // "is" may be read out of "it's": it asks nothing of the text.
    ['(is|are) #Adverb? #Verb', []],
  ])('%s needs %j', (pattern, expected) => {
    expect(requiredWords(pattern)).toEqual(expected);
  });

  it.each([
    ['Timor-Leste re-joined the bloc.', ['rejoined', 'timorleste', 'joined']],
    ['The U.N. said so.', ['un']],
    ['Björk was admitted.', ['bjork', 'admitted']],
    ["They were joinin' in.", ['joining']],
  ])('%j has the words %j', (text, words) => {
    const found = wordsOf(text);
    expect(words.filter((w) => !found.has(w))).toEqual([]);
  });

  it('turns away no sentence a membership pattern matches', () => {
    const gates = PATTERNS.map((pattern) => ({ pattern, words: requiredWords(pattern) }));
    const missed = corpusSentences().filter((sentence) => {
      const words = wordsOf(sentence);
      const doc = nlp(sentence);
      return gates.some(({ pattern, words: needed }) => !hasRequiredWords(words, needed) && doc.match(pattern).found);
    });
    expect(missed).toEqual([]);
  });
});

describe('a name may start', () => {
  it.each([
    ['founders: Indonesia, Malaysia and Thailand', 10, true],
    ['members, the Philippines and Laos', 8, true],
    ['members, Trinidad and Tobago', 8, true],
    ['members, which met in May', 8, false],
    ['members, and more', 8, false],
  ])('in %j after %i: %s', (text, from, expected) => {
    expect(mayStartName(text, from, ['Trinidad and Tobago'])).toBe(expected);
  });
});
