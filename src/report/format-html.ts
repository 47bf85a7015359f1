import { randomUUID } from 'node:crypto';
import type { Comment, ElementContent } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { Discrepancy, Report } from '../types.js';
import type { HtmlContext } from './html/context.js';
import { htmlContext } from './html/context.js';
import type { HtmlElement } from './html/hast-element.js';
import { FILTER_SCRIPT, FILTER_SCRIPT_HASH } from './html/filter-script.js';
import { renderFilterCount, renderFilters } from './html/render-filters.js';
import { renderHeader } from './html/render-header.js';
import { renderFinding } from './html/render-finding.js';
import { renderOverview } from './html/render-overview.js';
import { renderSource, renderSources } from './html/render-sources.js';
import { STYLES } from './html/styles.js';
import { plural } from './vocabulary.js';

/** No network, no plugins; styles inline; only the report's own script may run. */
export const CONTENT_SECURITY_POLICY = `default-src 'none'; style-src 'unsafe-inline'; script-src ${FILTER_SCRIPT_HASH}; img-src data:`;

/** Findings grouped by subject, groups in the order their first finding appears (most severe first). */
function bySubject(findings: readonly Discrepancy[]): Map<string, Discrepancy[]> {
  const groups = new Map<string, Discrepancy[]>();
  for (const finding of findings) {
    const group = groups.get(finding.subject);
    if (group === undefined) groups.set(finding.subject, [finding]);
    else group.push(finding);
  }
  return groups;
}

/** The findings about one subject, under its name. */
function renderSubject(subject: string, findings: readonly Discrepancy[], context: HtmlContext): HtmlElement {
  return h('section.subject', [h('h3', subject), ...findings.map((finding) => renderFinding(finding, context))]);
}

/** The findings section; `groups` stand where the subject groups go (a slot when they are written apart). */
function renderFindings(report: Report, context: HtmlContext, groups: ElementContent[]): HtmlElement {
  if (report.discrepancies.length === 0) {
    return h('section#findings', [h('h2', 'Findings'), h('p', 'No discrepancies found.')]);
  }
  return h('section#findings', { ariaLabelledBy: 'findings-title' }, [
    h('h2#findings-title', `Findings (${report.discrepancies.length})`),
    renderFilters(report, context),
    renderFilterCount(),
    ...groups,
  ]);
}

/** The page around the long parts: `findings` and `sources` are the children put where the subject groups and the source items go. */
function renderPage(report: Report, context: HtmlContext, findings: ElementContent[], sources: ElementContent[]) {
  return h(null, [
    { type: 'doctype' },
    h('html', { lang: 'en' }, [
      h('head', [
        h('meta', { charSet: 'utf-8' }),
        h('meta', { httpEquiv: 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }),
        h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
        h('meta', { name: 'generator', content: `${report.tool.name} ${report.tool.version}` }),
        h('title', `factdiff report · ${plural(report.discrepancies.length, 'finding')}`),
        h('style', STYLES),
      ]),
      h('body', [
        h('a.skip', { href: '#findings' }, 'Skip to findings'),
        renderHeader(report),
        h('main', [renderOverview(report, context), renderFindings(report, context, findings), renderSources(report.sources, context, sources)]),
        h('script', FILTER_SCRIPT),
      ]),
    ]),
  ]);
}

/**
 * The page's markup cut where the two long parts go: the text before the subject groups, between
 * them and the source items, and after. The cuts are comments holding a random token, serialized
 * with the rest and then found in the text; a token that occurs anywhere else (it cannot, short of
 * an article guessing it) is drawn again.
 */
function pageAround(report: Report, context: HtmlContext): [before: string, between: string, after: string] {
  const withFindings = report.discrepancies.length > 0;
  for (;;) {
    const token = `factdiff-slot-${randomUUID()}`;
    const markup = toHtml(renderPage(report, context, [{ type: 'comment', value: `${token}-findings` }], [{ type: 'comment', value: `${token}-sources` }]));
    if (markup.split(token).length !== (withFindings ? 3 : 2)) continue;
    const [before, rest] = withFindings ? cut(markup, `<!--${token}-findings-->`) : ['', markup];
    const [between, after] = cut(rest, `<!--${token}-sources-->`);
    return withFindings ? [before, between, after] : [between, '', after];
  }
}

/** The text before and after the first `mark` in it (which the caller knows is there). */
function cut(text: string, mark: string): [string, string] {
  const at = text.indexOf(mark);
  return [text.slice(0, at), text.slice(at + mark.length)];
}

/**
 * The report as one self-contained HTML page, written in pieces to `write`: the page around the
 * long parts, then each group of findings about one subject and each source, one at a time, so a
 * ten-thousand-source report is never held whole, as a tree or as text. A summary and the answers
 * an editor asks first, the findings with filters and search, and a paged view per source with its
 * facts. Inline CSS, one hashed inline script, a strict CSP, nothing loaded from elsewhere; every
 * piece is built from hast nodes and serialized by hast-util-to-html, so every piece of article
 * text is escaped. Everything shows without JavaScript. The pieces joined are the markup of the
 * whole page as one tree (each piece is that tree's serialization of the same nodes).
 */
export function writeHtml(report: Report, write: (piece: string) => void): void {
  const context = htmlContext(report);
  const [before, between, after] = pageAround(report, context);
  write(before);
  for (const [subject, findings] of bySubject(report.discrepancies)) write(toHtml(renderSubject(subject, findings, context)));
  write(between);
  // A source's facts are markup already (render-facts.ts): the only raw node of the page.
  for (const source of report.sources) write(toHtml(renderSource(source, context), { allowDangerousHtml: true }));
  write(`${after}\n`);
}

/** The report as one self-contained HTML page (see {@link writeHtml}), as one string: for small reports and tests. */
export function formatHtml(report: Report): string {
  const pieces: string[] = [];
  writeHtml(report, (piece) => pieces.push(piece));
  return pieces.join('');
}
