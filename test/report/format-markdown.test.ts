import { describe, expect, it } from 'vitest';
import { markBaseline } from '../../src/baseline/mark-baseline.js';
import { buildReport } from '../../src/report/build-report.js';
import { escapeMarkdown, formatMarkdown } from '../../src/report/format-markdown.js';
import { fixtureInput, S000, S001 } from './fixture.js';
import { hostileInput, IMG_QUOTE, SCRIPT_TITLE } from './hostile-fixture.js';

const report = buildReport(fixtureInput);
/** A path as the summary writes it: underscores escaped. */
const md = (path: string) => path.replace(/_/g, '\\_');
const text = formatMarkdown(report);

describe('escapeMarkdown', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['[click](javascript:alert(1))', '\\[click\\](javascript&#58;alert(1))'],
    ['a | b', 'a \\| b'],
    ['*bold* _it_ `code` ~gone~', '\\*bold\\* \\_it\\_ \\`code\\` \\~gone\\~'],
    ['see https://example.org or www.example.org', 'see https&#58;//example.org or www&#46;example.org'],
    ['two\nlines', 'two lines'],
  ])('%j → %j', (input, output) => {
    expect(escapeMarkdown(input)).toBe(output);
  });

  it('clips long text', () => {
    expect(escapeMarkdown('x'.repeat(10_000), 50)).toHaveLength(50);
  });
});

describe('formatMarkdown', () => {
  it('opens with the counts by kind and severity', () => {
    expect(text.startsWith('## factdiff: 3 findings in 3 sources, 8 claims\n')).toBe(true);
    expect(text).toContain('| temporal-change | 1 |\n| name-variant | 1 |\n| quote-variant | 1 |');
    expect(text).toContain('By severity: error: 0 · warning: 2 · info: 1');
  });

  it('lists each finding with its evidence from both sources', () => {
    const row = text.split('\n').find((l) => l.startsWith('| warning | name-variant |'));
    expect(row).toContain(`**Spider Web** — ${md(S001)}&#58;59: “This month, the SCO countries carried out an anti-drug operation codenamed “Spider Web.””`);
    expect(row).toContain(`**Web** — ${md(S000)}&#58;10`);
  });

  it('marks new and known findings and lists what the baseline held that is gone', () => {
    const marked = markBaseline(report, {
      version: 1,
      findings: [
        { id: 'fd-quote-77d0', rule: 'core.quote', kind: 'quote-variant', severity: 'warning', subject: 'Xi Jinping', property: 'quote', message: 'q' },
        { id: 'fd-gone', rule: 'core.member-count', kind: 'conflict', severity: 'error', subject: 'SCO', property: 'member-states', message: '9 vs 11 <b>' },
      ],
    }, 'factdiff-baseline.json');
    const out = formatMarkdown(marked);
    expect(out).toContain('## factdiff: 3 findings (2 new, 1 in the baseline) in 3 sources');
    expect(out).toMatch(/^\| warning \| quote-variant \| known \|/m);
    expect(out).toMatch(/^\| warning \| name-variant \| \*\*new\*\* \|/m);
    expect(out).toContain('### In the baseline, not found now\n\n- conflict (core.member-count): 9 vs 11 &lt;b&gt;');
  });

  it('shows a decision, and the sources that retell one story', () => {
    const withVoice = buildReport({ ...fixtureInput, voices: new Map([[S001, { id: S000, sameStoryAs: [{ source: S000, relation: 'translation' as const, overlap: 0.36 }] }]]) });
    const reviewed = { ...withVoice, discrepancies: withVoice.discrepancies.map((d) => ({ ...d, review: { decision: 'source-error' as const, source: S000, note: 'misquotes', by: 'desk' } })) };
    const out = formatMarkdown(reviewed);
    expect(out).toContain(`source-error (${md(S000)}) by desk: misquotes`);
    expect(out).toContain(`- ${md(S001)} retells ${md(S000)} (translation, 36% overlap): counted as one voice`);
  });

  it('lets no article text add markup', () => {
    const hostile = formatMarkdown(buildReport(hostileInput));
    expect(hostile).not.toContain(SCRIPT_TITLE);
    expect(hostile).not.toContain(IMG_QUOTE);
    expect(hostile).not.toMatch(/<(?!br>)[a-z]/i);
    expect(hostile.split('\n').filter((l) => l.startsWith('| error')).every((l) => l.split(/(?<!\\)\|/).length === 7)).toBe(true);
  });
});
