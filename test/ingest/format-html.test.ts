import { describe, expect, it } from 'vitest';
import { ingestFile } from '../../src/ingest/index.js';
import { ingestFixture, markedZones, only, placeOf } from './helpers.js';

describe('.html sources', () => {
  const source = only(ingestFixture('page.html'));

  it('reads title, site name, url, language and published time from the head', () => {
    expect(source).toMatchObject({
      format: 'html',
      title: 'Wind farm doubles output & capacity',
      publisher: 'Example Times',
      url: 'https://example.org/wind',
      language: 'en',
      published: '2022-09-14',
      publishedFrom: 'metadata',
      diagnostics: [],
    });
  });

  it('takes text from <article> only, ignoring nav, header, footer, aside, script and form', () => {
    expect(source.text).toBe(
      [
        'Wind farm doubles output',
        'The offshore wind farm doubled its output in August, the operator said.',
        'Turbines off the coast, Sept. 1, 2022.',
        'Grid connection',
        'The farm now has 120 turbines – up from 60 – and supplies 400,000 homes.',
      ].join('\n\n'),
    );
  });

  it('zones headings and figcaptions', () => {
    expect(markedZones(source)).toEqual([
      ['headline', 'Wind farm doubles output'],
      ['caption', 'Turbines off the coast, Sept. 1, 2022.'],
      ['subhead', 'Grid connection'],
    ]);
  });

  it('maps text to the file through node positions, entities included', () => {
    expect(placeOf(source, 'The offshore wind farm')).toEqual({ line: 16, column: 8 });
    expect(placeOf(source, 'Turbines off')).toEqual({ line: 19, column: 19 });
    expect(placeOf(source, 'and supplies')).toEqual({ line: 22, column: 65 });
  });

  it('falls back to <main>, og:title and <time datetime>, and dates the text when metadata has no date', () => {
    const html = [
      '<html><head><meta property="og:title" content="Fallback title"></head><body>',
      '<nav>Home</nav><main><time datetime="2021-05-06">May 6</time>',
      '<p>ROME, May 2 (Agency) -- Talks began.</p></main></body></html>',
    ].join('\n');
    const page = ingestFile('page.htm', new TextEncoder().encode(html)).sources[0];
    expect(page).toMatchObject({ title: 'Fallback title', published: '2021-05-06', publishedFrom: 'metadata' });
    expect(page?.text.startsWith('Fallback title\n\n')).toBe(true);
    expect(page?.text.endsWith('\n\nROME, May 2 (Agency) -- Talks began.')).toBe(true);
    expect(page?.text).not.toContain('Home');
    const undated = html.replace('<time datetime="2021-05-06">May 6</time>', '<p>Written 2019.</p>');
    expect(ingestFile('page.htm', new TextEncoder().encode(undated)).sources[0]).toMatchObject({
      published: '2019-05-02',
      publishedFrom: 'dateline+text',
      publisher: 'Agency',
    });
  });
});
