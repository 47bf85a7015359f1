import { describe, expect, it } from 'vitest';
import { publicationFromText } from '../../src/ingest/publication-date.js';
import { anniversaryYear, weekdayYear } from '../../src/ingest/weekday-year.js';

describe('weekdayYear: a year-less dateline checked against its lead\'s weekday', () => {
  it.each([
    ['India put a spacecraft down near the little-explored south pole of the moon on Wednesday, a first for any country.', 2019, 8, 23, 2023],
    ['Nearly 200 countries on Wednesday approved a call to transition away from fossil fuels.', 2022, 12, 13, 2023],
    // The weekday already fits the text's year.
    ['Nearly 200 countries on Wednesday approved a call.', 2023, 12, 13, 2023],
    // test6 (starship-flight5-review.txt): a Monday's story of Sunday's flight; the text names 2024.
    ['The booster catch that SpaceX pulled off on Sunday turned a piece of engineering into a routine ambition.', 2024, 10, 14, 2024],
    // No weekday in the lead: nothing to go by.
    ['Nearly 200 countries approved a call to transition away from fossil fuels.', 2022, 12, 13, undefined],
  ])('%s (from %i, %i/%i)', (lead, from, month, day, expected) => {
    expect(weekdayYear(lead, from, month, day)).toBe(expected);
  });

  it('dates a year-less dateline whose text names an older year by the weekday of its lead', () => {
    const lead = 'BENGALURU, Aug 23 (Reuters) - India put a spacecraft down near the south pole of the moon on Wednesday, a first for any country.';
    const later = 'The success comes nearly four years after the lander of Chandrayaan-2 crashed during its final descent in 2019.';
    const found = publicationFromText({ dateline: { text: 'BENGALURU, Aug 23 (Reuters) -', evidence: 'BENGALURU, Aug 23 (Reuters)', month: 8, day: 23 }, headers: [], paragraphs: [lead, later] });
    expect(found).toMatchObject({ published: '2023-08-23', publishedFrom: 'dateline+text' });
    expect(found.publishedEvidence).toMatch(/first year from 2019 on/);
  });
});

// test13 (nato-washington.txt): "WASHINGTON, July 9" with no year; the text names 1949 and 2014.
describe('anniversaryYear: a year-less dateline placed by the anniversary its text marks', () => {
  const lead = 'WASHINGTON, July 9 (Atlantic Wire) - NATO leaders gathered in Washington on Tuesday for a three-day summit marking the 75th anniversary of the alliance, the first since Sweden became its 32nd member.';
  const later = 'Leaders of the 32 allies were meeting in the city where the North Atlantic Treaty was signed in 1949. Stoltenberg said 23 of the 32 allies now met the target, up from three in 2014.';
  it.each<[string, string, number, { year: number; evidence: string } | undefined]>([
    ['the base year plus the anniversary, on the lead\'s weekday', `${lead}\n${later}`, 2014, { year: 2024, evidence: 'the 75th anniversary of 1949' }],
    // 2014's July 9 is a Wednesday, the day after the lead's Tuesday: the weekday alone took 2014.
    ['an anniversary before the latest year named is no clue', `${lead}\n${later}`, 2025, undefined],
    ['no base year in reach', lead, 2014, undefined],
  ])('%s', (_name, text, from, expected) => {
    expect(anniversaryYear(text, lead, from, 7, 9)).toEqual(expected);
  });

  it('dates the article by it, not by the first year whose day fits the weekday', () => {
    const found = publicationFromText({ dateline: { text: 'WASHINGTON, July 9 (Atlantic Wire) -', evidence: 'WASHINGTON, July 9 (Atlantic Wire)', month: 7, day: 9 }, headers: [], paragraphs: [lead, later] });
    expect(found).toMatchObject({ published: '2024-07-09', publishedFrom: 'dateline+text' });
    expect(found.publishedEvidence).toMatch(/75th anniversary of 1949/);
  });
});
