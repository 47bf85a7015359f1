import { describe, expect, it } from 'vitest';
import { ingestFile, locate } from '../../src/ingest/index.js';
import { ingestFixture, markedZones, only, placeOf } from './helpers.js';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('.txt sources', () => {
  it('lets a sidecar .meta.json override the metadata', () => {
    const source = only(ingestFixture('wire.txt', 'wire.meta.json'));
    expect(source).toMatchObject({
      title: 'Dam project approved',
      publisher: 'Example Agency',
      url: 'https://example.org/dam',
      published: '2020-03-03',
      publishedFrom: 'sidecar',
      publishedEvidence: 'wire.meta.json: 2020-03-03',
    });
    expect(markedZones(source)).toEqual([
      ['headline', 'Dam project wins approval'],
      ['dateline', 'MADRID, March 3 (Agency) --'],
    ]);
  });

  it('without the sidecar, it is dated from the text and the dateline names the publisher', () => {
    const source = only(ingestFixture('wire.txt'));
    expect(source).toMatchObject({ title: 'Dam project wins approval', publisher: 'Agency', publishedFrom: 'undated' });
    expect(source.diagnostics.map((d) => d.code)).toEqual(['undated-year']);
  });

  it('reports a broken sidecar and keeps reading the source', () => {
    const result = ingestFile('a.txt', bytes('Title\n\nBody text.'), { path: 'a.meta.json', bytes: bytes('{"title": }') });
    const source = result.sources[0];
    expect(source?.title).toBe('Title');
    expect(source?.diagnostics[0]).toMatchObject({ code: 'invalid-sidecar', severity: 'warning' });
    expect(source?.diagnostics[0]?.message).toMatch(/^sidecar a\.meta\.json:1:11: invalid JSON: expected a value/);
  });

  it('reads a YAML sidecar', () => {
    const side = { path: 'a.meta.yaml', bytes: bytes('published: 2022-01-05\nlanguage: de\n') };
    expect(ingestFile('a.txt', bytes('Title\n\nBody text.'), side).sources[0]).toMatchObject({
      published: '2022-01-05',
      publishedFrom: 'sidecar',
      language: 'de',
    });
  });

  it('strips a BOM and normalises CRLF, keeping file lines and columns', () => {
    const source = only(ingestFile('crlf.txt', bytes('\uFEFFTitle here\r\n\r\nFirst para.\r\nSecond para.\r')));
    expect(source.text).toBe('Title here\n\nFirst para.\n\nSecond para.');
    expect(placeOf(source, 'Second')).toEqual({ line: 4, column: 1 });
    expect(source.lineStarts).toEqual([0, 12, 14, 27, 40]);
  });

  it('joins the lines of a hard-wrapped file into paragraphs', () => {
    const wrapped = [
      'Wrapped story title',
      '',
      'The new bridge opened on Monday after four years of',
      'work, officials said, and it carries two lanes of traffic',
      'each way across the river between the two halves of',
      'the city.',
      '',
      'It cost about 1.2 billion dollars, the city said in a',
      'statement issued after the opening ceremony.',
    ].join('\n');
    const source = only(ingestFile('wrapped.txt', bytes(wrapped)));
    expect(source.text.split('\n\n')).toHaveLength(3);
    expect(source.text).toContain('four years of work, officials said');
    expect(locate(source, source.text.indexOf('work, officials'))).toMatchObject({ line: 4, column: 1 });
  });

  it('fails a file with nothing left but furniture, and a binary file', () => {
    expect(ingestFile('x.txt', bytes('I Agree\nAbout UsContact Us\n')).failed[0]?.diagnostics[0]?.code).toBe('empty');
    expect(ingestFile('x.txt', new Uint8Array([65, 0, 66])).failed[0]?.diagnostics[0]).toMatchObject({ code: 'binary-file' });
    expect(ingestFile('x.pdf', bytes('%PDF')).failed[0]?.diagnostics[0]?.code).toBe('unsupported-format');
  });

  it('reads invalid UTF-8 with a warning at the first bad byte', () => {
    const source = only(ingestFile('x.txt', new Uint8Array([...bytes('Title\nBad '), 0xff, ...bytes(' byte.')])));
    expect(source.diagnostics[0]).toMatchObject({ code: 'invalid-encoding', line: 2, column: 5 });
  });
});
