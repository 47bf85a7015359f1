import { createHash } from 'node:crypto';
import { selectAll, select } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/build-report.js';
import { formatHtml } from '../../src/report/format-html.js';
import { FILTER_SCRIPT } from '../../src/report/html/filter-script.js';
import { fixtureInput, S000, S001, S002 } from './fixture.js';
import { hostileInput, IMG_QUOTE, JS_URL, SAFE_URL, SCRIPT_TITLE, SVG_PUBLISHER } from './hostile-fixture.js';

const parse = (html: string) => unified().use(rehypeParse).parse(html);
type Element = NonNullable<ReturnType<typeof select>>;
const text = (node: Element | undefined): string => (node === undefined ? '' : toText(node));
/** The raw text of a script or style element, as the browser (and the CSP hash) sees it. */
const rawText = (node: Element | undefined): string =>
  (node?.children ?? []).map((child) => (child.type === 'text' ? child.value : '')).join('');

const report = buildReport(fixtureInput);
const html = formatHtml(report);
const tree = parse(html);
const hostileHtml = formatHtml(buildReport(hostileInput));
const hostileTree = parse(hostileHtml);

describe('formatHtml on hostile input', () => {
  it('escapes markup from articles instead of running it', () => {
    expect(hostileHtml).not.toContain('<script>alert');
    expect(hostileHtml).not.toMatch(/<img|<svg/i);
    expect(hostileHtml).not.toMatch(/<[^>]*\son\w+=/i);
    expect(text(select('section#sources', hostileTree))).toContain(SCRIPT_TITLE);
    expect(text(select('section#sources', hostileTree))).toContain(SVG_PUBLISHER);
    expect(text(select('.finding .display', hostileTree))).toContain(IMG_QUOTE);
  });

  it('has no event-handler attributes and only its own script', () => {
    const attributes = selectAll('*', hostileTree).flatMap((el) => Object.keys(el.properties));
    expect(attributes.filter((name) => /^on/i.test(name))).toEqual([]);
    const scripts = selectAll('script', hostileTree);
    expect(scripts.map(rawText)).toEqual([FILTER_SCRIPT]);
    expect(selectAll('img, svg, iframe, object, embed', hostileTree)).toEqual([]);
  });

  it('links only http(s) URLs, with noopener noreferrer, and shows others as text', () => {
    const links = selectAll('a[href]', hostileTree);
    expect(links.map((a) => a.properties.href)).toEqual([new URL(SAFE_URL).href]);
    expect(links.map((a) => a.properties.rel)).toEqual([['noopener', 'noreferrer']]);
    expect(hostileHtml).not.toMatch(/href="\s*javascript:/i);
    expect(text(select('code.url', hostileTree))).toBe(JS_URL);
  });

  it('carries a strict CSP whose script hash matches the inline script', () => {
    const csp = select('meta[http-equiv="Content-Security-Policy"]', hostileTree)?.properties.content;
    expect(String(csp)).toMatch(/^default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-[A-Za-z0-9+/=]+'; img-src data:$/);
    const hash = createHash('sha256').update(rawText(select('script', hostileTree))).digest('base64');
    expect(String(csp)).toContain(`'sha256-${hash}'`);
  });
});

describe('formatHtml on the seed findings', () => {
  it('shows the header counts by kind and severity', () => {
    const counts = text(select('.counts', tree));
    expect(counts).toContain('temporal change 1');
    expect(counts).toContain('unresolved 0');
    expect(counts).toContain('warning 2');
    expect(text(select('header', tree))).toContain('2025-09-01T08:00:00Z');
  });

  it('marks the undated source in the sources table and says how each date was known', () => {
    const rows = selectAll('#sources tbody tr', tree).map((row) => text(row));
    expect(rows).toHaveLength(3);
    expect(rows[0]).toContain(S000);
    expect(text(select('#sources tbody tr .badge.sev-warning', tree))).toBe('undated');
    expect(rows[1]).toMatch(/2025-08-29\s*from dateline\+text/);
    expect(rows[2]).toMatch(/2024-07-01\s*from header/);
  });

  it('groups findings by subject', () => {
    const groups = selectAll('section.subject', tree).map((group) => [
      text(select('h3', group)),
      selectAll('.finding', group).map((card) => card.properties.dataKind),
    ]);
    expect(groups).toEqual([
      ['SCO anti-drug operation', ['name-variant']],
      ['Xi Jinping', ['quote-variant']],
      ['SCO', ['temporal-change']],
    ]);
  });

  it.each(report.discrepancies.map((d) => [d.kind, d] as const))('shows both sides of the %s side by side', (_kind, finding) => {
    const card = select(`article[id="finding-${finding.id}"]`, tree);
    const columns = selectAll('.claims > .claim', card);
    expect(columns).toHaveLength(finding.claims.length);
    finding.claims.forEach((claim, i) => {
      expect(text(columns[i])).toContain(`${claim.source}:${claim.line}:${claim.column}`);
      expect(text(select('.display', columns[i]))).toBe(claim.display);
      expect(text(select('.sentence', columns[i]))).toBe(claim.text);
    });
    expect(text(select('.message', card))).toBe(finding.message);
    expect(selectAll('.chip', card).map((chip) => toText(chip))).toEqual(finding.linkedBy);
  });

  it('marks the value inside each sentence', () => {
    const marks = selectAll('.sentence mark', tree).map((mark) => toText(mark));
    expect(marks).toEqual(expect.arrayContaining(['nine member states', '10 member states', 'Web', 'Spider Web']));
  });

  it('shows the member-count change with its publication dates and explanation', () => {
    const card = select('article[data-kind="temporal-change"]', tree);
    expect(text(card)).toContain('Xinhua · 2025-08-29');
    expect(text(card)).toContain('Xinhua · 2024-07-01');
    expect(text(select('.explanation', card))).toContain('Belarus officially became the 10th member');
  });

  it('renders a quote diff as <del> and <ins>', () => {
    const card = select('article[data-kind="quote-variant"]', tree);
    expect(selectAll('.diff p:last-child del', card).map((n) => toText(n))).toEqual([',', 'safety is the lifeline to happiness', 'the ']);
    expect(selectAll('.diff p:last-child ins', card).map((n) => toText(n))).toEqual(['a guarantee', '’s happiness']);
    expect(text(select('.diff .muted', card))).toBe(`Word diff: removed only in ${S000}, added only in ${S001}`);
    expect(html).toContain('<del>safety is the lifeline to happiness</del>');
  });

  it('offers filters by kind and severity, hidden until the script shows them', () => {
    const filters = select('nav#filters', tree);
    expect(filters?.properties.hidden).toBe(true);
    expect(selectAll('input[type=checkbox]', filters).map((box) => `${box.properties.name}:${box.properties.value}`)).toEqual([
      'severity:error', 'severity:warning', 'severity:info',
      'kind:conflict', 'kind:temporal-change', 'kind:name-variant', 'kind:quote-variant', 'kind:unresolved',
    ]);
  });

  it('is self-contained, responsive and printable', () => {
    expect(selectAll('link, [src]', tree)).toEqual([]);
    const css = rawText(select('style', tree));
    expect(css).toContain('@media print');
    expect(css).toMatch(/\.claims \{ display: grid; grid-template-columns: repeat\(auto-fit/);
    expect(select('meta[name=viewport]', tree)).toBeDefined();
  });

  it('gives the same bytes for the same report', () => {
    expect(formatHtml(buildReport(fixtureInput))).toBe(html);
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain(S002);
  });
});
