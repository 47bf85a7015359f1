import { describe, expect, it } from 'vitest';
import { markBaseline } from '../../src/baseline/mark-baseline.js';
import { buildReport } from '../../src/report/build-report.js';
import { escapeData, escapeProperty, formatGithub } from '../../src/report/format-github.js';
import type { Discrepancy } from '../../src/types.js';
import { fixtureInput, S000, S001, side } from './fixture.js';
import { hostileInput } from './hostile-fixture.js';

const report = buildReport(fixtureInput);
const lines = formatGithub(report).trimEnd().split('\n');

describe('formatGithub', () => {
  it.each([
    ['50% of 10\r\nmembers', '50%25 of 10%0D%0Amembers', '50%25 of 10%0D%0Amembers'],
    ['sources/a,b:c.txt', 'sources/a,b:c.txt', 'sources/a%2Cb%3Ac.txt'],
    ['"Web" vs "Spider Web"', '"Web" vs "Spider Web"', '"Web" vs "Spider Web"'],
  ])('escapes %j as data %j and as a property %j', (text, data, property) => {
    expect(escapeData(text)).toBe(data);
    expect(escapeProperty(text)).toBe(property);
  });

  it('annotates each finding at its later claim, names the other side and the rule', () => {
    const name = lines.find((l) => l.includes('name-variant'));
    expect(name).toBe(
      `::warning file=${S001},line=59,col=176,title=factdiff name-variant (core.operation-name)::` +
        `name of SCO anti-drug operation: "Web" in 000_8f66ce1f17e3b40f.txt (undated) vs "Spider Web" in 001_a77efa4691674d51.txt (2025-08)` +
        `%0AOther side: ${S000}:10:131 "Web"`,
    );
  });

  it('maps severities to error, warning and notice, and source diagnostics follow the findings', () => {
    expect(lines.map((l) => /^::(\w+)/.exec(l)?.[1] ?? 'plain')).toEqual(['warning', 'warning', 'notice', 'warning', 'plain']);
    expect(lines[3]).toBe(`::warning file=${S000},title=factdiff undated::no dateline, date header or metadata: claims cannot be placed in time`);
    expect(lines.at(-1)).toBe('factdiff: 3 findings in 3 sources');
  });

  it('writes no more than the limit per level, then says how many more there are', () => {
    const many: Discrepancy[] = Array.from({ length: 13 }, (_, i) => ({ ...fixtureInput.discrepancies[0]!, id: `fd-${String(i).padStart(2, '0')}`, severity: 'error' }));
    const out = formatGithub(buildReport({ ...fixtureInput, discrepancies: many }));
    expect(out.match(/^::error /gm)).toHaveLength(10);
    expect(out).toContain('factdiff: 3 errors more not shown as annotations (GitHub shows 10 of each level per step)');
  });

  it('leaves out findings the baseline already holds and counts new against known', () => {
    const marked = markBaseline(report, { version: 1, findings: [{ id: 'fd-name-9a1c', rule: 'core.operation-name', kind: 'name-variant', severity: 'warning', subject: 'x', property: 'name', message: 'x' }] }, 'base.json');
    const out = formatGithub(marked);
    expect(out).not.toContain('name-variant');
    expect(out).toContain('title=factdiff new quote-variant (core.quote)');
    expect(out.trimEnd().split('\n').at(-1)).toBe('factdiff: 3 findings (2 new, 1 in the baseline) in 3 sources');
  });

  it('shows an editor decision in the message', () => {
    const reviewed = { ...report, discrepancies: report.discrepancies.map((d) => (d.id === 'fd-quote-77d0' ? { ...d, review: { decision: 'translation-difference' as const, note: 'Both render one speech', by: 'desk' } } : d)) };
    expect(formatGithub(reviewed)).toContain('%0AReviewed: translation-difference by desk: Both render one speech');
  });

  it('keeps hostile article text on one command line', () => {
    const out = formatGithub(buildReport(hostileInput));
    for (const line of out.trimEnd().split('\n')) expect(line.startsWith('::') || line.startsWith('factdiff: ')).toBe(true);
    expect(side('c-web').line).toBe(10);
  });
});
