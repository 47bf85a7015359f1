import { describe, expect, it } from 'vitest';
import { describeTime } from '../../src/report/describe-time.js';
import { describeValue, ordinal } from '../../src/report/describe-value.js';
import type { ClaimTime, Value } from '../../src/types.js';

describe('describeTime', () => {
  it.each<[ClaimTime, string]>([
    [{ span: { start: '2025-08-29', end: '2025-08-29', precision: 'day' }, anchor: '2025-08-29', implied: [], basis: 'publication', certain: true }, 'as of 2025-08-29 (publication date)'],
    [{ span: { start: '2024-01-01', end: '2024-12-31', precision: 'year' }, text: "last year's summit", anchor: '2025-08-29', implied: [], basis: 'relative', certain: true }, `2024 ("last year's summit", from 2025-08-29)`],
    [{ span: { start: '2024-07-01', end: '2024-07-31', precision: 'month' }, text: 'last July', anchor: '2025-08-29', implied: ['year'], basis: 'relative', certain: true }, '2024-07 ("last July", from 2025-08-29, year implied)'],
    [{ span: { start: '2001-06-15', end: '2001-06-15', precision: 'day' }, text: 'June 15, 2001', implied: [], basis: 'written', certain: true }, '2001-06-15 ("June 15, 2001")'],
    [{ span: { start: '2001-01-01', end: '2021-12-31', precision: 'year' }, text: 'over 20 years', implied: [], basis: 'written', certain: false }, '2001 – 2021 ("over 20 years", uncertain)'],
    [{ text: 'earlier this month', implied: [], basis: 'none', certain: false }, 'undated ("earlier this month")'],
    [{ implied: [], basis: 'none', certain: false }, 'undated'],
  ])('%j reads %s', (time, expected) => {
    expect(describeTime(time)).toBe(expected);
  });
});

describe('describeValue', () => {
  it.each<[Value, string]>([
    [{ type: 'count', n: 9 }, '9'],
    [{ type: 'count', n: 2000, approx: 'more-than' }, 'more than 2000'],
    [{ type: 'quantity', amount: 10, unit: 't', approx: 'nearly' }, 'nearly 10 t'],
    [{ type: 'date', span: { start: '2001-06-15', end: '2001-06-15', precision: 'day' } }, '2001-06-15'],
    [{ type: 'name', text: 'Spider Web' }, 'Spider Web'],
    [{ type: 'place', text: 'Astana' }, 'Astana'],
    [{ type: 'quote', text: 'We always wish well to our neighbors.', speaker: 'Xi Jinping' }, '“We always wish well to our neighbors.” — Xi Jinping'],
    [{ type: 'ordinal', n: 2 }, '2nd'],
    [{ type: 'member', text: 'Belarus', ordinal: 10 }, 'Belarus (10th)'],
    [{ type: 'member', text: 'Iran' }, 'Iran'],
  ])('%j reads %s', (value, expected) => {
    expect(describeValue(value)).toBe(expected);
  });

  it.each([[1, '1st'], [2, '2nd'], [3, '3rd'], [4, '4th'], [11, '11th'], [12, '12th'], [13, '13th'], [21, '21st'], [22, '22nd'], [111, '111th']])(
    'ordinal(%i) is %s',
    (n, expected) => expect(ordinal(n)).toBe(expected),
  );
});
