import { describe, expect, it } from 'vitest';
import { compareSpans, spanContains } from '../../../src/normalize/time/index.js';
import type { TimeSpan } from '../../../src/types.js';

const year = (y: number): TimeSpan => ({ start: `${y}-01-01`, end: `${y}-12-31`, precision: 'year' });
const day = (d: string): TimeSpan => ({ start: d, end: d, precision: 'day' });

describe('compareSpans', () => {
  it.each([
    [day('2024-07-04'), day('2025-08-29'), 'before'],
    [day('2025-08-29'), day('2024-07-01'), 'after'],
    [year(2024), day('2024-07-04'), 'overlap'],
    [year(2024), year(2025), 'before'],
    [day('2025-08-29'), day('2025-08-29'), 'overlap'],
    [{ start: '2013-01-01', end: '2017-12-31', precision: 'year' }, year(2017), 'overlap'],
  ] as const)('%o vs %o → %s', (a, b, expected) => {
    expect(compareSpans(a, b)).toBe(expected);
  });
});

describe('spanContains', () => {
  it.each([
    [year(2001), day('2001-06-15'), true],
    [day('2001-06-15'), year(2001), false],
    [year(2024), year(2024), true],
    [{ start: '2013-01-01', end: '2017-12-31', precision: 'year' }, year(2018), false],
  ] as const)('%o contains %o → %s', (outer, inner, expected) => {
    expect(spanContains(outer, inner)).toBe(expected);
  });
});
