import { describe, expect, it } from 'vitest';
import { parseQuantity } from '../../../src/normalize/numbers/index.js';

describe('parseQuantity on seed phrases and common forms', () => {
  it.each([
    ['nearly 10 tons of narcotic drugs', { amount: 10, unit: 'ton', approx: 'nearly' }],
    ['almost 10 tons of drugs were seized', { amount: 10, unit: 'ton', approx: 'nearly' }],
    // A sentence's full stop right after the number.
    ['6.8.', { amount: 6.8, unit: '' }],
    ['1,151 crimes related to illicit narco trafficking', { amount: 1151, unit: 'crime' }],
    ['1,151 drug-related crimes were identified', { amount: 1151, unit: 'crime' }],
    ['US$890 billion in 2024', { amount: 890e9, unit: 'USD', currency: 'USD' }],
    ['about 90 billion U.S. dollars', { amount: 90e9, unit: 'USD', approx: 'about', currency: 'USD' }],
    ['more than 600', { amount: 600, unit: '', approx: 'more-than' }],
    // A sentence's full stop after the scale word: "bringing the day's pledges to about $420 million."
    ['about $420 million.', { amount: 420e6, unit: 'USD', approx: 'about', currency: 'USD' }],
    ['Trains travel at up to 350 km per hour.', undefined],
    ['up to 350 km per hour.', { amount: 350, unit: 'km/h', approx: 'up-to' }],
    ['more than 600 terrorist crimes', { amount: 600, unit: 'crime', approx: 'more-than' }],
    ['some 2,000 terrorists', { amount: 2000, unit: 'terrorist', approx: 'about' }],
    // test10 (chido-liveblog.html, chido-wire.json#1): an adjective for people is what is counted.
    ['21 dead, BFMTV reports.', { amount: 21, unit: 'dead' }],
    ['more than 200 injured, according to a security source', { amount: 200, unit: 'injured', approx: 'more-than' }],
    ['some 1,400 injured after the storm', { amount: 1400, unit: 'injured', approx: 'about' }],
    ['200 injured people', { amount: 200, unit: 'person' }],
    ['over 500 terrorist boot camps', { amount: 500, unit: 'camp', approx: 'more-than' }],
    // test6 (noto-toll-48.md): the kind the phrase names after "and other".
    ['more than 100 homes and other buildings, the fire department said', { amount: 100, unit: 'building', approx: 'more-than' }],
    ['more than 2,000 agricultural officials and technicians', { amount: 2000, unit: 'official', approx: 'more-than' }],
    ['about 14.4 percent of China\'s total foreign trade turnover', { amount: 14.4, unit: 'percent', approx: 'about' }],
    ['over 60 percent of the Eurasian landmass', { amount: 60, unit: 'percent', approx: 'more-than' }],
    ['over 27 percent year-on-year', { amount: 27, unit: 'percent', approx: 'more-than' }],
    ['60 per cent', { amount: 60, unit: 'percent' }],
    ['14.4%', { amount: 14.4, unit: 'percent' }],
    ['\u20ac1.2 billion', { amount: 1.2e9, unit: 'EUR', currency: 'EUR' }],
    ['3.5 trillion rupees', { amount: 3.5e12, unit: 'INR', currency: 'INR' }],
    // test13 (itaewon-support.json): the Korean won, written as a word after its figure.
    ['15 million won', { amount: 15e6, unit: 'KRW', currency: 'KRW' }],
    ['HK$40 million', { amount: 40e6, unit: 'HKD', currency: 'HKD' }],
    ['\u00a33 million', { amount: 3e6, unit: 'GBP', currency: 'GBP' }],
    ['612 km', { amount: 612, unit: 'km' }],
    ['a 612-km railway', { amount: 612, unit: 'km' }],
    // test4 (g20-delhi-summit.json): "an 83-paragraph Delhi Declaration" counts paragraphs, not declarations.
    ['an 83-paragraph Delhi Declaration', { amount: 83, unit: 'paragraph' }],
    ['a 12-storey building', { amount: 12, unit: 'storey' }],
    ['5 kilometres', { amount: 5, unit: 'km' }],
    // test8: feet written out or abbreviated are one unit.
    ['948 ft', { amount: 948, unit: 'foot' }],
    ['700 feet', { amount: 700, unit: 'foot' }],
    ['3 tonnes', { amount: 3, unit: 'ton' }],
    ['120 times in his 11 SCO speeches', { amount: 120, unit: 'time' }],
    ['14 dialogue partners', { amount: 14, unit: 'partner' }],
    ['nine member states', { amount: 9, unit: 'state' }],
    ['10 Luban Workshops', { amount: 10, unit: 'workshop' }],
    ['1,000 training opportunities in poverty alleviation', { amount: 1000, unit: 'opportunity' }],
    ['dozens of times', { amount: 24, unit: 'time', approx: 'at-least' }],
    ['about half of the world\'s population', { amount: 0.5, unit: '', approx: 'about' }],
  ] as const)('%s', (text, expected) => {
    expect(parseQuantity(text)).toEqual(expected);
  });

  it.each([['crimes'], ['the SCO'], ['']])('%s has no number', (text) => {
    expect(parseQuantity(text)).toBeUndefined();
  });
});
