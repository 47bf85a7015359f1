/**
 * Hand-built pipeline results for the report tests: real sentences from sources/*.txt with their real
 * places (line, column, offset), plus a hostile source whose every field tries to inject markup.
 */
import type { BuildReportInput } from '../../src/report/build-report.js';
import type { Claim, ClaimTime, Discrepancy, DiscrepancyClaim, ReportSource } from '../../src/types.js';

export const S000 = 'sources/000_8f66ce1f17e3b40f.txt';
export const S001 = 'sources/001_a77efa4691674d51.txt';
export const S002 = 'sources/002_573223765cc41308.txt';

const NINE = "Now, with nine member states, three observer states and 14 dialogue partners, the SCO is the world's largest regional organization in terms of geographical scale and population.";
const TEN = 'It has 10 member states, two observer states and 14 dialogue partners.';
const BELARUS = "Belarus officially became the 10th member of the SCO at last year's summit in Astana.";
const WEB = 'In its most recent development, SCO members carried out an anti-drug operation dubbed "Web" earlier this month, with China chairing the coordination headquarters.';
const SPIDER_WEB = 'This month, the SCO countries carried out an anti-drug operation codenamed “Spider Web.”';
const QUOTE_EN = 'Security is a prerequisite for national development, and safety is the lifeline to happiness of the people';
const QUOTE_RU = 'Security is a prerequisite for national development and a guarantee of people’s happiness';

const asOf = (day: string): ClaimTime => ({
  span: { start: day, end: day, precision: 'day' },
  anchor: day,
  implied: [],
  basis: 'publication',
  certain: true,
});
const UNDATED: ClaimTime = { text: 'earlier this month', implied: [], basis: 'none', certain: false };
const SCO = { key: 'org:sco', text: 'SCO' };
const OPERATION = { key: 'operation:sco-anti-drug', text: 'anti-drug operation' };
const XI = { key: 'person:xi-jinping', text: 'Xi Jinping' };

export const sources: ReportSource[] = [
  {
    id: S002, path: S002, format: 'txt', publisher: 'Xinhua', published: '2024-07-01', publishedFrom: 'header', facts: 2, diagnostics: [],
    title: "'A Just Cause Finds Great Support': Xi Jinping and the Shanghai Cooperation Organization",
  },
  {
    id: S000, path: S000, format: 'txt', title: 'How Xi cements neighborly bonds with SCO friends', publishedFrom: 'undated', facts: 2,
    diagnostics: [{ code: 'undated', severity: 'warning', message: 'no dateline, date header or metadata: claims cannot be placed in time' }],
  },
  {
    id: S001, path: S001, format: 'txt', publisher: 'Xinhua', published: '2025-08-29', publishedFrom: 'dateline+text', facts: 4, diagnostics: [],
    title: 'How Xi Jinping is Strengthening Good-Neighborly Ties with SCO Friends',
  },
];

export const claims: Claim[] = [
  {
    id: 'c-nine', source: S002, subject: SCO, property: 'member-states', value: { type: 'count', n: 9 }, display: 'nine member states',
    time: asOf('2024-07-01'), qualifiers: { org: 'SCO' }, extractor: 'core.member-count',
    evidence: { text: NINE, zone: 'body', line: 97, column: 1, offset: 10831, length: 177 },
  },
  {
    id: 'c-observers-3', source: S002, subject: SCO, property: 'observer-states', value: { type: 'count', n: 3 }, display: 'three observer states',
    time: asOf('2024-07-01'), qualifiers: { org: 'SCO' }, extractor: 'core.member-count',
    evidence: { text: NINE, zone: 'body', line: 97, column: 1, offset: 10831, length: 177 },
  },
  {
    id: 'c-ten', source: S001, subject: SCO, property: 'member-states', value: { type: 'count', n: 10 }, display: '10 member states',
    time: asOf('2025-08-29'), qualifiers: { org: 'SCO' }, extractor: 'core.member-count',
    evidence: { text: TEN, zone: 'body', line: 39, column: 536, offset: 4488, length: 70 },
  },
  {
    id: 'c-belarus', source: S001, subject: SCO, property: 'member-joined', value: { type: 'member', text: 'Belarus', ordinal: 10 },
    display: 'Belarus', qualifiers: { event: 'summit', place: 'Astana' }, extractor: 'core.member-joined',
    time: { span: { start: '2024-01-01', end: '2024-12-31', precision: 'year' }, text: "last year's summit", anchor: '2025-08-29', implied: [], basis: 'relative', certain: true },
    evidence: { text: BELARUS, zone: 'body', line: 41, column: 1, offset: 4560, length: 85 },
  },
  {
    id: 'c-web', source: S000, subject: OPERATION, property: 'name', value: { type: 'name', text: 'Web' }, display: 'Web',
    time: UNDATED, qualifiers: { event: 'anti-drug operation' }, extractor: 'core.operation-name',
    evidence: { text: WEB, zone: 'body', line: 10, column: 131, offset: 1510, length: 162 },
  },
  {
    id: 'c-spider-web', source: S001, subject: OPERATION, property: 'name', value: { type: 'name', text: 'Spider Web' }, display: 'Spider Web',
    qualifiers: { event: 'anti-drug operation' }, extractor: 'core.operation-name',
    time: { span: { start: '2025-08-01', end: '2025-08-31', precision: 'month' }, text: 'This month', anchor: '2025-08-29', implied: [], basis: 'relative', certain: true },
    evidence: { text: SPIDER_WEB, zone: 'body', line: 59, column: 176, offset: 6729, length: 88 },
  },
  {
    id: 'c-quote-en', source: S000, subject: XI, property: 'quote', value: { type: 'quote', text: QUOTE_EN, speaker: 'Xi Jinping' }, display: QUOTE_EN,
    time: { implied: [], basis: 'none', certain: false }, qualifiers: { place: 'Astana' }, extractor: 'core.quote',
    evidence: { text: `"${QUOTE_EN}," Xi said in Astana.`, zone: 'body', line: 7, column: 1, offset: 785, length: 128 },
  },
  {
    id: 'c-quote-ru', source: S001, subject: XI, property: 'quote', value: { type: 'quote', text: QUOTE_RU, speaker: 'Xi Jinping' }, display: QUOTE_RU,
    time: asOf('2025-08-29'), qualifiers: { place: 'Astana' }, extractor: 'core.quote',
    evidence: { text: `“${QUOTE_RU},” Xi Jinping said in Astana.`, zone: 'body', line: 53, column: 1, offset: 5980, length: 119 },
  },
];

/** A finding's view of a claim from the list above. */
export function side(id: string): DiscrepancyClaim {
  const claim = claims.find((c) => c.id === id);
  if (claim === undefined) throw new Error(`no fixture claim ${id}`);
  const { source, value, display, time, evidence } = claim;
  return { source, value, display, text: evidence.text, zone: evidence.zone, time, line: evidence.line, column: evidence.column, claimId: id };
}

export const discrepancies: Discrepancy[] = [
  {
    id: 'fd-name-9a1c', rule: 'core.operation-name', kind: 'name-variant', scope: 'cross-source', severity: 'warning', confidence: 0.86,
    subject: 'SCO anti-drug operation', property: 'name',
    message: 'name of SCO anti-drug operation: "Web" in 000_8f66ce1f17e3b40f.txt (undated) vs "Spider Web" in 001_a77efa4691674d51.txt (2025-08)',
    linkedBy: ['same month', 'China-led headquarters', '~10 tons seized', '1,151 crimes'],
    claims: [side('c-spider-web'), side('c-web')],
    diff: [['+', 'Spider '], ['=', 'Web']],
  },
  {
    id: 'fd-members-3f2e', rule: 'core.member-count', kind: 'temporal-change', scope: 'cross-source', severity: 'info', confidence: 0.95,
    subject: 'SCO', property: 'member-states',
    message: "member states of SCO: 9 in 002_573223765cc41308.txt (as of 2024-07-01) vs 10 in 001_a77efa4691674d51.txt (as of 2025-08-29) — changed over time; Belarus became the 10th member at last year's summit in Astana",
    explanation: `Explained by ${S001}:41: "${BELARUS}"`,
    linkedBy: ['same organisation', 'member states', 'present tense in both'],
    claims: [side('c-ten'), side('c-nine')],
  },
  {
    id: 'fd-quote-77d0', rule: 'core.quote', kind: 'quote-variant', scope: 'cross-source', severity: 'warning', confidence: 0.9,
    subject: 'Xi Jinping', property: 'quote',
    message: 'quote of Xi Jinping in Astana worded differently in 000_8f66ce1f17e3b40f.txt and 001_a77efa4691674d51.txt',
    explanation: '001 is a translation of 000; the wording changed in translation.',
    linkedBy: ['same speaker', 'said in Astana', 'same opening words'],
    claims: [side('c-quote-ru'), side('c-quote-en')],
    diff: [['=', 'Security is a prerequisite for national development'], ['-', ','], ['=', ' and '], ['-', 'safety is the lifeline to happiness'], ['+', 'a guarantee'], ['=', ' of '], ['-', 'the '], ['=', 'people'], ['+', '’s happiness']],
  },
];

export const TOOL = { name: 'factdiff', version: '0.1.0' };
export const GENERATED_AT = '2025-09-01T08:00:00Z';

/** The realistic input: three seed articles, one finding of each of three kinds. */
export const fixtureInput: BuildReportInput = { sources, claims, discrepancies, tool: TOOL, generatedAt: GENERATED_AT };
