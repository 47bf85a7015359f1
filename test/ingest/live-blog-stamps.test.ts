import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/extract/index.js';
import { ingestFile } from '../../src/ingest/index.js';
import { projectRules } from '../support/sources.js';

// test15 (quake-liveblog.html): posts stamped with a date, its year and a time ("Monday 6 February 2023, 23:05").
const page = `<!DOCTYPE html><html lang="en"><head><title>Live: Powerful earthquakes hit Turkey and Syria</title>
<meta property="article:published_time" content="2023-02-06T23:30:00+03:00"></head><body><main>
<article><p class="stamp">Monday 6 February 2023, 23:05</p><p>The disaster agency says the death toll in the country has risen to 2,921.</p></article>
<article><p class="stamp">Monday 6 February 2023, 07:30</p><p>Officials say at least 284 people have been killed.</p></article>
</main></body></html>`;

describe('a live blog whose stamps carry the year', () => {
  it('keeps the stamps in the text, so that each dates its post at its time of day', () => {
    const [source] = ingestFile('live.html', new TextEncoder().encode(page)).sources;
    expect(source?.text).toContain('Monday 6 February 2023, 23:05');
    const tolls = extractClaims(source!, projectRules).filter((c) => c.extractor === 'generic.quantity').map((c) => [c.value.type === 'quantity' ? c.value.amount : 0, c.qualifiers.clock]);
    expect(tolls).toEqual([[2921, '23:05'], [284, '07:30']]);
  });

  it('still takes a single date line at the top of a page as its date header, out of the text', () => {
    const txt = 'Earthquake hits Turkey\n\nMonday 6 February 2023, 10:00\n\nOfficials say at least 284 people have been killed.\n';
    const [source] = ingestFile('wire.txt', new TextEncoder().encode(txt)).sources;
    expect(source?.text).not.toContain('10:00');
    expect(source?.published).toBe('2023-02-06');
  });
});
