import { describe, expect, it } from 'vitest';
import { compareClaims } from '../../src/compare/index.js';
import { labelledFigure } from '../../src/extract/labelled-figure.js';
import { claimsFrom, projectRules } from '../support/sources.js';

// Fact-box lines from test/corpus/test5 (png-landslide-toll-dispute.html).
describe('labelled figures: a fact box\'s "Label: figure" line', () => {
  it.each([
    ['Households displaced (IOM): 351', { phrase: '351 households displaced', rest: 'displaced', credited: 'IOM' }],
    ['Bodies recovered: 7', { phrase: '7 bodies recovered', rest: 'recovered' }],
    ['Dead: about 2,000', { phrase: 'about 2,000 dead', rest: '' }],
    // test7 (odysseus-landing.html): a figure with its own unit is a measure.
    ['Mass at launch: 657 kg', { phrase: '657 kg', measure: 'kg' }],
    // test6 (noto-toll-rises.html): a bracket after the figure.
    ['Dead: 72 (Ishikawa)', { phrase: '72 dead', after: 'Ishikawa' }],
  ])('%s', (line, expected) => {
    expect(labelledFigure(line)).toMatchObject(expected);
  });

  it.each([
    ['a sentence with a colon', 'The minister said: 351 households were moved.'],
    ['a time of day', 'Updated: 14:05'],
    ['no figure', 'Source: IOM'],
  ])('%s: none', (_name, line) => {
    expect(labelledFigure(line)).toBeUndefined();
  });

  it('reads the figure with the unit and verb a sentence gives, and meets the body\'s figure of one article', () => {
    const text = 'The IOM told the Financial Times on Tuesday that 1,575 people from 315 households had been displaced.\n\nHouseholds displaced (IOM): 351';
    const claims = claimsFrom(text, '2024-05-31', 'generic.quantity');
    expect(claims.map((c) => [c.display, c.value.type === 'quantity' ? c.value.unit : '', c.qualifiers.verb])).toEqual([
      ['1,575 people', 'displaced', 'displaced'],
      ['315 households', 'household', 'displace'],
      ['Households displaced (IOM): 351', 'household', 'displace'],
    ]);
    const households = compareClaims(claims, projectRules).filter((d) => d.claims.some((c) => c.value.type === 'quantity' && c.value.unit === 'household'));
    expect(households.map((d) => d.claims.map((c) => c.display))).toEqual([['315 households', 'Households displaced (IOM): 351']]);
  });
});

// test6: "48 people were killed in Ishikawa Prefecture" on 2 January; the next day's box "Dead: 72 (Ishikawa)".
describe('a fact box line with the place after its figure', () => {
  it('counts the figure in that place, so it meets the same place\'s toll the day before', () => {
    const [box] = claimsFrom('The toll rose on Wednesday.\n\nDead: 72 (Ishikawa)', '2024-01-03', 'generic.quantity').filter((c) => c.qualifiers.labelled === 'yes');
    const [lead] = claimsFrom('At least 48 people were killed in Ishikawa Prefecture by the powerful earthquake.', '2024-01-02', 'generic.quantity');
    expect([box?.value, box?.qualifiers.within]).toEqual([{ type: 'quantity', amount: 72, unit: 'death' }, 'ishikawa']);
    expect(lead?.qualifiers.within).toBe('ishikawa');
  });
});
