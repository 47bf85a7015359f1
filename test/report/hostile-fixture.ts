/**
 * Sources whose every field tries to get markup, script or terminal escapes into the output: XSS
 * vectors (script tags, event handlers, `javascript:` and `data:` URLs, SVG payloads, broken
 * attribute quoting) in titles, publisher names, URLs, quotes, values and explanations, and a
 * 10,000-character word.
 */
import type { BuildReportInput } from '../../src/report/build-report.js';
import type { Claim, ClaimTime, Discrepancy, ReportSource } from '../../src/types.js';
import { GENERATED_AT, TOOL } from './fixture.js';

export const EVIL = 'sources/evil.html';
export const SAFE = 'sources/safe.md';
export const BROKEN = 'sources/broken "quote.json';
export const SCRIPT_TITLE = '<script>alert(1)</script>';
export const IMG_QUOTE = 'We will <img src=x onerror=alert(1)> win';
export const SVG_PUBLISHER = '"><svg onload=alert(1)>';
export const JS_URL = 'javascript:alert(1)';
export const DATA_URL = 'data:text/html,<script>alert(1)</script>';
export const SAFE_URL = 'https://example.org/story?a=1&b=<2>';
export const ANSI = '\u001b[31mred\u001b[0m';
/** Attribute quoting broken both ways, to escape an attribute value if one were built by hand. */
export const BROKEN_TITLE = `" onmouseover="alert(1)" x="' onfocus='alert(1)' autofocus '`;
export const BROKEN_PUBLISHER = `'><img src=x onerror=alert(1)><a href='javascript:alert(1)'>click</a>`;
/** An SVG payload as a value: if it became markup, it would land inside the timeline's own SVG. */
export const SVG_VALUE = '<svg><script>alert(1)</script><foreignObject><iframe src="javascript:alert(1)"></iframe></foreignObject></svg> members';
export const EVENT_VALUE = '<math><mi xlink:href="javascript:alert(1)">joined</mi></math>';
export const LONG_WORD = `W${'x'.repeat(9_998)}W`;

/** Every string the page must show as text, never run. */
export const PAYLOADS = [SCRIPT_TITLE, IMG_QUOTE, SVG_PUBLISHER, JS_URL, DATA_URL, BROKEN_TITLE, BROKEN_PUBLISHER, SVG_VALUE, EVENT_VALUE];

const day = (iso: string): ClaimTime => ({ span: { start: iso, end: iso, precision: 'day' }, anchor: iso, implied: [], basis: 'publication', certain: true });
const TIME = day('2025-01-02');

const sources: ReportSource[] = [
  { id: EVIL, path: EVIL, format: 'html', title: SCRIPT_TITLE, publisher: SVG_PUBLISHER, url: JS_URL, published: '2025-01-02', publishedFrom: 'metadata', facts: 1,
    diagnostics: [{ code: 'odd-markup', severity: 'info', message: `stripped ${SCRIPT_TITLE}`, line: 3, column: 5 }] },
  { id: SAFE, path: SAFE, format: 'md', title: 'A plain story', publisher: 'Example News', url: SAFE_URL, published: '2025-01-02', publishedFrom: 'metadata', facts: 1, diagnostics: [] },
];

const brokenSources: ReportSource[] = [
  { id: BROKEN, path: BROKEN, format: 'json', title: BROKEN_TITLE, publisher: BROKEN_PUBLISHER, url: DATA_URL, published: '2024-03-01', publishedFrom: 'metadata', facts: 2,
    diagnostics: [{ code: 'long-word', severity: 'warning', message: LONG_WORD }] },
];

const ORG = { key: 'org:x', text: SCRIPT_TITLE };
const claims: Claim[] = [
  { id: 'h-evil', source: EVIL, subject: { key: 'person:x', text: 'X' }, property: 'quote', value: { type: 'quote', text: IMG_QUOTE, speaker: SCRIPT_TITLE },
    display: IMG_QUOTE, time: TIME, qualifiers: {}, extractor: 'core.quote',
    evidence: { text: `He said: "${IMG_QUOTE}" ${ANSI}`, zone: 'body', line: 4, column: 1, offset: 90, length: 60 } },
  { id: 'h-safe', source: SAFE, subject: { key: 'person:x', text: 'X' }, property: 'quote', value: { type: 'quote', text: 'We will win', speaker: 'X' },
    display: 'We will win', time: TIME, qualifiers: {}, extractor: 'core.quote',
    evidence: { text: 'He said: "We will win".', zone: 'body', line: 6, column: 1, offset: 40, length: 23 } },
];

const timelineClaims: Claim[] = [
  { id: 'h-count-old', source: BROKEN, subject: ORG, property: 'members', value: { type: 'count', n: 9 }, display: SVG_VALUE, time: day('2024-03-01'),
    qualifiers: {}, extractor: 'core.member-count', evidence: { text: `It has ${SVG_VALUE} and ${LONG_WORD}.`, zone: 'headline', line: 1, column: 1, offset: 0, length: 10_200 } },
  { id: 'h-joined', source: BROKEN, subject: ORG, property: 'member-joined', value: { type: 'member', text: EVENT_VALUE, ordinal: 10 }, display: EVENT_VALUE,
    time: { span: { start: '2024-06-01', end: '2024-06-30', precision: 'month' }, text: 'in June', anchor: '2024-03-01', implied: ['year'], basis: 'relative', certain: false },
    qualifiers: {}, extractor: 'core.member-joined', evidence: { text: `${EVENT_VALUE} in June.`, zone: 'body', line: 9, column: 1, offset: 10_300, length: 80 } },
  { id: 'h-count-new', source: EVIL, subject: ORG, property: 'members', value: { type: 'count', n: 10 }, display: `10 ${BROKEN_TITLE}`, time: TIME,
    qualifiers: {}, extractor: 'core.member-count', evidence: { text: `Now 10 ${BROKEN_TITLE} strong.`, zone: 'caption', line: 8, column: 3, offset: 200, length: 70 } },
];

const side = (claim: Claim) => ({ source: claim.source, value: claim.value, display: claim.display, text: claim.evidence.text, zone: claim.evidence.zone,
  time: claim.time, line: claim.evidence.line, column: claim.evidence.column, claimId: claim.id });

const discrepancies: Discrepancy[] = [
  { id: 'fd-evil', rule: 'core.quote', kind: 'conflict', scope: 'cross-source', severity: 'error', confidence: 1, subject: SCRIPT_TITLE, property: 'quote',
    message: `quote of <b>X</b>: "${IMG_QUOTE}" in evil.html vs "We will win" in safe.md ${ANSI}`, explanation: SVG_PUBLISHER, linkedBy: [SCRIPT_TITLE],
    claims: [
      { ...side(claims[0]!), display: `${IMG_QUOTE}${ANSI}` },
      side(claims[1]!),
    ],
    diff: [['=', 'We will '], ['-', '<img src=x onerror=alert(1)> '], ['=', 'win']] },
];

const timelineDiscrepancies: Discrepancy[] = [
  { id: 'fd-timeline', rule: 'core.member-count', kind: 'temporal-change', scope: 'cross-source', severity: 'info', confidence: 0.85, subject: BROKEN_PUBLISHER, property: 'members',
    message: `members of ${SCRIPT_TITLE}: ${SVG_VALUE} → 10 — changed over time`, explanation: `Explained by ${EVENT_VALUE} (broken "quote.json, 'in June' → 2024)`, linkedBy: [BROKEN_TITLE],
    claims: [side(timelineClaims[2]!), side(timelineClaims[0]!)] },
];

/** The hostile input: one error finding between a hostile and a harmless source. */
export const hostileInput: BuildReportInput = { sources, claims, discrepancies, tool: TOOL, generatedAt: GENERATED_AT };

/**
 * More hostile input for the HTML report: a third source with broken attribute quoting, a `data:`
 * URL and a 10,000-character word, and a change over time whose values and explaining event carry
 * SVG and MathML payloads, drawn as a timeline.
 */
export const hostileHtmlInput: BuildReportInput = {
  sources: [...sources.map((source) => (source.id === EVIL ? { ...source, facts: 2 } : source)), ...brokenSources],
  claims: [...claims, ...timelineClaims],
  discrepancies: [...discrepancies, ...timelineDiscrepancies],
  tool: TOOL,
  generatedAt: GENERATED_AT,
};
