import { h } from 'hastscript';
import type { HtmlElement } from './hast-element.js';
import type { Report } from '../../types.js';
import { KINDS, SEVERITIES, plural } from '../vocabulary.js';
import { KIND_LABELS } from './labels.js';
import { absentFindings, countStatuses, STATUSES } from './status.js';

function countList(title: string, entries: Array<[label: string, n: number | undefined, className: string]>): HtmlElement {
  return h('dl', [
    h('dt', title),
    ...entries.map(([label, n, className]) => h('dd', { className: [className] }, n === undefined ? label : `${label} ${n}`)),
  ]);
}

/** New against known (and gone) when a baseline was used, else that none was. */
function baselineCounts(report: Report): HtmlElement {
  const counts = countStatuses(report.discrepancies);
  if (report.baseline === undefined && counts.size === 0) {
    return countList('Baseline', [[`none used: all ${report.discrepancies.length} new`, undefined, 'muted']]);
  }
  return countList(`Baseline${report.baseline === undefined ? '' : ` ${report.baseline.path}`}`, [
    ...STATUSES.map((s): [string, number, string] => [s, counts.get(s) ?? 0, `status-${s}`]),
    ['no longer found', absentFindings(report).length, 'status-absent'],
  ]);
}

/** Title, when and by what the report was made, and its counts by severity, kind and baseline status. */
export function renderHeader(report: Report): HtmlElement {
  const { summary, tool } = report;
  const { byKind, bySeverity } = summary.discrepancies;
  return h('header', [
    h('h1', 'factdiff report'),
    h('p.muted', [
      `Generated ${report.generatedAt} by ${tool.name} ${tool.version} · `,
      `${plural(summary.sources, 'source')} · ${plural(summary.claims, 'claim')} · `,
      `${plural(report.discrepancies.length, 'finding')}`,
    ]),
    h('div.counts', { role: 'group', ariaLabel: 'Summary' }, [
      countList('By severity', SEVERITIES.map((s) => [s, bySeverity[s], `sev-${s}`])),
      countList('By kind', KINDS.map((k) => [KIND_LABELS[k], byKind[k], `kind-${k}`])),
      baselineCounts(report),
    ]),
  ]);
}
