import { describe, expect, it } from 'vitest';
import { parseNumber, parseOrdinal } from '../../../src/normalize/numbers/index.js';

describe('parseNumber', () => {
  it.each([
    ['1,151', { n: 1151 }],
    ['14.4', { n: 14.4 }],
    ['two', { n: 2 }],
    ['nine', { n: 9 }],
    ['ten', { n: 10 }],
    ['fourteen', { n: 14 }],
    ['twenty-two', { n: 22 }],
    ['two hundred and fifty', { n: 250 }],
    ['a dozen', { n: 12 }],
    ['half', { n: 0.5 }],
    ['a quarter', { n: 0.25 }],
    ['three quarters', { n: 0.75 }],
    ['90 billion', { n: 90e9 }],
    ['1.2 million', { n: 1.2e6 }],
    ['3.5 trillion', { n: 3.5e12 }],
    ['half a million', { n: 5e5 }],
    ['5bn', { n: 5e9 }],
    ['500 crore', { n: 5e9 }],
    ['hundreds', { n: 200, approx: 'at-least' }],
    ['dozens', { n: 24, approx: 'at-least' }],
    ['tens of thousands', { n: 20000, approx: 'at-least' }],
    ['about 90 billion', { n: 90e9, approx: 'about' }],
    ['around 10', { n: 10, approx: 'about' }],
    ['some 2,000', { n: 2000, approx: 'about' }],
    ['roughly 5', { n: 5, approx: 'about' }],
    ['approximately 5', { n: 5, approx: 'about' }],
    ['nearly 10', { n: 10, approx: 'nearly' }],
    ['almost 10', { n: 10, approx: 'nearly' }],
    ['close to 10', { n: 10, approx: 'nearly' }],
    ['nearly half', { n: 0.5, approx: 'nearly' }],
    ['about half', { n: 0.5, approx: 'about' }],
    ['more than 600', { n: 600, approx: 'more-than' }],
    ['over 500', { n: 500, approx: 'more-than' }],
    ['above 27', { n: 27, approx: 'more-than' }],
    ['upwards of 40', { n: 40, approx: 'more-than' }],
    ['less than 5', { n: 5, approx: 'less-than' }],
    ['under 5', { n: 5, approx: 'less-than' }],
    ['fewer than 5', { n: 5, approx: 'less-than' }],
    ['at least 3', { n: 3, approx: 'at-least' }],
    ['up to 30', { n: 30, approx: 'up-to' }],
    ['600 or more', { n: 600, approx: 'at-least' }],
  ] as const)('%s → %o', (text, expected) => {
    expect(parseNumber(text)).toEqual(expected);
  });

  it.each([['crimes'], ['five years'], ['one two'], ['a'], [''], ['first']])('%s is not a number phrase', (text) => {
    expect(parseNumber(text)).toBeUndefined();
  });
});

describe('parseOrdinal', () => {
  it.each([
    ['22nd', 22],
    ['10th', 10],
    ['23rd', 23],
    ['first', 1],
    ['second', 2],
    ['third', 3],
    ['eleventh', 11],
    ['twentieth', 20],
    ['twenty-first', 21],
    ['one hundred and first', 101],
    ['first-ever', 1],
    ['the 18th', 18],
  ] as const)('%s → %d', (text, expected) => {
    expect(parseOrdinal(text)).toBe(expected);
  });

  it.each([['ten'], ['22'], ['crimes'], ['']])('%s is not an ordinal', (text) => {
    expect(parseOrdinal(text)).toBeUndefined();
  });
});
