import { describe, expect, it } from 'vitest';
import { markBaseline } from '../../src/baseline/mark-baseline.js';
import { buildReport } from '../../src/report/build-report.js';
import { formatTerminal } from '../../src/report/format-terminal.js';
import { fixtureInput, S000, S001, S002 } from './fixture.js';
import { hostileInput } from './hostile-fixture.js';

const ANSI = /\u001b\[/;
const report = buildReport(fixtureInput);
const plain = formatTerminal(report, { color: false });
const lines = plain.split('\n');

describe('formatTerminal', () => {
  it.each([
    // [finding, place printed (the later claim), the other side beneath it]
    ['temporal-change', `${S001}:39:536`, 'info', 'member states of SCO: 9 in 002_573223765cc41308.txt', 'core.member-count', `${S002}:97:1  "nine member states"`],
    ['name-variant', `${S001}:59:176`, 'warning', 'name of SCO anti-drug operation: "Web"', 'core.operation-name', `${S000}:10:131  "Web"`],
    ['quote-variant', `${S001}:53:1`, 'warning', 'quote of Xi Jinping in Astana', 'core.quote', `${S000}:7:1  "Security is a prerequisite`],
  ])('prints the %s at its later claim as file:line:col  severity  message  rule, the other side beneath', (_kind, place, severity, message, rule, cause) => {
    const index = lines.findIndex((line) => line.startsWith(`  ${place} `));
    expect(index).toBeGreaterThan(-1);
    const line = lines[index]!;
    expect(line).toMatch(new RegExp(`^  ${place} +${severity} +`));
    expect(line).toContain(message);
    expect(line.endsWith(`  ${rule}`)).toBe(true);
    expect(lines[index + 1]).toContain(`    ↳ ${cause}`);
  });

  it('groups lines under each file, files in order, each file once', () => {
    const headers = lines.filter((line) => line.startsWith('sources/'));
    expect(headers).toEqual([S000, S001]);
    const s001 = lines.indexOf(S001);
    expect(lines.slice(s001 + 1).filter((l) => l.startsWith('  sources/')).map((l) => l.split(' ')[2])).toEqual([
      `${S001}:39:536`, `${S001}:53:1`, `${S001}:59:176`,
    ]);
  });

  it('prints a source diagnostic such as an undated source', () => {
    expect(plain).toMatch(new RegExp(`^  ${S000} +warning +no dateline, date header or metadata.* +undated$`, 'm'));
  });

  it('ends with the summary line', () => {
    expect(lines.at(-2)).toBe('✖ 3 findings (2 warnings, 1 info) in 3 sources, 8 claims');
    expect(plain.endsWith('\n')).toBe(true);
  });

  it('says so when there is nothing to report', () => {
    const clean = formatTerminal(buildReport({ ...fixtureInput, discrepancies: [] }), { color: false });
    expect(clean.trimEnd().split('\n').at(-1)).toBe('✔ no discrepancies in 3 sources, 8 claims');
  });

  it('uses no ANSI codes without colour, even when article text carries some', () => {
    const hostile = formatTerminal(buildReport(hostileInput), { color: false });
    expect(plain).not.toMatch(ANSI);
    expect(hostile).not.toMatch(ANSI);
    expect(hostile).toContain('\\u001b[31mred');
    expect(hostile).toContain('✖ 1 finding (1 error) in 2 sources, 2 claims');
  });

  it('colours only when asked, and never lets article text add its own codes', () => {
    const coloured = formatTerminal(buildReport(hostileInput), { color: true });
    expect(coloured).toMatch(ANSI);
    expect(coloured).not.toContain('\u001b[31mred');
    expect(coloured.replace(/\u001b\[\d+m/g, '')).toBe(formatTerminal(buildReport(hostileInput), { color: false }));
  });
});

describe('formatTerminal with a baseline, decisions and voices', () => {
  const marked = markBaseline(report, { version: 1, findings: [
    { id: 'fd-name-9a1c', rule: 'core.operation-name', kind: 'name-variant', severity: 'warning', subject: 'x', property: 'name', message: 'x' },
    { id: 'fd-gone', rule: 'core.quote', kind: 'quote-variant', severity: 'warning', subject: 'x', property: 'quote', message: 'x' },
  ] }, 'b.json');
  const reviewed = { ...marked, discrepancies: marked.discrepancies.map((d) => (d.id === 'fd-quote-77d0' ? { ...d, review: { decision: 'translation-difference' as const, note: 'one speech, two renderings', by: 'desk' } } : d)) };
  const out = formatTerminal(reviewed, { color: false }).split('\n');

  it('marks findings already in the baseline and counts new, known and gone', () => {
    expect(out.find((l) => l.includes('core.operation-name'))).toMatch(/warning +\(in baseline\) name of SCO anti-drug operation/);
    expect(out.find((l) => l.includes('core.quote'))).not.toContain('(in baseline)');
    expect(out.at(-2)).toBe('✖ 3 findings (2 warnings, 1 info) in 3 sources, 8 claims — 2 new, 1 in the baseline, 1 gone since');
  });

  it('prints a decision beneath its finding', () => {
    const at = out.findIndex((l) => l.includes('core.quote'));
    expect(out[at + 2]).toBe('    ✔ reviewed: translation-difference by desk: one speech, two renderings');
  });

  it('says beside a file that it retells another', () => {
    const voiced = buildReport({ ...fixtureInput, voices: new Map([[S001, { id: S000, sameStoryAs: [{ source: S000, relation: 'translation' as const, overlap: 0.36 }] }]]) });
    expect(formatTerminal(voiced, { color: false }).split('\n')).toContain(`${S001}  (retells 000_8f66ce1f17e3b40f.txt (translation): one voice)`);
  });
});
