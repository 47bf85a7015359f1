import { describe, expect, it } from 'vitest';
import { learnHeadFirstNames, learnNamedBodies, learnOrganisations, withLearnedOrganisations } from '../../src/extract/learn-organisations.js';
import { indexOrganisations, organisationFor } from '../../src/extract/organisations.js';
import { projectRules, sourceFrom } from '../support/sources.js';

const heads = projectRules.lexicon.organisationHeads;

describe('organisations', () => {
  it('learns "Full Name (ACRONYM)" when the name starts or ends with an organisation word', () => {
    const texts = [
      'On June 15, 2001, they announced the Shanghai Cooperation Organization (SCO).',
      'the 10-member Association of Southeast Asian Nations (ASEAN) met',
      'he unveiled the Global Security Initiative (GSI)',
    ];
    expect(learnOrganisations(texts, heads)).toEqual({ SCO: ['Shanghai Cooperation Organization'], ASEAN: ['Association of Southeast Asian Nations'] });
  });

  it.each([
    ['a capitalised name ending in an organisation word', 'Armenia joined the Eurasian Economic Union in 2015.', 'Eurasian Economic Union'],
    ['a full name a domain pack knows, under its canonical name', 'Croatia joined the European Union in 2013.', 'EU'],
    ['a lower-case name from a domain pack', 'The euro zone now has 20 members.', 'euro area'],
    ['a learned acronym with its full name', 'The Shanghai Cooperation Organization (SCO) met. The SCO grew.', 'SCO'],
  ])('recognises %s', (_name, text, key) => {
    expect(indexOrganisations(text, projectRules.lexicon).mentions.map((m) => m.key)).toContain(key);
  });

  it('does not take an abbreviation used twice for an organisation when the text defines it as a place', () => {
    const text = 'Strikes hit camps across Pakistan and Pakistan Occupied Kashmir (POK) on May 7. Four sites were in Pakistan and five in POK.';
    const index = indexOrganisations(text, projectRules.lexicon);
    expect(index.isName('POK')).toBe(false);
    // An abbreviation used twice and never defined is still one.
    expect(indexOrganisations('The BRX met. BRX leaders agreed.', projectRules.lexicon).isName('BRX')).toBe(true);
  });

  it('does not take "Meeting of the Council of Heads of State" for an organisation', () => {
    expect(indexOrganisations('Xi said at the 17th Meeting of the Council of Heads of State in 2017.', projectRules.lexicon).mentions).toEqual([]);
  });

  it('refers back to the last organisation only when the sentence says "it" or "the group"', () => {
    const text = 'The European Union (EU) and the African Union (AU) met. The AU spoke last. The group has 55 members. Trade grew by 5 percent.';
    const index = indexOrganisations(text, projectRules.lexicon);
    const at = (sentence: string) => organisationFor(index, text.indexOf(sentence), text.indexOf(sentence) + sentence.length, sentence);
    expect(at('The group has 55 members.')).toBe('AU');
    expect(index.main).toBe('AU');
  });

  // test4 (g20-delhi-summit.json): the African Union is named last, but "the grouping" is the Group of 20.
  it('reads a noun that refers back by its head, and before a name the sentence lists', () => {
    const text = 'Leaders of the Group of 20 (G20) admitted the African Union (AU) on Saturday. The G20 met in New Delhi. Comoros President Azali Assoumani, who chairs the AU this year, joined the leaders. Until Saturday the grouping had 20 members, 19 countries plus the European Union.';
    const index = indexOrganisations(text, projectRules.lexicon);
    const sentence = 'Until Saturday the grouping had 20 members, 19 countries plus the European Union.';
    expect(organisationFor(index, text.indexOf(sentence), text.length, sentence)).toBe('G20');
    // A name before the noun still wins: the sentence is about what it names first.
    const named = 'Comoros President Azali Assoumani, who chairs the AU this year, joined the leaders.';
    expect(organisationFor(index, text.indexOf(named), text.indexOf(named) + named.length, named)).toBe('AU');
  });

  // test5 (schengen-air-sea-entry.md, schengen-balkan-wire.json, schengen-explainer.txt).
  describe('groups named by a group noun (lexicon `groupNouns`)', () => {
    const text = "Bulgaria and Romania became members of Europe's Schengen area on Sunday. The Schengen family now numbers 29 countries, and Schengen rules apply. Until Saturday the zone counted 27 countries.";
    const index = indexOrganisations(text, projectRules.lexicon);
    const at = (sentence: string) => organisationFor(index, text.indexOf(sentence), text.indexOf(sentence) + sentence.length, sentence, { named: true });

    it('learns a group countries join, and knows it under another group noun or by its word alone', () => {
      expect(index.mentions.map((m) => [m.name, m.key])).toEqual([
        ['Schengen area', 'Schengen area'],
        ['Schengen family', 'Schengen area'],
        ['Schengen', 'Schengen area'],
      ]);
    });

    it('reads "the zone" as the group named before with a group noun', () => {
      expect(at('Until Saturday the zone counted 27 countries.')).toBe('Schengen area');
    });

    it('leaves a place named with a group noun alone, and "the area" with no such group before it', () => {
      const place = 'It buried a village in the Mulitaka area of Enga province. The area is remote and members of the team said the area was unstable.';
      const placeIndex = indexOrganisations(place, projectRules.lexicon);
      expect(placeIndex.mentions).toEqual([]);
      const sentence = 'The area is remote and members of the team said the area was unstable.';
      expect(organisationFor(placeIndex, place.indexOf(sentence), place.length, sentence, { named: true })).toBeUndefined();
    });
  });
});

// test6 (the Commonwealth admitting Gabon and Togo): one source names "the Commonwealth of Nations", the others "the Commonwealth".
describe('names that open with an organisation word', () => {
  it('learns "the Commonwealth of Nations" and, across the drop, "the Commonwealth" alone as its other name', () => {
    const texts = ['Togo and Gabon were admitted to the Commonwealth of Nations on Saturday.', 'Until Saturday the Commonwealth had 54 members.'];
    expect(learnHeadFirstNames(texts, heads)).toEqual({ 'Commonwealth of Nations': ['Commonwealth'] });
  });

  // test/corpus/test (OPEC): one article defines the acronym, the explainer writes only the full name.
  it('keeps a full name that another article defines with an acronym under that acronym', () => {
    const sources = [sourceFrom('Angola is leaving the Organization of the Petroleum Exporting Countries (OPEC), its minister said.'), sourceFrom('The Organization of the Petroleum Exporting Countries has 13 member countries.')];
    const { lexicon } = withLearnedOrganisations(projectRules, sources);
    expect(indexOrganisations(sources[1]!.text, lexicon).mentions.map((m) => m.key)).toEqual(['OPEC']);
  });

  it('leaves the word alone when two such names open with it, and a name inside "the Meeting of the Council of …"', () => {
    expect(learnHeadFirstNames(['the Council of Europe met', 'the Council of Ministers met', 'the Council said'], heads)).toEqual({ 'Council of Europe': [], 'Council of Ministers': [] });
    expect(learnHeadFirstNames(['Xi said at the 17th Meeting of the Council of Heads of State in 2017.'], heads)).toEqual({});
  });
});

describe('learning definitions', () => {
  it('never joins words across a paragraph break, and drops a leading "The"', () => {
    const texts = ['Added\n\nThe Pacific Islands Forum (PIF) met.', 'The Association of Southeast Asian Nations (ASEAN) met.'];
    expect(learnOrganisations(texts, heads)).toEqual({ PIF: ['Pacific Islands Forum'], ASEAN: ['Association of Southeast Asian Nations'] });
  });
});

describe('names written like an abbreviation', () => {
  const keys = (text: string) => [...new Set(indexOrganisations(text, projectRules.lexicon).mentions.map((m) => m.key))].sort();

  it.each([
    // Used twice, never defined: still a name.
    ['G20 leaders head to New Delhi. The G20 has 20 members: 19 countries plus the European Union.', ['EU', 'G20']],
    // An abbreviation that spells out a known name is that organisation.
    ['The African Union groups 54 nations. Analysts in Addis Ababa, where the AU has its headquarters, said the AU must now agree.', ['African Union']],
    // Once only (a dateline's agency), or a common abbreviation: not an organisation.
    ['NEW DELHI, Sept 9 (AP) -- Growth in GDP slowed, and GDP per head fell.', []],
  ])('%s', (text, expected) => {
    expect(keys(text)).toEqual(expected);
  });

  it('does not join a breadcrumb and the next paragraph into one name', () => {
    expect(keys('Home > Energy > Explainers\n\nThe Organization of the Petroleum Exporting Countries was founded in 1960.')).not.toContain('Explainers\n\nThe Organization');
  });
});

// test7 (Bolivia joining Mercosur): a one-word name no lexicon knows, defined as a bloc.
describe('names the texts call a bloc, an alliance or a group', () => {
  const nouns = projectRules.lexicon.organisationNouns;
  it.each<[string, Record<string, string[]>]>([
    ["Mercosur, the Southern Common Market (Mercado Común del Sur in Spanish, Mercosul in Portuguese), is South America's largest trade bloc.", { Mercosur: [] }],
    ['Leaders of Mercosur, the South American trade bloc, met in Asunción.', { Mercosur: [] }],
    // Not a member of the bloc, not the group's member, not a word that opens a sentence.
    ['Brazil, a member of the bloc since 1991, voted for the protocol.', {}],
    ["Until Saturday, South Africa was the group's sole member from the continent.", {}],
    ['With Bolivia, the bloc founded by Argentina, Brazil, Paraguay and Uruguay now has five full members.', {}],
  ])('%s', (text, expected) => {
    expect(learnNamedBodies([text], nouns)).toEqual(expected);
  });

  it('lets "It has four full members" after such a definition count for it', () => {
    const sources = [sourceFrom("Mercosur, the Southern Common Market, is South America's largest trade bloc. It has four full members taking part in its decisions.")];
    const { lexicon } = withLearnedOrganisations(projectRules, sources);
    expect(indexOrganisations(sources[0]!.text, lexicon).mentions.map((m) => m.key)).toContain('Mercosur');
  });
});
