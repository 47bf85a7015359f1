import { describe, expect, it } from 'vitest';
import { breakdownAfter } from '../../src/extract/breakdown.js';
import { claimsFrom } from '../support/sources.js';

/** The parts read after the first figure of `text`. */
function partsOf(text: string): [string, number, string][] {
  const from = text.search(/\d/) + (/^[\d,]+/.exec(text.slice(text.search(/\d/)))?.[0].length ?? 0);
  return breakdownAfter(text, from).map((part) => [part.phrase, part.amount, part.within]);
}

// Sentences from test/corpus/test6 (the Noto earthquake) and test7 (the Valencia floods).
describe('breakdowns: a figure and its parts by place', () => {
  it.each([
    [
      'after a colon, the unit written once',
      'So far 205 bodies have been recovered: 202 in Valencia, two in neighbouring Castilla-La Mancha and one in Andalusia, in the south.',
      [['202 in Valencia', 202, 'valencia'], ['two in neighbouring Castilla-La Mancha', 2, 'castilla-la mancha'], ['one in Andalusia', 1, 'andalusia']],
    ],
    [
      'after a colon, each part with its own verb',
      'The death toll has risen to 158, the centre said: 155 people died in the Valencian Community and three in Castilla-La Mancha.',
      [['155 people died in the Valencian Community', 155, 'valencian community'], ['three in Castilla-La Mancha', 3, 'castilla-la mancha']],
    ],
    [
      '"Of the 72 dead, 39 were in …", up to a part that is no single place',
      'Of the 72 dead, 39 were in Wajima, 22 in Suzu, five in Nanao, two each in Anamizu and Noto, and one each in Hakui and Shika.',
      [['39 were in Wajima', 39, 'wajima'], ['22 in Suzu', 22, 'suzu'], ['five in Nanao', 5, 'nanao']],
    ],
    [
      'a comma followed by two parts',
      'At least 95 people have died, 92 in Valencia and 3 in Castilla-La Mancha.',
      [['92 in Valencia', 92, 'valencia'], ['3 in Castilla-La Mancha', 3, 'castilla-la mancha']],
    ],
  ])('%s', (_name, text, expected) => {
    expect(partsOf(text)).toEqual(expected);
  });

  it.each([
    ['a comma and one part, which may be anything', 'At least 12 people died, three in Hospital Clinico.'],
    ['a time, not a place', 'Sales rose to 40 units, 12 in March and 9 in April.'],
    ['another figure before the list', 'The agency counted 40 deaths on Monday and 12 injuries, 3 in Valencia and 2 in Teruel.'],
    ['no place', 'The 5,000 soldiers and 5,000 police officers will arrive on Sunday.'],
  ])('%s: no parts', (_name, text) => {
    expect(partsOf(text)).toEqual([]);
  });
});

describe('breakdowns in claims', () => {
  it('gives each part the whole\'s unit and its own place', () => {
    const claims = claimsFrom('The death toll has risen to 158, the centre said: 155 people died in the Valencian Community and three in Castilla-La Mancha.', '2024-10-31', 'generic.quantity');
    expect(claims.map((c) => [c.display, c.value.type === 'quantity' ? c.value.amount : 0, c.subject.key, c.qualifiers.within])).toEqual([
      ['158', 158, 'qty:general:death:', undefined],
      ['155 people died in the Valencian Community', 155, 'qty:general:death:', 'valencian community'],
      ['three in Castilla-La Mancha', 3, 'qty:general:death:', 'castilla-la mancha'],
    ]);
  });

  it('reads the parts after a toll written in words', () => {
    const claims = claimsFrom('Two people died in Castilla-La Mancha and one in Andalusia.', '2024-10-30', 'generic.quantity');
    expect(claims.map((c) => [c.display, c.value.type === 'quantity' ? c.value.amount : 0, c.qualifiers.within])).toEqual([
      ['Two people', 2, 'castilla-la mancha'],
      ['one in Andalusia', 1, 'andalusia'],
    ]);
  });

  it('does not read a figure that is part of a breakdown a second time', () => {
    const claims = claimsFrom('At least 95 people have died, 92 in Valencia and 3 in Castilla-La Mancha.', '2024-10-30', 'generic.quantity');
    expect(claims.map((c) => c.display)).toEqual(['At least 95 people have died', '92 in Valencia', '3 in Castilla-La Mancha']);
  });
});
