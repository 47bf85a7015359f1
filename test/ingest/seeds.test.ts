import { beforeAll, describe, expect, it } from 'vitest';
import { readInputs } from '../../src/ingest/index.js';
import type { Source } from '../../src/types.js';
import { markedZones, placeOf } from './helpers.js';

const seed = (name: string) => `sources/${name}.txt`;
let sources: Map<string, Source>;
const get = (name: string) => sources.get(seed(name)) ?? expect.unreachable(`no source ${name}`);

beforeAll(async () => {
  const result = await readInputs(['sources']);
  expect(result.failed).toEqual([]);
  sources = new Map(result.sources.map((s) => [s.id, s]));
});

describe('seed corpus', () => {
  it.each([
    ['000_8f66ce1f17e3b40f', undefined, 'undated', undefined, 'How Xi cements neighborly bonds with SCO friends'],
    ['001_a77efa4691674d51', '2025-08-29', 'dateline+text', 'Xinhua', 'How Xi Jinping is Strengthening Good-Neighborly Ties with SCO Friends'],
    ['002_573223765cc41308', '2024-07-01', 'header', 'Xinhua', "'A Just Cause Finds Great Support': Xi Jinping and the Shanghai Cooperation Organization"],
    ['003_faf56f62527e6a2a', '2021-06-15', 'dateline+header', 'Xinhua', '20 years on, China calls for closer SCO community with shared future'],
    ['004_0d3b27191444d1bc', '2023-07-04', 'dateline', 'PRNewswire', 'SCO member states to further strengthen solidarity, cooperation for peace, development'],
  ])('%s: published %s from %s', (name, published, publishedFrom, publisher, title) => {
    const source = get(name);
    expect({ published: source.published, publishedFrom: source.publishedFrom, publisher: source.publisher, title: source.title }).toEqual({
      published,
      publishedFrom,
      publisher,
      title,
    });
  });

  it('says an undated source is undated', () => {
    expect(get('000_8f66ce1f17e3b40f').diagnostics).toEqual([
      expect.objectContaining({ code: 'undated', severity: 'warning' }),
    ]);
  });

  it('dates 001 by the anniversary, not by the latest past year (2024)', () => {
    expect(get('001_a77efa4691674d51').publishedEvidence).toMatch(/^BEIJING, Aug\. 29 \(Xinhua\) \+ This year marks the 80th anniversary.*base year 1945/);
  });

  it('takes 003\'s year from the header but the day from the dateline', () => {
    expect(get('003_faf56f62527e6a2a').publishedEvidence).toBe('BEIJING, June 15 (Xinhua) + Thursday, 29 July, 2021');
  });

  it.each([
    ['001_a77efa4691674d51', ['Translation. Region', 'Source:', 'important disclaimer', 'Please note', '–0–']],
    ['002_573223765cc41308', ['iChongqing Title', 'By Xinhua|', 'I Agree', 'Cookie', 'ICP', 'Internet illegal', 'inquiries', 'About Us', 'Leaving a message', 'New Era, New Journey']],
    ['003_faf56f62527e6a2a', ['Thursday, 29 July, 2021']],
    ['004_0d3b27191444d1bc', ['omniture', '1895', '14:17', 'Source:', 'collection']],
  ])('drops the page furniture of %s', (name, furniture) => {
    const text = get(name).text;
    for (const piece of furniture) expect(text, piece).not.toContain(piece);
    expect(text).not.toMatch(/\n\n\.$|\n{3}/);
  });

  it('keeps captions, headlines and subheads as their own paragraphs', () => {
    const zones = markedZones(get('002_573223765cc41308'));
    expect(zones.filter(([kind]) => kind === 'caption')).toHaveLength(6);
    expect(zones.filter(([kind]) => kind === 'subhead').map(([, text]) => text)).toEqual([
      '"With peace, a country enjoys prosperity"',
      'Modern Silk Road',
      'Stronger bond',
      'Shared home',
    ]);
    expect(markedZones(get('003_faf56f62527e6a2a'))).toEqual([
      ['headline', '20 years on, China calls for closer SCO community with shared future'],
      ['caption', "People visit the 2021 SCO International Investment and Trade Expo in Qingdao, east China's Shandong Province, April 26, 2021. (Xinhua/Li Ziheng)"],
      ['dateline', 'BEIJING, June 15 (Xinhua) --'],
    ]);
    expect(markedZones(get('000_8f66ce1f17e3b40f'))).toContainEqual(['subhead', 'SHARED HOME OF PEACE']);
  });

  it('does not take a story date for a dateline', () => {
    expect(get('002_573223765cc41308').zones.some((z) => z.kind === 'dateline')).toBe(false);
    expect(get('002_573223765cc41308').text).toContain('Beijing/Astana - On June 15, 2001, then heads of state');
  });

  it.each([
    ['001_a77efa4691674d51', 'It has 10 member states, two observer states and 14 dialogue partners.', 39, 536],
    ['001_a77efa4691674d51', 'Belarus officially became the 10th member', 41, 1],
    ['000_8f66ce1f17e3b40f', 'The operation seized nearly 10 tons', 10, 294],
    ['002_573223765cc41308', 'Now, with nine member states, three observer states', 97, 1],
    ['003_faf56f62527e6a2a', 'After 20 years of growth', 7, 30],
    ['004_0d3b27191444d1bc', 'Xi will map out the future development', 9, 1],
  ])('locates "%s: %s" at line %i', (name, sentence, line, column) => {
    expect(placeOf(get(name), sentence)).toEqual({ line, column });
  });
});
