import { describe, expect, it } from 'vitest';
import { matchDateHeader } from '../../src/ingest/date-header.js';
import { matchDateline } from '../../src/ingest/dateline.js';
import { publicationFromText } from '../../src/ingest/publication-date.js';

const dateline = (text: string) => matchDateline(text) ?? expect.unreachable(`no dateline in ${text}`);
const header = (text: string) => matchDateHeader(text) ?? expect.unreachable(`no header in ${text}`);

describe('publicationFromText', () => {
  it.each([
    ['full dateline', 'BEIJING, July 4, 2023 /PRNewswire/ -- A report', [], [], '2023-07-04', 'dateline'],
    ['dateline + later header', 'BEIJING, June 15 (Xinhua) -- After', ['Thursday, 29 July, 2021'], [], '2021-06-15', 'dateline+header'],
    ['dateline after the header day → year before', 'BEIJING, Dec. 30 (Agency) -- Text', ['Jan 02,2022'], [], '2021-12-30', 'dateline+header'],
    ['dateline + text year', 'BEIJING, Aug. 29 (Agency) -- Text', [], ['Trade reached a record in 2024.'], '2024-08-29', 'dateline+text'],
    ['header alone', undefined, ['By Xinhua|Jul 01,2024'], ['In 2013 he spoke.'], '2024-07-01', 'header'],
  ])('%s', (_name, line, headers, paragraphs, published, publishedFrom) => {
    const result = publicationFromText({
      ...(line ? { dateline: dateline(line) } : {}),
      headers: headers.map(header),
      paragraphs,
    });
    expect(result).toMatchObject({ published, publishedFrom, diagnostics: [] });
  });

  it('records the words the date came from', () => {
    const result = publicationFromText({
      dateline: dateline('BEIJING, June 15 (Xinhua) -- After'),
      headers: [header('Thursday, 29 July, 2021')],
      paragraphs: [],
    });
    expect(result.publishedEvidence).toBe('BEIJING, June 15 (Xinhua) + Thursday, 29 July, 2021');
  });

  it('is undated, with a warning, when nothing dates the text', () => {
    const result = publicationFromText({ headers: [], paragraphs: ['SCO leaders arrived in Astana in July last year.'] });
    expect(result).toEqual({
      publishedFrom: 'undated',
      diagnostics: [
        {
          code: 'undated',
          severity: 'warning',
          message: 'no publication date: no metadata, dateline or date header; relative times stay unresolved',
        },
      ],
    });
  });

  it('says so when a dateline has no year and nothing gives one', () => {
    const result = publicationFromText({ dateline: dateline('ROME, May 2 (Agency) -- Text'), headers: [], paragraphs: [] });
    expect(result.publishedFrom).toBe('undated');
    expect(result.diagnostics[0]?.code).toBe('undated-year');
  });
});
