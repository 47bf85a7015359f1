import { describe, expect, it } from 'vitest';
import { anniversaryYear, sameEvent } from '../../src/ingest/anniversary.js';
import { pastYears, textEvidenceYear } from '../../src/ingest/text-evidence-year.js';

describe('pastYears (real sentences)', () => {
  it.each([
    ["According to official data, China's trade with SCO member states, observer states and dialogue partners reached a record US$890 billion in 2024, accounting for about 14.4 percent of China's total foreign trade turnover.", [2024]],
    ['In the following years, the Chinese leader proposed an Action Plan for 2018-2022 to implement the provisions of the Treaty and achieved its adoption at the landmark Qingdao Summit in 2018, the first SCO summit hosted by Xi Jinping in China.', [2018]],
    ['A comprehensive plan for implementing the treaty for 2023-2027 was approved in 2022 in Samarkand, Uzbekistan.', [2022]],
    ['When China took over the SCO presidency from Kazakhstan last year, Xi Jinping proposed at an SCO Plus meeting to declare 2025 the Year of Sustainable Development.', []],
    ['Since 2023, he has met with them dozens of times — on the sidelines of the organization’s summits.', [2023]],
    ['From 2013 to 2017, SCO member states foiled more than 600 terrorist crimes, captured some 2,000 terrorists and destroyed over 500 terrorist boot camps.', [2013, 2017]],
    ['The railway, as planned, will begin in Kashgar in 2026.', []],
    ['The country aims to cut emissions by 2030.', []],
    ['The centre trained 2000 officials in 2019.', [2019]],
  ])('%s', (sentence, years) => {
    expect(pastYears(sentence)).toEqual(years);
  });
});

describe('anniversaries', () => {
  const war = [
    'This year marks the 80th anniversary of the Victory in the World Anti-Fascist War. In May, Xi Jinping visited Moscow to attend the parade on Red Square.',
    'In 2015, when the 70th anniversary of the end of the World Anti-Fascist War was marked, the Chinese leader, speaking at the SCO summit in Ufa, Russia, noted that peace matters.',
    "According to official data, trade reached a record US$890 billion in 2024.",
  ];

  it('takes the base year from another anniversary of the same event and beats the latest past year', () => {
    expect(textEvidenceYear(war)).toMatchObject({ year: 2025, from: 'anniversary' });
  });

  it('takes the base year from the same sentence', () => {
    expect(anniversaryYear(['This year marks the 10th anniversary of the initiative, which was proposed in 2013.'])?.year).toBe(2023);
  });

  it('gives nothing when the base year is unknown', () => {
    expect(anniversaryYear(['This year marks the 10th anniversary of the Belt and Road Initiative (BRI).'])).toBeUndefined();
  });

  it('falls back to the latest past year without an anniversary', () => {
    expect(textEvidenceYear(war.slice(2))).toMatchObject({ year: 2024, from: 'latest-past-year' });
  });

  it.each([
    ['the Victory in the World Anti-Fascist War', 'the end of the World Anti-Fascist War was marked', true],
    ['the Victory in the World Anti-Fascist War', 'the founding of the organization', false],
    ['the Belt and Road Initiative', 'the Shanghai Cooperation Organization', false],
  ])('sameEvent(%s, %s) = %s', (a, b, same) => {
    expect(sameEvent(a, b)).toBe(same);
  });
});
