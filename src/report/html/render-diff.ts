import { h } from 'hastscript';
import type { Discrepancy, ReportSource } from '../../types.js';
import { sourcePath } from '../finding-place.js';
import type { HtmlElement } from './hast-element.js';

/**
 * The word diff from the finding's first claim to its second: removed words as `<del>`, added as
 * `<ins>`, with a legend naming the two sides. Nothing when the finding has no diff.
 */
export function renderDiff(finding: Discrepancy, sources: ReadonlyMap<string, ReportSource>): HtmlElement[] {
  if (finding.diff === undefined || finding.diff.length === 0) return [];
  const [from, to] = finding.claims;
  const name = (source: string | undefined): string => (source === undefined ? '?' : sourcePath(source, sources));
  const words = finding.diff.map(([op, text]) => (op === '-' ? h('del', text) : op === '+' ? h('ins', text) : text));
  return [
    h('div.diff', [
      h('p.muted', [
        'Word diff: ',
        h('del', 'removed'),
        ` only in ${name(from?.source)}, `,
        h('ins', 'added'),
        ` only in ${name(to?.source)}`,
      ]),
      h('p', words),
    ]),
  ];
}
