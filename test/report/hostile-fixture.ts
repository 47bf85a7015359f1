/** A source whose every field tries to get markup, script or terminal escapes into the output. */
import type { BuildReportInput } from '../../src/report/build-report.js';
import type { Claim, ClaimTime, Discrepancy, ReportSource } from '../../src/types.js';
import { GENERATED_AT, TOOL } from './fixture.js';

export const EVIL = 'sources/evil.html';
export const SAFE = 'sources/safe.md';
export const SCRIPT_TITLE = '<script>alert(1)</script>';
export const IMG_QUOTE = 'We will <img src=x onerror=alert(1)> win';
export const SVG_PUBLISHER = '"><svg onload=alert(1)>';
export const JS_URL = 'javascript:alert(1)';
export const SAFE_URL = 'https://example.org/story?a=1&b=<2>';
export const ANSI = '\u001b[31mred\u001b[0m';

const TIME: ClaimTime = { span: { start: '2025-01-02', end: '2025-01-02', precision: 'day' }, anchor: '2025-01-02', implied: [], basis: 'publication', certain: true };

const sources: ReportSource[] = [
  { id: EVIL, path: EVIL, format: 'html', title: SCRIPT_TITLE, publisher: SVG_PUBLISHER, url: JS_URL, published: '2025-01-02', publishedFrom: 'metadata', facts: 1,
    diagnostics: [{ code: 'odd-markup', severity: 'info', message: `stripped ${SCRIPT_TITLE}`, line: 3, column: 5 }] },
  { id: SAFE, path: SAFE, format: 'md', title: 'A plain story', publisher: 'Example News', url: SAFE_URL, published: '2025-01-02', publishedFrom: 'metadata', facts: 1, diagnostics: [] },
];

const claims: Claim[] = [
  { id: 'h-evil', source: EVIL, subject: { key: 'person:x', text: 'X' }, property: 'quote', value: { type: 'quote', text: IMG_QUOTE, speaker: SCRIPT_TITLE },
    display: IMG_QUOTE, time: TIME, qualifiers: {}, extractor: 'core.quote',
    evidence: { text: `He said: "${IMG_QUOTE}" ${ANSI}`, zone: 'body', line: 4, column: 1, offset: 90, length: 60 } },
  { id: 'h-safe', source: SAFE, subject: { key: 'person:x', text: 'X' }, property: 'quote', value: { type: 'quote', text: 'We will win', speaker: 'X' },
    display: 'We will win', time: TIME, qualifiers: {}, extractor: 'core.quote',
    evidence: { text: 'He said: "We will win".', zone: 'body', line: 6, column: 1, offset: 40, length: 23 } },
];

const discrepancies: Discrepancy[] = [
  { id: 'fd-evil', rule: 'core.quote', kind: 'conflict', scope: 'cross-source', severity: 'error', confidence: 1, subject: SCRIPT_TITLE, property: 'quote',
    message: `quote of <b>X</b>: "${IMG_QUOTE}" in evil.html vs "We will win" in safe.md ${ANSI}`, explanation: SVG_PUBLISHER, linkedBy: [SCRIPT_TITLE],
    claims: [
      { source: EVIL, value: claims[0]!.value, display: `${IMG_QUOTE}${ANSI}`, text: claims[0]!.evidence.text, zone: 'body', time: TIME, line: 4, column: 1, claimId: 'h-evil' },
      { source: SAFE, value: claims[1]!.value, display: 'We will win', text: claims[1]!.evidence.text, zone: 'body', time: TIME, line: 6, column: 1, claimId: 'h-safe' },
    ],
    diff: [['=', 'We will '], ['-', '<img src=x onerror=alert(1)> '], ['=', 'win']] },
];

/** The hostile input: one error finding between a hostile and a harmless source. */
export const hostileInput: BuildReportInput = { sources, claims, discrepancies, tool: TOOL, generatedAt: GENERATED_AT };
