/**
 * Whether a sentence can hold a count at all, decided on its text before compromise tags it.
 * A count is compromise's `#Value+` right before a counted noun, and it is only kept when its
 * text ends with the noun and `parseNumber` reads the rest, so the word just before the noun
 * (punctuation and spaces between) must end a number: hold a digit, or be a number word, a
 * scale, a fraction or the end of a trailing qualifier ("or more"). The gate is looser than
 * those tests and never turns away a sentence that yields a count.
 */
import { APPROX_SUFFIXES } from '../../normalize/numbers/approx.js';
import { FRACTIONS, MULTIPLIERS, SCALES, SMALL, TENS, VAGUE_PLURALS } from '../../normalize/numbers/words.js';
import { escape } from '../organisations.js';

/** Words a number phrase can end with, besides digits. */
const NUMBER_ENDINGS = [
  ...[SMALL, TENS, MULTIPLIERS, SCALES, FRACTIONS, VAGUE_PLURALS].flatMap((table) => Object.keys(table)),
  ...APPROX_SUFFIXES.map(([phrase]) => phrase.split(' ').at(-1) ?? '').filter((word) => /^\p{L}+$/u.test(word)),
];

/** A test on lower-case sentence text: can a number stand right before one of `nouns`? */
export function countGate(nouns: string[]): (lower: string) => boolean {
  const key = nouns.join('\n');
  let gate = gates.get(key);
  if (!gate) {
    gate = buildGate(nouns);
    gates.set(key, gate);
  }
  return gate;
}

/** Gates by noun list: every source asks for the same few, and building one escapes every number word. */
const gates = new Map<string, (lower: string) => boolean>();

function buildGate(nouns: string[]): (lower: string) => boolean {
  const noun = nouns.map((n) => n.toLowerCase().split(/\s+/).map(escape).join('[^\\p{L}\\p{N}]+')).join('|');
  const ending = NUMBER_ENDINGS.map(escape).join('|');
  const pattern = new RegExp(`(?:\\d[\\p{L}\\p{N}.,]*|(?<![\\p{L}\\p{N}])(?:${ending}))[^\\p{L}\\p{N}]*(?:${noun})(?![\\p{L}\\p{N}])`, 'u');
  return (lower) => pattern.test(lower);
}
