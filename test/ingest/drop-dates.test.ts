/** dateByDrop: a dateline without a year takes the one year its drop's dated articles allow. */
import { describe, expect, it } from 'vitest';
import { dateByDrop } from '../../src/ingest/drop-dates.js';
import { ingestFile } from '../../src/ingest/index.js';
import type { Source } from '../../src/types.js';

const txt = (path: string, text: string): Source => ingestFile(path, new TextEncoder().encode(text)).sources[0]!;
const md = (path: string, published: string): Source => ingestFile(path, new TextEncoder().encode(`---\ntitle: T\npublished: ${published}\n---\n\nBody text of the article.\n`)).sources[0]!;

const YEARLESS = 'Quake hits mountains\n\nMARRAKECH, Morocco, Sept 9 (North Africa Desk) - A powerful earthquake struck the mountains late on Friday, killing at least 632 people, the ministry said on Saturday.\n';

describe('dateByDrop', () => {
  it('is undated alone', () => {
    const [alone] = dateByDrop([txt('a.txt', YEARLESS)]);
    expect(alone?.published).toBeUndefined();
    expect(alone?.diagnostics.map((d) => d.code)).toEqual(['undated-year']);
  });

  it('takes the year that puts the dateline near the drop\'s dated articles', () => {
    const [placed] = dateByDrop([txt('a.txt', YEARLESS), md('b.md', '2023-09-10'), md('c.md', '2023-09-14')]);
    expect(placed).toMatchObject({ published: '2023-09-09', publishedFrom: 'dateline+drop' });
    expect(placed?.publishedEvidence).toBe("MARRAKECH, Morocco, Sept 9 (North Africa Desk) + the drop's articles dated around it (nearest 2023-09-10)");
    expect(placed?.diagnostics).toEqual([]);
  });

  it.each<[string, string[]]>([
    ['no dated article within a month of the day in any year', ['2023-06-01']],
    ['two years fit: the drop spans both', ['2022-09-01', '2023-09-01']],
  ])('stays undated: %s', (_name, dates) => {
    const [still] = dateByDrop([txt('a.txt', YEARLESS), ...dates.map((d, i) => md(`${i}.md`, d))]);
    expect(still?.published).toBeUndefined();
  });

  // test6: a radio piece "KAMPALA, June 27" in a drop with the Commonwealth's 2022 summit and a June 2024 earthquake story.
  it('takes, of two years that fit, the one whose articles share clearly the most names with it', () => {
    const radio = txt('radio.txt', 'Gabon and Togo admitted\n\nKAMPALA, June 27 (Capital Radio) - The Commonwealth has admitted Gabon and Togo as its 55th and 56th members, Patricia Scotland said in Kigali.\n');
    const story = (path: string, published: string, body: string) => ingestFile(path, new TextEncoder().encode(`---\ntitle: T\npublished: ${published}\n---\n\n${body}\n`)).sources[0]!;
    const [placed] = dateByDrop([radio, story('c.md', '2022-06-25', 'Gabon and Togo were admitted to the Commonwealth in Kigali, Patricia Scotland said.'), story('q.md', '2024-06-18', 'The Noto earthquake toll rose, Ishikawa officials said.')]);
    expect(placed).toMatchObject({ published: '2022-06-27', publishedFrom: 'dateline+drop' });
    const [still] = dateByDrop([radio, story('c.md', '2022-06-25', 'Leaders met.'), story('q.md', '2024-06-18', 'Officials met.')]);
    expect(still?.published).toBeUndefined();
  });
});
