import { describe, expect, it } from 'vitest';
import { publicationFromText } from '../../src/ingest/publication-date.js';
import { weekdayYear } from '../../src/ingest/weekday-year.js';

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
