import { describe, expect, it } from 'vitest';
import { approxCompatible, parseNumber } from '../../../src/normalize/numbers/index.js';

const n = (text: string) => {
  const parsed = parseNumber(text);
  if (!parsed) throw new Error(`not a number: ${text}`);
  return parsed;
};

describe('approxCompatible (tolerance 0.05)', () => {
  it.each([
    ['nearly 10', 'almost 10', true],
    ['about 10', '10', true],
    ['nearly 10', '10', true],
    ['1,151', '1,151', true],
    // A figure written to hundreds or coarser is rounded: "600" may be 612, "more than 600".
    ['more than 600', '600', true],
    ['more than 610', '610', false],
    ['more than 72', '72', false],
    ['12 trillion', 'more than 12 trillion', true],
    // Half a unit of its last digit at most: "34,900" is not "34,297".
    ['34,900', '34,297', false],
    ['2,300', '2,000', false],
    ['more than 600', '650', true],
    ['more than 600', '1,200', false],
    ['at least 600', '600', true],
    ['less than 600', '600', true],
    ['less than 615', '615', false],
    ['up to 600', '600', true],
    ['about half', 'nearly half', true],
    ['9', '10', false],
    ['nine', '10', false],
    ['about 90', 'about 89', true],
    ['about 90', 'about 80', false],
    ['nearly 10', 'more than 10', false],
    ['about 10', 'more than 10', true],
    ['some 2,000', 'more than 2,000', true],
  ] as const)('%s vs %s → %s', (a, b, expected) => {
    expect(approxCompatible(n(a), n(b))).toBe(expected);
    expect(approxCompatible(n(b), n(a))).toBe(expected);
  });

  it('a wider tolerance accepts what a narrow one rejects', () => {
    expect(approxCompatible(n('about 90'), n('about 80'))).toBe(false);
    expect(approxCompatible(n('about 90'), n('about 80'), 0.1)).toBe(true);
  });
});
