import { TENS } from './words.js';

const TENS_HYPHEN = new RegExp(`\\b(${Object.keys(TENS).join('|')})-(?=[a-z])`, 'g');

/**
 * Splits a number phrase into lower-case tokens the number reader understands:
 * `twenty-two` → `twenty two`, `14.4%` → `14.4 %`, `612-km` → `612 km`, `57km` → `57 km`,
 * `57.1-km-long` → `57.1 km`, `600+` → `600 +`.
 * Dots inside words (`u.s.`) and thousands separators (`1,151`) are kept.
 */
export function tokenize(text: string): string[] {
  const spaced = text
    .toLowerCase()
    .replace(/[\u2013\u2014]/g, '-')
    .replace(TENS_HYPHEN, '$1 ')
    .replace(/(\d)(%|\+)/g, '$1 $2')
    .replace(/(\d)-(?=[a-z])/g, '$1 ')
    // "57km", "53.9km": a short unit glued to the number; "km-long" is the unit.
    .replace(/(\d)(km|kg|mi|mm|cm|ha|kw|mw|gw|kph|mph|km2|sq km)\b/g, '$1 $2')
    .replace(/([a-z\d])-(?:long|wide|high|deep|tall|thick)\b/g, '$1');
  return spaced
    .split(/\s+/)
    .map((t) => t.replace(/^[("'\u201c\u2018]+|[),;:!?"'\u201d\u2019]+$/g, ''))
    // A sentence's full stop after a word ("$420 million.") is not part of it; "a.m." keeps its dots.
    .map((t) => t.replace(/(?<=[a-z]{2})\.$/, ''))
    // "a magnitude of 6.8." at the end of a sentence: the full stop after a number ends the sentence.
    .map((t) => t.replace(/(?<=\d)\.$/, ''))
    .filter((t) => t.length > 0);
}
