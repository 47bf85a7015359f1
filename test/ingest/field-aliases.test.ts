import { describe, expect, it } from 'vitest';
import { ingestFile } from '../../src/ingest/index.js';

const ingest = (path: string, text: string) => ingestFile(path, new TextEncoder().encode(text));

// test11 was written with the names static-site generators and scrapers use (`date`, `outlet`,
// `source`, `text`): the contract's names win when both are written, an alias is read otherwise.
describe('metadata fields under other names', () => {
  it.each<[string, string, string, { published?: string; publisher?: string }]>([
    ['front matter `date` and `outlet`', 'a.md', '---\ntitle: "Council of Europe expels Russia"\ndate: 2022-03-16\noutlet: Strasbourg Ledger\n---\n\nSTRASBOURG — Russia is no longer a member of the Council of Europe.\n', { published: '2022-03-16', publisher: 'Strasbourg Ledger' }],
    ['JSON `date` with a time and `source`', 'a.json', '{"title": "Council of Europe expels Russia", "source": "Continental Wire", "date": "2022-03-16T14:40:00+01:00", "body": "The Council of Europe on Wednesday expelled Russia."}', { published: '2022-03-16', publisher: 'Continental Wire' }],
    ['the contract name wins over an alias', 'a.md', '---\ntitle: T\npublished: 2022-03-17\ndate: 2022-03-16\n---\n\nText of the article, long enough to read.\n', { published: '2022-03-17' }],
  ])('%s', (_name, path, text, expected) => {
    const { sources } = ingest(path, text);
    expect(sources[0]).toMatchObject(expected);
    expect(sources[0]?.diagnostics.filter((d) => d.code === 'undated')).toEqual([]);
  });

  it('reads a JSON article whose text is under `text`', () => {
    const { sources, failed } = ingest('odisha-wire.json', '{"title": "Odisha crash", "date": "2023-06-03", "text": "BALASORE, India - At least 288 people were killed."}');
    expect(failed).toEqual([]);
    expect(sources[0]?.text).toContain('At least 288 people were killed.');
  });

  it('still names the field an alias was read from when its date is bad', () => {
    const { sources } = ingest('a.md', '---\ntitle: T\ndate: next week\n---\n\nText of the article, long enough to read.\n');
    expect(sources[0]?.diagnostics.find((d) => d.code === 'invalid-date')?.message).toContain('date');
  });
});

// Dates as feeds and scrapers write them: month names and year-first slashes are read; numeric
// dates with the day or month first are ambiguous and left for the text to date.
describe('metadata dates written other ways', () => {
  it.each<[string, string | undefined]>([
    ['2023-06-03T14:05:00+05:30', '2023-06-03'],
    ['June 3, 2023', '2023-06-03'],
    ['3 June 2023', '2023-06-03'],
    ['Sat, 03 Jun 2023 14:05:00 GMT', '2023-06-03'],
    ['2023/06/03', '2023-06-03'],
    ['03.06.2023', undefined],
    ['June 31, 2023', undefined],
  ])('%s', (written, expected) => {
    const { sources } = ingest('a.json', JSON.stringify({ title: 'Odisha crash', published: written, body: 'BALASORE, India - At least 288 people were killed.' }));
    expect(sources[0]?.published).toBe(expected);
  });
});
