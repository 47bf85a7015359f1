import { h } from 'hastscript';
import type { HtmlElement } from './hast-element.js';
import type { Discrepancy, DiscrepancyClaim, ReportSource } from '../../types.js';
import { KIND_LABELS } from './labels.js';
import { renderClaim } from './render-claim.js';
import { renderDiff } from './render-diff.js';

/** Whether a claim is the odd one out: every claim of the odd voice gives the odd value. */
function isOdd(finding: Discrepancy, claim: DiscrepancyClaim): boolean {
  return finding.oddOneOut?.sources.includes(claim.source) ?? false;
}

/**
 * One finding as a card: kind, severity, scope, confidence and rule; the message and explanation;
 * what linked the claims; the claims side by side; the word diff for names and quotes.
 */
export function renderFinding(finding: Discrepancy, sources: ReadonlyMap<string, ReportSource>): HtmlElement {
  return h(
    'article.finding',
    { id: `finding-${finding.id}`, dataKind: finding.kind, dataSeverity: finding.severity },
    [
      h('div.finding-head', [
        h(`span.badge.kind.kind-${finding.kind}`, KIND_LABELS[finding.kind]),
        h(`span.badge.sev-${finding.severity}`, finding.severity),
        h('span.meta', finding.scope),
        h('span.meta', `confidence ${Math.round(finding.confidence * 100)}%`),
        h('code.meta', finding.rule),
      ]),
      h('p.message', finding.message),
      finding.explanation === undefined ? '' : h('p.explanation', finding.explanation),
      finding.linkedBy.length === 0
        ? ''
        : h('ul.chips', { ariaLabel: 'linked by' }, [
            h('li.muted', 'linked by'),
            ...finding.linkedBy.map((link) => h('li.chip', link)),
          ]),
      h(
        'div.claims',
        finding.claims.map((claim) => renderClaim(claim, sources, isOdd(finding, claim))),
      ),
      ...renderDiff(finding, sources),
    ],
  );
}
