import { h } from 'hastscript';
import type { HtmlElement } from './hast-element.js';
import type { Report } from '../../types.js';
import { KINDS, SEVERITIES, plural } from '../vocabulary.js';
import { KIND_LABELS } from './labels.js';

function countList(title: string, entries: Array<[label: string, n: number, className: string]>): HtmlElement {
  return h('dl', [
    h('dt', title),
    ...entries.map(([label, n, className]) => h('dd', { className: [className] }, `${label} ${n}`)),
  ]);
}

function checkbox(name: string, value: string, label: string, n: number): HtmlElement {
  return h('label', [h('input', { type: 'checkbox', name, value, checked: true }), ` ${label} (${n})`]);
}

/** Title, when and by what the report was made, and its counts by kind and severity. */
export function renderHeader(report: Report): HtmlElement {
  const { summary, tool } = report;
  const { byKind, bySeverity } = summary.discrepancies;
  return h('header', [
    h('h1', 'factdiff report'),
    h('p.muted', [
      `Generated ${report.generatedAt} by ${tool.name} ${tool.version} · `,
      `${plural(summary.sources, 'source')} · ${plural(summary.claims, 'claim')} · `,
      `${plural(report.discrepancies.length, 'finding')} (${summary.new} new, ${summary.baselined} baselined)`,
    ]),
    h('div.counts', [
      countList('By severity', SEVERITIES.map((s) => [s, bySeverity[s], `sev-${s}`])),
      countList('By kind', KINDS.map((k) => [KIND_LABELS[k], byKind[k], `kind-${k}`])),
    ]),
  ]);
}

/** Filter boxes by severity and kind; hidden until the inline script shows them, useless without it. */
export function renderFilters(report: Report): HtmlElement {
  const { byKind, bySeverity } = report.summary.discrepancies;
  return h('nav#filters', { hidden: true, ariaLabel: 'Filter findings' }, [
    h('fieldset', [h('legend', 'Severity'), ...SEVERITIES.map((s) => checkbox('severity', s, s, bySeverity[s]))]),
    h('fieldset', [h('legend', 'Kind'), ...KINDS.map((k) => checkbox('kind', k, KIND_LABELS[k], byKind[k]))]),
  ]);
}
