import { h } from 'hastscript';
import type { HtmlElement } from './hast-element.js';
import type { Report } from '../../types.js';
import { KINDS, SEVERITIES } from '../vocabulary.js';
import type { HtmlContext } from './context.js';
import { sourceLabel } from './context.js';
import { KIND_LABELS } from './labels.js';
import { countStatuses, STATUSES } from './status.js';

function checkbox(name: string, value: string, label: string, n: number): HtmlElement {
  return h('label', [h('input', { type: 'checkbox', name, value, checked: true }), ` ${label} (${n})`]);
}

/** The sources that give a side of some finding, in report order: the choices of the source filter. */
function findingSources(report: Report, context: HtmlContext): Array<[anchor: string, label: string]> {
  const used = new Set(report.discrepancies.flatMap((finding) => finding.claims.map((claim) => claim.source)));
  return [...context.anchors].filter(([id]) => used.has(id)).map(([id, anchor]) => [anchor, sourceLabel(id, context)]);
}

/**
 * The findings' filters: a text search, severity, kind, baseline status (when a baseline was used)
 * and source. Hidden until the inline script shows them: without script every finding is shown.
 */
export function renderFilters(report: Report, context: HtmlContext): HtmlElement {
  const { byKind, bySeverity } = report.summary.discrepancies;
  const statuses = countStatuses(report.discrepancies);
  return h('form#filters', { hidden: true, role: 'search', ariaLabel: 'Filter findings' }, [
    h('div.field', [
      h('label', { htmlFor: 'filter-text' }, 'Search findings'),
      h('input#filter-text', { type: 'search', name: 'q', autoComplete: 'off', placeholder: 'words in values, sentences, sources…' }),
    ]),
    h('fieldset', [h('legend', 'Severity'), ...SEVERITIES.map((s) => checkbox('severity', s, s, bySeverity[s]))]),
    h('fieldset', [h('legend', 'Kind'), ...KINDS.map((k) => checkbox('kind', k, KIND_LABELS[k], byKind[k]))]),
    statuses.size === 0
      ? ''
      : h('fieldset', [h('legend', 'Status'), ...STATUSES.filter((s) => statuses.has(s)).map((s) => checkbox('status', s, s, statuses.get(s) ?? 0))]),
    h('div.field', [
      h('label', { htmlFor: 'filter-source' }, 'Source'),
      h('select#filter-source', { name: 'source' }, [
        h('option', { value: '' }, 'all sources'),
        ...findingSources(report, context).map(([anchor, label]) => h('option', { value: anchor }, label)),
      ]),
    ]),
    h('div.field.actions', [h('button', { type: 'reset' }, 'Show all')]),
  ]);
}

/** The live count of shown findings, filled in by the script. */
export function renderFilterCount(): HtmlElement {
  return h('p#filter-count', { hidden: true, role: 'status', ariaLive: 'polite' });
}
