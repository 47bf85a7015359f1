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

  // test7 (odysseus-landing.html): an "at a glance" box inside the article holds the story's figures.
  it('keeps a fact box of "Label: value" items inside the article, and drops an aside of links', () => {
    const html = [
      '<html><head><title>Lander</title></head><body><article><p>The 675-kilogram lander carries six NASA instruments.</p>',
      '<aside class="factbox"><h3>IM-1 at a glance</h3><ul><li>Mass at launch: 657 kg</li><li>Payloads: 12 (six NASA)</li><li>Launched from Florida</li></ul></aside>',
      '<aside><ul><li><a href="/a">Peregrine burns up after 10 days in space</a></li><li><a href="/b">Artemis II delayed</a></li></ul></aside>',
      '</article></body></html>',
    ].join('\n');
    const page = ingestFile('page.html', new TextEncoder().encode(html)).sources[0];
    expect(page?.text).toContain('Mass at launch: 657 kg');
    expect(page?.text).not.toContain('Peregrine');
  });

  // test10 (chido-liveblog.html): a live blog is a run of <article> posts; a related list's are furniture.
  it('reads every post of a live blog in page order, but no <article> inside an aside', () => {
    const html = [
      '<html><head><title>Live: storm</title></head><body><main><h1>Live: storm</h1>',
      '<article class="post"><p class="time">Monday 16 December, 21:10</p><p>The authorities now count 21 dead.</p></article>',
      '<article class="post"><p class="time">Sunday 15 December, 11:20</p><p>The provisional toll stands at 14 dead.</p></article>',
      '</main><aside class="related"><article><p>Storm hits Mozambique</p></article></aside></body></html>',
    ].join('\n');
    const page = ingestFile('live.html', new TextEncoder().encode(html)).sources[0];
    expect(page?.text).toBe(['Live: storm', 'Monday 16 December, 21:10', 'The authorities now count 21 dead.', 'Sunday 15 December, 11:20', 'The provisional toll stands at 14 dead.'].join('\n\n'));
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
