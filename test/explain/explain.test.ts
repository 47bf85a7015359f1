import { describe, expect, it } from 'vitest';
import { explainLine, reasonNotReported } from '../../src/explain/explain-line.js';
import { describeTimeBasis, formatExplanation } from '../../src/explain/format-explanation.js';
import { buildReport } from '../../src/report/build-report.js';
import { loadRules } from '../../src/rules/load-rules.js';
import type { Rule, RuleSet } from '../../src/rules/types.js';
import type { Report } from '../../src/types.js';
import { fixtureInput, S001, S002 } from '../report/fixture.js';

const report = buildReport(fixtureInput);
const countRule: Rule = { id: 'core.member-count', path: 'rules/core/member-count.yaml', extract: { extractor: 'count' }, check: { type: 'value-at-time', tolerance: 0.05 } };
const rules: RuleSet = { rules: [countRule], lexicon: loadRules(['rules']).lexicon };
/** A stand-in for the file: only line breaks matter, so each claim's sentence ends on its own line. */
const lines = (n: number) => '\n'.repeat(n);

type Claim = Report['claims'][number];
const claim = (id: string): Claim => report.claims.find((c) => c.id === id)!;
const variant = (base: Claim, changes: Partial<Claim>): Claim => ({ ...base, id: `${base.id}-v`, source: 'sources/other.txt', ...changes });

describe('explainLine', () => {
  it('finds the claims whose sentence covers the line and the findings they are in', () => {
    const explained = explainLine(report, rules, { path: S001, text: lines(60) }, 39);
    expect(explained.map((e) => e.claim.id)).toEqual(['c-ten']);
    expect(explained[0]!.findings.map((f) => f.id)).toEqual(['fd-members-3f2e']);
    expect(explained[0]!.checkedBy?.id).toBe('core.member-count');
  });

  it('for a claim in no finding, lists the claims under its key and why they were not reported', () => {
    const explained = explainLine(report, rules, { path: S002, text: lines(100) }, 97);
    const observers = explained.find((e) => e.claim.id === 'c-observers-3')!;
    expect(observers.findings).toEqual([]);
    expect(observers.neighbours).toEqual([]);
    expect(formatExplanation(`${S002}:97`, [observers])).toContain('in no finding: no other claim has this subject and property');
  });

  it('says when nothing was read at a line', () => {
    expect(formatExplanation('a.txt:3', explainLine(report, rules, { path: S001, text: lines(60) }, 3))).toBe('a.txt:3: no claim was read at this line\n');
  });
});

describe('reasonNotReported', () => {
  const nine = claim('c-nine');
  it.each([
    ['same value', variant(nine, {}), countRule, 'agrees: same value'],
    ['a compatible approximation', variant(nine, { value: { type: 'count', n: 9, approx: 'about' }, display: 'about nine' }), countRule, 'agrees: "nine member states" and "about nine" are compatible'],
    ['within tolerance', variant(nine, { value: { type: 'count', n: 9.2 } }), countRule, "agrees within the rule's tolerance (5%)"],
    ['one sentence', { ...nine, id: 'c-nine-2', value: { type: 'count', n: 3 } }, countRule, 'same sentence: two figures in one sentence are taken to be about different things'],
    ['another context', variant(nine, { value: { type: 'count', n: 12 } }), { ...countRule, check: { type: 'value-at-time', sameContext: true } }, 'different value, but not compared: the rule compares only claims that share their context'],
    ['no check', variant(nine, { value: { type: 'count', n: 12 } }), { ...countRule, check: undefined }, "not compared: rule 'core.member-count' only extracts"],
  ] as const)('%s', (_case, other, rule, reason) => {
    expect(reasonNotReported(nine, other as Claim, rule as Rule)).toContain(reason);
  });
});

describe('describeTimeBasis', () => {
  it.each([
    [claim('c-ten').time, '2025-08-29 — present tense, dated by its source\'s publication date'],
    [claim('c-belarus').time, "2024-01-01..2024-12-31 — 'last year's summit' resolved against the publication date 2025-08-29"],
    [claim('c-web').time, "not placed in time — 'earlier this month' cannot be resolved: the source is undated"],
  ])('%j → %s', (time, words) => {
    expect(describeTimeBasis(time)).toBe(words);
  });
});
