import { h } from 'hastscript';
import { describeTime } from '../describe-time.js';
import { plural } from '../vocabulary.js';
import type { ReportClaim } from './context.js';
import type { HtmlElement } from './hast-element.js';

/** One fact, compact so ten thousand sources of facts stay a reasonable file: place, subject, property, value, time. */
function fact(claim: ReportClaim): HtmlElement {
  return h('li', [
    h('code', `${claim.evidence.line}:${claim.evidence.column}`),
    ` ${claim.subject.text} · ${claim.property}: `,
    h('b', claim.display),
    h('span.muted', ` ${describeTime(claim.time)}`),
  ]);
}

/** The facts read from one source, in the order they appear in it. */
export function renderFacts(claims: readonly ReportClaim[]): HtmlElement {
  if (claims.length === 0) return h('p.muted', 'No facts read from this source.');
  return h('div.facts', [h('h4', `${plural(claims.length, 'fact')} read`), h('ol.facts', claims.map(fact))]);
}
