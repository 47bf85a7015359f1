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
import {
  DATA_URL, EVENT_VALUE, hostileHtmlInput, IMG_QUOTE, JS_URL, LONG_WORD, PAYLOADS, SAFE_URL, SCRIPT_TITLE, SVG_PUBLISHER, SVG_VALUE,
} from './hostile-fixture.js';

const parse = (html: string) => unified().use(rehypeParse).parse(html);
type Element = NonNullable<ReturnType<typeof select>>;
const text = (node: Element | undefined): string => (node === undefined ? '' : toText(node));
/** The raw text of a script or style element, as the browser (and the CSP hash) sees it. */
const rawText = (node: Element | undefined): string =>
  (node?.children ?? []).map((child) => (child.type === 'text' ? child.value : '')).join('');

const report = buildReport(fixtureInput);
const html = formatHtml(report);
const tree = parse(html);
const hostileHtml = formatHtml(buildReport(hostileHtmlInput));
const hostileTree = parse(hostileHtml);
/** The page with every quoted attribute value emptied: where markup, not attribute text, would appear. */
const hostileMarkup = hostileHtml.replace(/="[^"]*"/g, '=""');

describe('formatHtml on hostile input', () => {
  it('escapes markup from articles instead of running it', () => {
    expect(hostileMarkup).not.toContain('<script>alert');
    expect(hostileMarkup).not.toMatch(/<img|<iframe|<math|<foreignObject|<svg>/i);
    expect(hostileMarkup).not.toMatch(/<[^>]*\son\w+=/i);
    expect(text(select('section#sources', hostileTree))).toContain(SCRIPT_TITLE);
    expect(text(select('section#sources', hostileTree))).toContain(SVG_PUBLISHER);
    expect(text(select('.finding .display', hostileTree))).toContain(IMG_QUOTE);
  });

  it.each(PAYLOADS.map((payload) => [payload]))('shows %s as text somewhere on the page', (payload) => {
    expect(text(select('body', hostileTree))).toContain(payload);
  });

  it('keeps a 10,000-character word whole, as text', () => {
    expect(text(select('section#sources', hostileTree))).toContain(LONG_WORD);
    expect(text(select('.finding[data-kind="temporal-change"] .sentence', hostileTree))).toContain(LONG_WORD);
  });

  it('has no event-handler attributes, only its own script, and no SVG but its timelines', () => {
    const attributes = selectAll('*', hostileTree).flatMap((el) => Object.keys(el.properties));
    expect(attributes.filter((name) => /^on/i.test(name))).toEqual([]);
    expect(selectAll('script', hostileTree).map(rawText)).toEqual([FILTER_SCRIPT]);
    expect(selectAll('img, iframe, object, embed, math, foreignObject', hostileTree)).toEqual([]);
    expect(selectAll('svg', hostileTree)).toHaveLength(1);
    expect(select('figure.timeline > svg', hostileTree)).toBeDefined();
    const shapes = new Set(selectAll('svg *', hostileTree).map((el) => el.tagName));
    expect([...shapes].sort()).toEqual(['circle', 'g', 'line', 'rect', 'text', 'title']);
  });

  it('draws hostile values on the timeline as text, cut short, with the whole value in a tooltip', () => {
    const svg = select('figure.timeline > svg', hostileTree);
    const titles = selectAll('title', svg).map((node) => toText(node));
    expect(titles).toContain(`${SVG_VALUE} (2024-03-01)`);
    expect(titles).toContain(`${EVENT_VALUE} (2024-06)`);
    expect(selectAll('text', svg).map((node) => toText(node))).toContain(`${SVG_VALUE.slice(0, 25)}…`);
  });

  it('links only http(s) URLs, with noopener noreferrer, and shows others as text', () => {
    const links = selectAll('a[href]', hostileTree).filter((a) => !String(a.properties.href).startsWith('#'));
    expect(links.map((a) => a.properties.href)).toEqual([new URL(SAFE_URL).href]);
    expect(links.map((a) => a.properties.rel)).toEqual([['noopener', 'noreferrer']]);
    const hrefs = selectAll('[href], [xLinkHref], [src], [action], [formAction]', hostileTree);
    expect(hrefs.filter((el) => el.tagName !== 'a')).toEqual([]);
    expect(hrefs.map((a) => String(a.properties.href)).filter((href) => !/^(#|https?:)/.test(href))).toEqual([]);
    expect(selectAll('code.url', hostileTree).map((node) => toText(node)).sort()).toEqual([DATA_URL, JS_URL].sort());
  });

  it('links within the page only to anchors it made itself', () => {
    const anchors = selectAll('a[href^="#"]', hostileTree).map((a) => String(a.properties.href).slice(1));
    const ids = new Set(selectAll('[id]', hostileTree).map((el) => String(el.properties.id)));
    expect(anchors.filter((id) => !ids.has(id))).toEqual([]);
    expect([...ids].filter((id) => /[^\w-]/.test(id))).toEqual([]);
  });

  it('carries a strict CSP whose script hash matches the inline script', () => {
    const csp = select('meta[http-equiv="Content-Security-Policy"]', hostileTree)?.properties.content;
    expect(String(csp)).toMatch(/^default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-[A-Za-z0-9+/=]+'; img-src data:$/);
    const hash = createHash('sha256').update(rawText(select('script', hostileTree))).digest('base64');
    expect(String(csp)).toContain(`'sha256-${hash}'`);
  });
});

describe('formatHtml on the seed findings', () => {
  it('shows the summary counts by severity, kind and baseline', () => {
    const counts = text(select('.counts', tree));
    expect(counts).toContain('temporal change 1');
    expect(counts).toContain('unresolved 0');
    expect(counts).toContain('warning 2');
    expect(counts).toContain('none used: all 3 new');
    expect(text(select('header', tree))).toContain('2025-09-01T08:00:00Z');
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

  it('says who published each side, when, and how the date was known', () => {
    const card = select('article[data-kind="temporal-change"]', tree);
    expect(selectAll('.origin', card).map((node) => toText(node))).toEqual([
      'Xinhua · 2025-08-29 (from dateline+text)',
      'Xinhua · 2024-07-01 (from header)',
    ]);
    const name = select('article[data-kind="name-variant"]', tree);
    expect(selectAll('.origin', name).map((node) => toText(node))).toEqual(['undated', 'Xinhua · 2025-08-29 (from dateline+text)']);
  });

  it('links each side to its source in the per-source view', () => {
    const card = select('article[data-kind="temporal-change"]', tree);
    const targets = selectAll('a.place', card).map((a) => String(a.properties.href));
    expect(targets).toEqual(['#src-1', '#src-2']);
    expect(text(select('details#src-1 summary', tree))).toContain(S001);
    expect(text(select('details#src-2 summary', tree))).toContain(S002);
  });

  it('marks the value inside each sentence', () => {
    const marks = selectAll('.sentence mark', tree).map((mark) => toText(mark));
    expect(marks).toEqual(expect.arrayContaining(['nine member states', '10 member states', 'Web', 'Spider Web']));
  });

  it('renders a quote diff as <del> and <ins>', () => {
    const card = select('article[data-kind="quote-variant"]', tree);
    expect(selectAll('.diff p:last-child del', card).map((n) => toText(n))).toEqual([',', 'safety is the lifeline to happiness', 'the ']);
    expect(selectAll('.diff p:last-child ins', card).map((n) => toText(n))).toEqual(['a guarantee', '’s happiness']);
    expect(text(select('.diff .muted', card))).toBe(`Word diff: removed only in ${S000}, added only in ${S001}`);
    expect(html).toContain('<del>safety is the lifeline to happiness</del>');
  });

  it('is self-contained, responsive and printable', () => {
    expect(selectAll('link, [src]', tree)).toEqual([]);
    const css = rawText(select('style', tree));
    expect(css).toContain('@media print');
    expect(css).toMatch(/@media print \{\n {2}#filters, #filter-count, \.toolbar, \.skip \{ display: none !important; \}/);
    expect(css).toMatch(/\.claims \{ display: grid; grid-template-columns: repeat\(auto-fit/);
    expect(css).toContain(':focus-visible');
    expect(select('meta[name=viewport]', tree)).toBeDefined();
    expect(select('table', tree)).toBeUndefined();
  });

  it('gives the same bytes for the same report', () => {
    expect(formatHtml(buildReport(fixtureInput))).toBe(html);
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain(S002);
  });
});
