import { h } from 'hastscript';
import type { DiscrepancyClaim, ReportSource } from '../../types.js';
import { describeTime } from '../describe-time.js';
import { describeValue } from '../describe-value.js';
import type { HtmlContext } from './context.js';
import type { HtmlElement } from './hast-element.js';
import { highlight } from './highlight.js';

/** Who published a source and when, and how that date was known: `Outlet · 2025-08-29 (from dateline)`. */
export function describeOrigin(source: ReportSource | undefined): string {
  if (source === undefined) return '';
  const date = source.publishedFrom === 'undated' || source.publishedFrom === 'unreadable'
    ? source.publishedFrom
    : `${source.published ?? '?'} (from ${source.publishedFrom})`;
  return [source.publisher, date].filter((part) => part !== undefined && part !== '').join(' · ');
}

/**
 * One column of a finding: where the claim is (a link to its source's facts), who published it
 * when and how that was known, the value as written and as understood, when it holds, and the
 * sentence with the value marked; `odd` marks the odd one out.
 */
export function renderClaim(claim: DiscrepancyClaim, context: HtmlContext, odd = false): HtmlElement {
  const source = context.sources.get(claim.source);
  const anchor = context.anchors.get(claim.source);
  const place = h('code', `${source?.path ?? claim.source}:${claim.line}:${claim.column}`);
  return h('section.claim', [
    h('p', [
      anchor === undefined ? place : h('a.place', { href: `#${anchor}` }, place),
      ...(claim.zone === 'body' ? [] : [' ', h('span.badge', claim.zone)]),
      ...(odd ? [' ', h('span.badge.odd', 'odd one out')] : []),
    ]),
    h('p.muted.origin', describeOrigin(source)),
    h('p.display', claim.display),
    h('p.muted', [`read as ${describeValue(claim.value)}`, h('br'), describeTime(claim.time)]),
    h('blockquote.sentence', highlight(claim.text, claim.display)),
  ]);
}
