import { describe, expect, it } from 'vitest';
import { agesIn } from '../../src/extract/age.js';
import { claimsFrom } from '../support/sources.js';

// Sentences from test/corpus/test8 (the Key Bridge collapse).
describe('ages written after a name', () => {
  it.each([
    ['He was identified as José Mynor López, 37, of Baltimore.', [['José Mynor López', 37]]],
    ['The last to be found was José Mynor López, 35, whose body was recovered on May 7.', [['José Mynor López', 35]]],
    ['Dorlian Ronial Castillo Cabrera, 26, and Maynor Suazo-Sandoval, 38, were among them.', [['Dorlian Ronial Castillo Cabrera', 26], ['Maynor Suazo-Sandoval', 38]]],
  ])('%s', (text, expected) => {
    expect(agesIn(text).map((a) => [a.name, a.age])).toEqual(expected);
  });

  it.each([
    ['a date', 'The bridge fell on March 26, 2024, at night.'],
    ['a day of the month', 'It closed on Tuesday, March 26, and reopened in June.'],
    ['one word before the comma', 'Baltimore, 35, was the figure.'],
    ['a count after a name', 'The Key Bridge, 47 years old, fell.'],
  ])('%s: none', (_name, text) => {
    expect(agesIn(text)).toEqual([]);
  });

  it('keys an age by the person, so that two outlets\' ages for one person meet', () => {
    const claims = claimsFrom('He was identified as José Mynor López, 37, of Baltimore. The last to be found was Jose Mynor Lopez, 35, whose body was recovered.', '2024-05-15', 'generic.quantity');
    expect(claims.map((c) => [c.subject.key, c.value.type === 'quantity' ? `${c.value.amount} ${c.value.unit}` : ''])).toEqual([
      ['age:js lps', '37 year'],
      ['age:js lps', '35 year'],
    ]);
  });
});
