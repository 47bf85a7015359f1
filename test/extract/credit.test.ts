import { describe, expect, it } from 'vitest';
import { creditOf } from '../../src/extract/credit.js';
import { claimsFrom } from '../support/sources.js';

// Sentences from test/corpus/test5 (the Enga landslide), test6 (the Noto earthquake), test4 (the Al Haouz earthquake).
describe('credit: who gives a figure', () => {
  const noto = 'On Jan. 3 the prefecture put the toll at 72 in the evening, while NHK counted 73 as of 6 p.m. that day.';
  const enga = 'Estimates of the number of dead have never been settled: the IOM put it at more than 670 two days later, while the National Disaster Centre told the United Nations that more than 2,000 people had been buried alive.';
  it.each([
    ['an authority without a name', noto, '72', 'prefecture'],
    ['the other clause of a "while"', noto, '73', 'nhk'],
    ['"the IOM put it at"', enga, 'more than 670', 'iom'],
    ['"while … told the United Nations that"', enga, 'more than 2,000', 'national disaster centre'],
    ['an apposition between the name and its verb', 'In a letter to the United Nations on Sunday, the acting director of the National Disaster Centre, Lusete Laso Mana, said more than 2,000 people had been buried alive.', 'more than 2,000', 'national disaster centre'],
    ['"according to" after the figure', 'At least 2,012 people were killed, according to the Interior Ministry.', 'At least 2,012', 'interior ministry'],
    ['"…, the ministry said" after the figure', 'The quake killed 632 people, the interior ministry said.', '632', 'interior ministry'],
    // test10 (chido-wire.json): a sentence's capital "The" before the name.
    ['a name at the start of the sentence', 'The French Interior Ministry confirmed at least 11 deaths in Mayotte earlier on Sunday.', 'at least 11', 'french interior ministry'],
    // test9 (jeju-liveblog.html): a news agency relays the authority's figure.
    ['"AFP, quoting the fire authorities, now reports"', 'AFP, quoting the fire authorities, now reports 96 dead.', '96', 'fire authorities'],
    // test14 (herat-ocha.md): an acronym in brackets after the name, and "has given a toll of".
    ['a name with its acronym in brackets', 'In its latest situation report, the UN Office for the Coordination of Humanitarian Affairs (OCHA) said 1,294 people had been killed.', '1,294', 'un office for the coordination of humanitarian affairs'],
    ['"whose spokesman … has given a toll of"', "The Taliban's national disaster authority, whose spokesman Janan Sayiq has given a toll of 2,445, has not published a breakdown.", '2,445', 'janan sayiq'],
  ])('%s', (_name, text, figure, expected) => {
    expect(creditOf(text, text.indexOf(figure))).toBe(expected);
  });

  it.each([
    ['no one gives it', 'The death toll rose to 158 on Thursday.', '158'],
    ['a day is no authority', 'On Sunday reported deaths reached 40.', '40'],
  ])('%s: none', (_name, text, figure) => {
    expect(creditOf(text, text.indexOf(figure))).toBeUndefined();
  });

  it('is kept on tolls only (`qualifiers.by`)', () => {
    const claims = claimsFrom('The interior ministry said 632 people were killed and 329 injured, and that 2,000 homes were damaged.', '2023-09-09', 'generic.quantity');
    expect(claims.map((c) => [c.display, c.qualifiers.by])).toEqual([
      ['632 people', 'interior ministry'],
      ['329 injured', 'interior ministry'],
      ['2,000 homes', undefined],
    ]);
  });
});
