import { describe, expect, it } from 'vitest';
import { claimsFrom } from '../support/sources.js';

const ORG = 'The Shanghai Cooperation Organization (SCO) met. ';
/** `[property, count, names listed]` for every listed-count claim of the text. */
const lists = (text: string) =>
  claimsFrom(ORG + text, '2025-08-29', 'generic.list-count').map((c) => [c.property, c.value.type === 'count' ? c.value.n : NaN, c.qualifiers.listed]);

describe('listed-count extractor', () => {
  it.each([
    [
      'The six founding members — China, Kazakhstan, Kyrgyzstan, Russia, Tajikistan and Uzbekistan — signed the charter.',
      [['founding-members', 6, ['China', 'Kazakhstan', 'Kyrgyzstan', 'Russia', 'Tajikistan', 'Uzbekistan']]],
    ],
    ['The group had six founding members: China, Kazakhstan, Kyrgyzstan, Russia and Tajikistan.', [['founding-members', 6, ['China', 'Kazakhstan', 'Kyrgyzstan', 'Russia', 'Tajikistan']]]],
    [
      'The bloc was set up in 1967 by its five founders, Indonesia, Malaysia, the Philippines, Singapore and Thailand.',
      [['founding-members', 5, ['Indonesia', 'Malaysia', 'Philippines', 'Singapore', 'Thailand']]],
    ],
    ['It now has three observer states (Afghanistan, Belarus and Mongolia).', [['observer-states', 3, ['Afghanistan', 'Belarus', 'Mongolia']]]],
    [
      'The group now has 12 members: Algeria, Congo, Equatorial Guinea, Gabon, Iran, Iraq, Kuwait, Libya, Nigeria, Saudi Arabia, the United Arab Emirates and Venezuela.',
      [['member-states', 12, ['Algeria', 'Congo', 'Equatorial Guinea', 'Gabon', 'Iran', 'Iraq', 'Kuwait', 'Libya', 'Nigeria', 'Saudi Arabia', 'United Arab Emirates', 'Venezuela']]],
    ],
    // test12 (cptpp-auckland-signing.md): a newcomer added after the list closes.
    [
      "Britain's entry brings the bloc to 12 members: Australia, Brunei, Canada, Chile, Japan, Malaysia, Mexico, New Zealand, Peru, Singapore and Vietnam, and now the United Kingdom.",
      [['member-states', 12, ['Australia', 'Brunei', 'Canada', 'Chile', 'Japan', 'Malaysia', 'Mexico', 'New Zealand', 'Peru', 'Singapore', 'Vietnam', 'United Kingdom']]],
    ],
  ])('reads %j', (sentence, expected) => {
    expect(lists(sentence)).toEqual(expected);
  });

  it.each([
    // Seed corpus (002): a count with no list, and a list with no count.
    ['a count with no list', 'All six initial SCO members were along the ancient bustling trade route between the East and the West, and the Chinese leader has further strengthened that connection.'],
    ['a list with no count', 'Beijing/Astana - On June 15, 2001, then heads of state of China, Kazakhstan, Kyrgyzstan, Russia, Tajikistan and Uzbekistan gathered in Shanghai.'],
    ['a count away from its list', 'This year, Xi Jinping has already made three trips abroad, two of them to SCO member states: Russia and Kazakhstan.'],
    // Dev corpus (euro-enlargement-approvals.json, asean-timor-leste.md).
    ['a part of the group, listed', "Six of the EU's 27 member states, the Czech Republic, Denmark, Hungary, Poland, Romania and Sweden, still use their own currencies."],
    ['a founding list with no number', 'ASEAN was founded in Bangkok on Aug 8, 1967, by Indonesia, Malaysia, the Philippines, Singapore and Thailand.'],
    // test4 (g20-african-union-joins.md): the count is the first item of the list after the colon.
    ['a count that is an item of a list', 'With the AU on board the G20 now has 21 members: 19 countries, the European Union and the African Union.'],
    // Made up.
    ['two of the founders', 'Two of its six founding members, China and Russia, are the largest.'],
    ['among the founders', 'Among the six founding members, China and Russia are the largest.'],
    ['a comma and then a clause', 'With its five founders, Indonesia and Malaysia lead the bloc.'],
    ['an open list', 'Its six founding members include China, Kazakhstan and Russia.'],
    ['a list of kinds, not names', 'The group has 20 members: 19 countries plus the European Union.'],
  ])('stays quiet on %s', (_name, sentence) => {
    expect(lists(sentence)).toEqual([]);
  });

  // test8 (keybridge-collapse.md): "members of" and a run of lower-case words once took the reader
  // minutes (each word could be cut into capitalised pieces in every way); it must simply finish.
  it('finishes on a long run of words after a counted noun', () => {
    expect(lists('Eight members of a construction crew who were filling potholes on the roadway went into the river.')).toEqual([]);
    expect(lists(`Eight members of ${'a very long winded construction crew '.repeat(8)}went into the river.`)).toEqual([]);
  });
});
