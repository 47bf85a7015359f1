import type { ElementContent } from 'hast';
import { describeTime } from '../describe-time.js';
import { plural } from '../vocabulary.js';
import type { ReportClaim } from './context.js';
import { escapeText } from './escape-text.js';

/**
 * Markup put into a tree as it is: hast's `raw` node, which hast-util-to-html writes unescaped
 * with `allowDangerousHtml` (hast's types know it only through mdast-util-to-hast, which this
 * project does not use: hence the cast).
 */
function raw(value: string): ElementContent {
  return { type: 'raw', value } as unknown as ElementContent;
}

/** One fact, compact so ten thousand sources of facts stay a reasonable file: place, subject, property, value, time. */
function fact(claim: ReportClaim): string {
  return `<li><code>${claim.evidence.line}:${claim.evidence.column}</code>${escapeText(` ${claim.subject.text} · ${claim.property}: `)}<b>${escapeText(claim.display)}</b><span class="muted">${escapeText(` ${describeTime(claim.time)}`)}</span></li>`;
}

/**
 * The facts read from one source, in the order they appear in it, as markup: the bulk of a large
 * drop's page (most of its bytes are facts), so written as strings rather than a tree of nodes,
 * every piece of text escaped as hast-util-to-html escapes it (escape-text.ts); the markup is what
 * the tree `div.facts > h4 + ol.facts > li > code + text + b + span.muted` serializes to. A `raw`
 * node: it is serialized only with `allowDangerousHtml` (format-html.ts, for a source's piece).
 */
export function renderFacts(claims: readonly ReportClaim[]): ElementContent {
  if (claims.length === 0) return raw('<p class="muted">No facts read from this source.</p>');
  let items = '';
  for (const claim of claims) items += fact(claim);
  return raw(`<div class="facts"><h4>${escapeText(`${plural(claims.length, 'fact')} read`)}</h4><ol class="facts">${items}</ol></div>`);
}
