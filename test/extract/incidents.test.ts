import { describe, expect, it } from 'vitest';
import { claimsFrom } from '../support/sources.js';

const incidents = (text: string, published: string) =>
  claimsFrom(text, published, 'generic.incident').map((c) => [c.subject.key, c.time.span?.start, c.display]);

describe('incident extractor', () => {
  it.each<[string, string, string, Array<[string, string, string]>]>([
    // Sentences from test/corpus/test4 (the 2023 Al Haouz earthquake), each as one outlet dated it.
    ['a verb of striking, its place and its time', "A powerful earthquake struck Morocco's High Atlas mountains late on Friday, killing at least 632 people and injuring 329, the Interior Ministry said on Saturday.", '2023-09-09', [['incident:earthquake', '2023-09-08', 'earthquake struck Morocco']]],
    ['a lower-case word before the place', 'A 6.9-magnitude earthquake struck central Morocco on Saturday, killing at least 1,037 people, the Moroccan Interior Ministry said.', '2023-09-09', [['incident:earthquake', '2023-09-09', 'earthquake struck central Morocco']]],
    ["a weekday's incident in a place", "The death toll from Friday night's earthquake in Morocco has passed 2,000, and the king has declared three days of national mourning.", '2023-09-10', [['incident:earthquake', '2023-09-08', 'earthquake in Morocco']]],
    ['"last Friday\'s" from a source five days later', "The number of people killed in last Friday's earthquake in Morocco has risen to 2,946, the Interior Ministry said late on Wednesday.", '2023-09-14', [['incident:earthquake', '2023-09-08', 'earthquake in Morocco']]],
    // test5 (the 2024 Enga landslide): lower-case words before the place, a time before the verb.
    ['a village in a province of a country', "A landslide buried a village in Papua New Guinea's remote Enga province before dawn on Friday, and residents said more than 100 people were feared dead.", '2024-05-24', [['incident:landslide', '2024-05-24', 'landslide buried a village in Papua New Guinea']]],
    ['a time between the incident and its verb', 'A massive landslide on Thursday buried a village in the mountainous interior of Papua New Guinea, and about 100 people are feared dead.', '2024-05-24', [['incident:landslide', '2024-05-23', 'landslide on Thursday buried a village in the mountainous interior of Papua New Guinea']]],
    // From the real reports of the December 2023 Gansu earthquake (a probe drop).
    ['"jolted"', 'A magnitude 6.2 quake jolted Gansu province late on Monday, killing at least 118 people.', '2023-12-19', [['incident:earthquake', '2023-12-18', 'quake jolted Gansu']]],
  ])('%s', (_name, sentence, published, expected) => {
    expect(incidents(sentence, published)).toEqual(expected);
  });

  it.each([
    ['no time written: the publication day does not date an incident', 'The magnitude-7 quake struck Morocco, the country’s geophysics institute said.', '2023-09-14'],
    ['no place', "Rescuers kept digging on Sunday after Friday's quake.", '2023-09-10'],
    ['a past incident told with a verb the rule does not list', 'It was the deadliest since 1960, when a quake destroyed the city of Agadir and killed at least 12,000 people.', '2023-09-09'],
    ['a capitalised name is not the kind word', 'Hurricane Ian struck Florida on Wednesday.', '2022-09-29'],
  ])('%s: nothing', (_name, sentence, published) => {
    expect(incidents(sentence, published)).toEqual([]);
  });
});
