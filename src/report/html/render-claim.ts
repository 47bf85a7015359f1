import { h } from 'hastscript';
import type { DiscrepancyClaim, ReportSource } from '../../types.js';
import { describeTime } from '../describe-time.js';
import { describeValue } from '../describe-value.js';
import { sourcePath } from '../finding-place.js';
import type { HtmlElement } from './hast-element.js';
import { highlight } from './highlight.js';

/**
 * One column of a finding: where the claim is, who published it when, the value as written and as
 * understood, when it holds, and the sentence with the value marked; `odd` marks the odd one out.
 */
export function renderClaim(claim: DiscrepancyClaim, sources: ReadonlyMap<string, ReportSource>, odd = false): HtmlElement {
  const source = sources.get(claim.source);
  const published =
    source === undefined ? '' : source.publishedFrom === 'undated' ? 'undated' : (source.published ?? '');
  const origin = [source?.publisher, published].filter((part) => part !== undefined && part !== '').join(' · ');
  return h('section.claim', [
    h('p', [
      h('code', `${sourcePath(claim.source, sources)}:${claim.line}:${claim.column}`),
      ...(claim.zone === 'body' ? [] : [' ', h('span.badge', claim.zone)]),
      ...(odd ? [' ', h('span.badge.odd', 'odd one out')] : []),
    ]),
    origin === '' ? '' : h('p.muted', origin),
    h('p.display', claim.display),
    h('p.muted', [`read as ${describeValue(claim.value)}`, h('br'), describeTime(claim.time)]),
    h('blockquote.sentence', highlight(claim.text, claim.display)),
  ]);
}
