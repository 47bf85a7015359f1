import { describe, expect, it } from 'vitest';
import { matchDateline } from '../../src/ingest/dateline.js';

describe('matchDateline', () => {
  it.each([
    ['BEIJING, June 15 (Xinhua) -- After 20 years of growth', 'BEIJING, June 15 (Xinhua) --', 6, 15, undefined, 'Xinhua'],
    ['BEIJING, Aug. 29 (Xinhua) — Chinese President Xi Jinping met', 'BEIJING, Aug. 29 (Xinhua) —', 8, 29, undefined, 'Xinhua'],
    ['BEIJING, July 4, 2023 /PRNewswire/ -- A report from', 'BEIJING, July 4, 2023 /PRNewswire/ --', 7, 4, 2023, 'PRNewswire'],
    ['ASTANA, Kazakhstan, Sept. 3 (Agency) -- Leaders met', 'ASTANA, Kazakhstan, Sept. 3 (Agency) --', 9, 3, undefined, 'Agency'],
    ['UNITED NATIONS, Dec. 1 -- The assembly voted', 'UNITED NATIONS, Dec. 1 --', 12, 1, undefined, undefined],
    ['Geneva, May 2 (Wire) - Talks resumed', 'Geneva, May 2 (Wire) -', 5, 2, undefined, 'Wire'],
    // test8 (comoros-wto-press-release.txt): a press release writes the day first.
    ['GENEVA, 21 August 2024 — Comoros joined the World Trade Organization today', 'GENEVA, 21 August 2024 —', 8, 21, 2024, undefined],
    ['MARRAKECH, 9 Sept. (Desk) - Rescuers dug', 'MARRAKECH, 9 Sept. (Desk) -', 9, 9, undefined, 'Desk'],
  ])('%s', (paragraph, text, month, day, year, agency) => {
    expect(matchDateline(paragraph)).toEqual({
      text,
      evidence: text.replace(/\s*(--|—|–|-)$/, ''),
      month,
      day,
      ...(year ? { year } : {}),
      ...(agency ? { agency } : {}),
    });
  });

  it.each([
    ['Beijing/Astana - On June 15, 2001, then heads of state of China gathered in Shanghai.'],
    ['Paris, June 15 - a title-case place without an agency is a sentence, not a dateline'],
    ['In June, the Chinese leader arrived in Astana to attend the second summit.'],
    ['People visit the Expo in Qingdao, April 26, 2021. (Agency/Li Ziheng)'],
    ['BEIJING, June 40 (Xinhua) -- no such day'],
  ])('is not a dateline: %s', (paragraph) => {
    expect(matchDateline(paragraph)).toBeUndefined();
  });
});
