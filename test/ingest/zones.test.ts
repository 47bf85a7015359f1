import { describe, expect, it } from 'vitest';
import { assignZones, isCaption, isSubheadLike } from '../../src/ingest/zones.js';

describe('isCaption', () => {
  it.each([
    ["Chinese President Xi Jinping poses for a group photo with other leaders and guests in Samarkand, Uzbekistan, Sept. 16, 2022. (Photo/Li Tao, Xinhua)", true],
    ["People visit the 2021 SCO International Investment and Trade Expo in Qingdao, east China's Shandong Province, April 26, 2021. (Xinhua/Li Ziheng)", true],
    ['Workers stand on the deck of the bridge. (AP Photo/Jane Roe)', true],
    ['The harbour at dawn. (File photo)', true],
    ['After 20 years of growth, the Shanghai Cooperation Organization (SCO) has evolved into a major mechanism.', false],
    ['Leaders discussed trade and security (and/or energy)', false],
  ])('%s → %s', (text, caption) => {
    expect(isCaption(text)).toBe(caption);
  });
});

describe('isSubheadLike', () => {
  it.each([
    ['SHARED HOME OF PEACE', true],
    ['TIES OF GOOD NEIGHBOURHOOD AND PARTNERSHIP', true],
    ['Modern Silk Road', true],
    ['"With peace, a country enjoys prosperity"', true],
    ['Take drug trafficking.', false],
    ['"A just cause finds great support, and a journey with many companions gets far."', false],
    ['and then the talks resumed', false],
    ['The convention was signed by member states in Astana in 2017 after several rounds of talks between them', false],
  ])('%s → %s', (text, subhead) => {
    expect(isSubheadLike(text)).toBe(subhead);
  });
});

describe('assignZones', () => {
  const input = (text: string, startsWithDateline = false) => ({ text, startsWithDateline });

  it('zones plain text: headline first, subheads between paragraphs, captions, body', () => {
    const paragraphs = [
      input('Dam project wins approval'),
      input('The river at dusk. (Photo/Jane Roe)'),
      input('MADRID, March 3 (Agency) -- The dam project won approval.', true),
      input('Costs and timing'),
      input('It will cost 2 billion euros.'),
      input('Final words'),
    ];
    expect(assignZones(paragraphs, { guessHeadline: true, guessSubheads: true })).toEqual([
      'headline', 'caption', 'body', 'subhead', 'body', 'body',
    ]);
  });

  it('keeps markup kinds and guesses nothing but captions when told not to', () => {
    const paragraphs = [
      { ...input('Title'), kind: 'headline' as const },
      input('Short line'),
      input('A view of the site. (Photo/Jane Roe)'),
      input('Body text.'),
    ];
    expect(assignZones(paragraphs, { guessHeadline: false, guessSubheads: false })).toEqual([
      'headline', 'body', 'caption', 'body',
    ]);
  });

  it('does not make a dateline paragraph the headline', () => {
    const paragraphs = [input('BEIJING, June 15 (Agency) -- Talks began.', true), input('More text.')];
    expect(assignZones(paragraphs, { guessHeadline: true, guessSubheads: true })[0]).toBe('body');
  });
});
