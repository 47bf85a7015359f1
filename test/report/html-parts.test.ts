import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { describe, expect, it } from 'vitest';
import { highlight } from '../../src/report/html/highlight.js';
import { linkOrText, safeHref } from '../../src/report/html/safe-link.js';

describe('safeHref', () => {
  it.each([
    ['https://english.news.cn/20250829/a.html', 'https://english.news.cn/20250829/a.html'],
    ['http://example.org', 'http://example.org/'],
    ['javascript:alert(1)', undefined],
    ['  JaVaScRiPt:alert(1)', undefined],
    ['data:text/html,<script>alert(1)</script>', undefined],
    ['vbscript:msgbox(1)', undefined],
    ['ftp://example.org/file', undefined],
    ['/relative/path', undefined],
    ['not a url', undefined],
  ])('%s → %s', (url, expected) => {
    expect(safeHref(url)).toBe(expected);
  });

  it('renders unsafe URLs as text, safe ones as links without opener or referrer', () => {
    expect(toHtml(h('p', linkOrText('T', 'javascript:alert(1)')))).toBe('<p>T<br><code class="url" title="not a web address, not linked">javascript:alert(1)</code></p>');
    expect(toHtml(h('p', linkOrText('T', 'https://x.org')))).toBe('<p><a href="https://x.org/" rel="noopener noreferrer">T</a></p>');
    expect(toHtml(h('p', linkOrText('T', undefined)))).toBe('<p>T</p>');
  });
});

describe('highlight', () => {
  const render = (text: string, display: string): string => toHtml(h('p', highlight(text, display)));

  it.each([
    ['It has 10 member states, two observer states.', '10 member states', '<p>It has <mark>10 member states</mark>, two observer states.</p>'],
    ['carried out an operation codenamed “Spider Web.”', 'spider web', '<p>carried out an operation codenamed “<mark>Spider Web</mark>.”</p>'],
    ['Now, with nine member states, three observer states', 'NINE MEMBER STATES', '<p>Now, with <mark>nine member states</mark>, three observer states</p>'],
    ['It rose (by 2.5%) last year.', '(by 2.5%)', '<p>It rose <mark>(by 2.5%)</mark> last year.</p>'],
    ['nothing to see', 'absent', '<p>nothing to see</p>'],
    ['a <b>bold</b> claim', '<b>bold</b>', '<p>a <mark>&#x3C;b>bold&#x3C;/b></mark> claim</p>'],
    ['empty display', '', '<p>empty display</p>'],
  ])('marks %j at %j', (text, display, expected) => {
    expect(render(text, display)).toBe(expected);
  });
});
