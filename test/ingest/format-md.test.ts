import { describe, expect, it } from 'vitest';
import { ingestFile } from '../../src/ingest/index.js';
import { ingestFixture, markedZones, only, placeOf } from './helpers.js';

describe('.md sources', () => {
  const source = only(ingestFixture('article.md'));

  it('reads front matter metadata, cutting a date-time to its date', () => {
    expect(source).toMatchObject({
      id: 'test/fixtures/ingest/article.md',
      path: 'test/fixtures/ingest/article.md',
      format: 'md',
      title: 'Harbour bridge opens to traffic',
      url: 'https://example.org/news/harbour-bridge',
      publisher: 'Example Daily',
      published: '2024-03-18',
      publishedFrom: 'metadata',
      publishedEvidence: '2024-03-18T09:30:00+08:00',
      language: 'en',
      translatedFrom: 'fr',
      diagnostics: [],
    });
  });

  it('zones headings and captions and drops furniture and markup', () => {
    expect(markedZones(source)).toEqual([
      ['headline', 'Harbour bridge opens to traffic'],
      ['subhead', 'Costs'],
      ['caption', 'Workers stand on the deck of the bridge, March 17, 2024. (Photo/Jane Roe)'],
    ]);
    expect(source.text).toContain('The project cost about 1.2 billion dollars, the city said.');
    expect(source.text).toContain('\n\nTwo lanes each way\n\nA cycle path\n\n');
    expect(source.text).not.toMatch(/Cookie Policy|\*\*|^#/m);
  });

  it('maps text back to lines and columns of the file', () => {
    expect(placeOf(source, 'Monday after four years')).toEqual({ line: 12, column: 36 });
    expect(placeOf(source, 'Costs')).toEqual({ line: 14, column: 4 });
    expect(placeOf(source, 'A cycle path')).toEqual({ line: 19, column: 3 });
  });

  it('reports malformed front matter at its line and column and still reads the body', () => {
    const bad = only(ingestFixture('bad-front-matter.md'));
    expect(bad.diagnostics[0]).toMatchObject({ code: 'invalid-front-matter', severity: 'error', line: 3 });
    expect(bad.diagnostics[0]?.column).toBeGreaterThan(1);
    expect(bad.text).toBe('The ferry service resumed on Tuesday after a two-week pause.');
  });

  it('reports a published that is not a date and leaves the source undated', () => {
    const bad = only(ingestFixture('bad-date.md'));
    expect(bad.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([
      ['invalid-date', 3, 12],
      ['undated', undefined, undefined],
    ]);
    expect(bad.diagnostics[0]?.message).toContain('found "last Tuesday"');
    expect(bad).toMatchObject({ title: 'Ferry service resumes', publishedFrom: 'undated' });
    expect(bad.published).toBeUndefined();
  });

  it('keeps file lines and columns in a CRLF file with escapes and entities', () => {
    const md = '---\r\ntitle: T\r\n---\r\n\r\n# Head\r\n\r\nLine one\r\nline two &amp; \\*x\\*.\r\n';
    const source = only(ingestFile('crlf.md', new TextEncoder().encode(md)));
    expect(source.text).toBe('Head\n\nLine one line two & *x*.');
    expect(placeOf(source, 'Head')).toEqual({ line: 5, column: 3 });
    expect(placeOf(source, 'line two')).toEqual({ line: 8, column: 1 });
    expect(placeOf(source, 'x*.')).toEqual({ line: 8, column: 18 });
  });
});
