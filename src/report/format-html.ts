import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { Discrepancy, Report, ReportSource } from '../types.js';
import { indexSources } from './finding-place.js';
import type { HtmlElement } from './html/hast-element.js';
import { FILTER_SCRIPT, FILTER_SCRIPT_HASH } from './html/filter-script.js';
import { renderFilters, renderHeader } from './html/render-header.js';
import { renderFinding } from './html/render-finding.js';
import { renderSources } from './html/render-sources.js';
import { STYLES } from './html/styles.js';
import { plural } from './vocabulary.js';

/** No network, no plugins; styles inline; only the report's own filter script may run. */
export const CONTENT_SECURITY_POLICY = `default-src 'none'; style-src 'unsafe-inline'; script-src ${FILTER_SCRIPT_HASH}; img-src data:`;

/** Findings grouped by subject, groups in the order their first finding appears (most severe first). */
function bySubject(findings: readonly Discrepancy[]): Map<string, Discrepancy[]> {
  const groups = new Map<string, Discrepancy[]>();
  for (const finding of findings) groups.set(finding.subject, [...(groups.get(finding.subject) ?? []), finding]);
  return groups;
}

function renderFindings(report: Report, sources: ReadonlyMap<string, ReportSource>): HtmlElement {
  if (report.discrepancies.length === 0) {
    return h('section#findings', [h('h2', 'Findings'), h('p', 'No discrepancies found.')]);
  }
  const groups = [...bySubject(report.discrepancies)].map(([subject, findings]) =>
    h('section.subject', [h('h3', subject), ...findings.map((finding) => renderFinding(finding, sources))]),
  );
  return h('section#findings', [h('h2', 'Findings'), renderFilters(report), ...groups]);
}

/**
 * The report as one self-contained HTML page: inline CSS, one hashed inline script, a strict CSP,
 * nothing loaded from elsewhere. Built only from hast nodes, so every piece of article text is escaped.
 */
export function formatHtml(report: Report): string {
  const sources = indexSources(report.sources);
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
        renderHeader(report),
        h('main', [renderSources(report.sources), renderFindings(report, sources)]),
        h('script', FILTER_SCRIPT),
      ]),
    ]),
  ]);
  return `${toHtml(tree)}\n`;
}
