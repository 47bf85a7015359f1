import rehypeParse from 'rehype-parse';
import { selectAll } from 'hast-util-select';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/build-report.js';
import { formatHtml, writeHtml } from '../../src/report/format-html.js';
import { fixtureInput, sources } from './fixture.js';

const pieces = (input: typeof fixtureInput): string[] => {
  const out: string[] = [];
  writeHtml(buildReport(input), (piece) => out.push(piece));
  return out;
};

describe('writeHtml', () => {
  it('writes the page around the long parts, then one piece per subject group and per source: the page formatHtml gives', () => {
    const report = buildReport(fixtureInput);
    const written = pieces(fixtureInput);
    const subjects = new Set(report.discrepancies.map((d) => d.subject)).size;
    expect(written).toHaveLength(3 + subjects + report.sources.length);
    expect(written.join('')).toBe(formatHtml(report));
    for (const piece of written.slice(subjects + 2, -1)) expect(piece).toMatch(/^<li><details class="source" id="src-\d+">.*<\/details><\/li>$/s);
    expect(written.join('')).not.toContain('factdiff-slot-');
  });

  it('writes a page without findings whole, the sources one by one', () => {
    const written = pieces({ ...fixtureInput, discrepancies: [] });
    expect(written).toHaveLength(3 + sources.length);
    expect(written.join('')).toContain('No discrepancies found.');
    expect(written.join('')).not.toContain('factdiff-slot-');
  });

  it('is not misled by article text that looks like its cuts', () => {
    const trap = '<!--factdiff-slot-00000000-0000-0000-0000-000000000000-sources-->';
    const input = { ...fixtureInput, sources: sources.map((s) => ({ ...s, title: trap, url: `https://example.org/${trap}` })) };
    const page = unified().use(rehypeParse).parse(pieces(input).join(''));
    expect(selectAll('#source-list > li', page)).toHaveLength(sources.length);
    expect(selectAll('.source-title', page).map((node) => (node.children[0] as { value: string }).value)).toEqual(sources.map(() => trap));
  });
});
