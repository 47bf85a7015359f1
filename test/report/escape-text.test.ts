import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { describeTime } from '../../src/report/describe-time.js';
import { escapeText } from '../../src/report/html/escape-text.js';
import { renderFacts } from '../../src/report/html/render-facts.js';
import type { ReportClaim } from '../../src/report/html/context.js';
import { plural } from '../../src/report/vocabulary.js';
import { random } from '../../bench/generate.js';
import { claims } from './fixture.js';
import { toReportClaim } from '../../src/report/report-claims.js';

/** Text as hast-util-to-html writes it inside an element. */
const library = (text: string) => toHtml(h('p', text)).slice('<p>'.length, -'</p>'.length);

/** The facts as a tree, as render-facts.ts built them before it wrote strings: the reference. */
function factsTree(list: readonly ReportClaim[]) {
  if (list.length === 0) return h('p.muted', 'No facts read from this source.');
  return h('div.facts', [
    h('h4', `${plural(list.length, 'fact')} read`),
    h('ol.facts', list.map((claim) => h('li', [
      h('code', `${claim.evidence.line}:${claim.evidence.column}`),
      ` ${claim.subject.text} · ${claim.property}: `,
      h('b', claim.display),
      h('span.muted', ` ${describeTime(claim.time)}`),
    ]))),
  ]);
}

const ALPHABET = ['<', '>', '&', '"', "'", '`', '=', ' ', 'a', 'Z', '0', ';', '#', '\u0000', '\u0001', '\t', '\n', '\r', '\u007f', '\u0085', '\u00a0', 'é', '·', '—', '\u2028', '\ud83d\ude00', '\ud800', '\udc00', '&amp;', '&#x3C;', '<!--', '-->', ']]>', '</li>'];

describe('escapeText', () => {
  it('writes text as hast-util-to-html does, on 20,000 random strings', () => {
    const next = random(9);
    for (let n = 0; n < 20_000; n++) {
      let text = '';
      for (let k = Math.floor(next() * 12); k > 0; k--) text += ALPHABET[Math.floor(next() * ALPHABET.length)];
      expect(escapeText(text)).toBe(library(text));
    }
  });
});

describe('renderFacts', () => {
  it('is the markup of the facts tree, on the fixture and on hostile text', () => {
    const hostile = claims.map((claim, i) => ({ ...claim, display: `<script>alert(${i})</script> & <b>`, subject: { ...claim.subject, text: '</li><li>&lt;x' } }));
    for (const list of [[], claims, hostile]) {
      const reportClaims = list.map(toReportClaim);
      expect(toHtml(renderFacts(reportClaims) as never, { allowDangerousHtml: true })).toBe(toHtml(factsTree(reportClaims)));
    }
  });
});
