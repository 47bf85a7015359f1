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
import { renderSources } from './html/render-sources.js';
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

function renderFindings(report: Report, context: HtmlContext): HtmlElement {
  if (report.discrepancies.length === 0) {
    return h('section#findings', [h('h2', 'Findings'), h('p', 'No discrepancies found.')]);
  }
  const groups = [...bySubject(report.discrepancies)].map(([subject, findings]) =>
    h('section.subject', [h('h3', subject), ...findings.map((finding) => renderFinding(finding, context))]),
  );
  return h('section#findings', { ariaLabelledBy: 'findings-title' }, [
    h('h2#findings-title', `Findings (${report.discrepancies.length})`),
    renderFilters(report, context),
    renderFilterCount(),
    ...groups,
  ]);
}

/**
 * The report as one self-contained HTML page: a summary and the answers an editor asks first, the
 * findings with filters and search, and a paged view per source with its facts. Inline CSS, one
 * hashed inline script, a strict CSP, nothing loaded from elsewhere; built only from hast nodes, so
 * every piece of article text is escaped. Everything shows without JavaScript.
 */
export function formatHtml(report: Report): string {
  const context = htmlContext(report);
  const tree = h(null, [
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
        h('main', [renderOverview(report, context), renderFindings(report, context), renderSources(report.sources, context)]),
        h('script', FILTER_SCRIPT),
      ]),
    ]),
  ]);
  return `${toHtml(tree)}\n`;
}
