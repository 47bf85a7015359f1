import { h } from 'hastscript';
import type { HtmlElement } from './hast-element.js';
import type { Discrepancy, DiscrepancyClaim } from '../../types.js';
import type { HtmlContext } from './context.js';
import { KIND_LABELS } from './labels.js';
import { renderClaim } from './render-claim.js';
import { renderDiff } from './render-diff.js';
import { renderTimeline } from './render-timeline.js';
import { findingDecision, findingStatus } from './status.js';

/** Whether a claim is the odd one out: every claim of the odd voice gives the odd value. */
function isOdd(finding: Discrepancy, claim: DiscrepancyClaim): boolean {
  return finding.oddOneOut?.sources.includes(claim.source) ?? false;
}

/** What the filters read: kind, severity, status and the anchors of the sources on its sides. */
function filterData(finding: Discrepancy, context: HtmlContext): Record<string, string> {
  const status = findingStatus(finding);
  const anchors = new Set(finding.claims.map((claim) => context.anchors.get(claim.source) ?? ''));
  return {
    dataKind: finding.kind,
    dataSeverity: finding.severity,
    ...(status === undefined ? {} : { dataStatus: status }),
    dataSources: [...anchors].filter((anchor) => anchor !== '').join(' '),
  };
}

/**
 * One finding as a card: kind, severity, baseline status, scope, confidence and rule; the message,
 * explanation and any editor's decision; what linked the claims; the claims side by side; the word
 * diff for names and quotes; a timeline for a change over time.
 */
export function renderFinding(finding: Discrepancy, context: HtmlContext): HtmlElement {
  const status = findingStatus(finding);
  const decision = findingDecision(finding);
  return h('article.finding', { id: `finding-${finding.id}`, ...filterData(finding, context) }, [
    h('div.finding-head', [
      h(`span.badge.kind.kind-${finding.kind}`, KIND_LABELS[finding.kind]),
      h(`span.badge.sev-${finding.severity}`, finding.severity),
      status === undefined ? '' : h(`span.badge.status-${status}`, status),
      h('span.meta', finding.scope),
      h('span.meta', `confidence ${Math.round(finding.confidence * 100)}%`),
      h('code.meta', finding.rule),
    ]),
    h('p.message', finding.message),
    finding.explanation === undefined ? '' : h('p.explanation', finding.explanation),
    decision === undefined ? '' : h('p.decision', [h('strong', 'Decision: '), decision]),
    finding.linkedBy.length === 0
      ? ''
      : h('ul.chips', { ariaLabel: 'linked by' }, [h('li.muted', 'linked by'), ...finding.linkedBy.map((link) => h('li.chip', link))]),
    h('div.claims', finding.claims.map((claim) => renderClaim(claim, context, isOdd(finding, claim)))),
    ...renderDiff(finding, context.sources),
    ...renderTimeline(finding, context),
  ]);
}
