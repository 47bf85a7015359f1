import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { baselineOf, formatBaseline, readBaseline } from '../../src/baseline/baseline-file.js';
import { markBaseline } from '../../src/baseline/mark-baseline.js';
import { applyReviews, readReview } from '../../src/baseline/review-file.js';
import { domainPacks, runInit } from '../../src/cli/init-command.js';
import { loadRules } from '../../src/rules/load-rules.js';
import { exitCodeFor } from '../../src/cli/exit-code.js';
import { loadConfig } from '../../src/config/load-config.js';
import { RuleError } from '../../src/errors/index.js';
import { buildReport } from '../../src/report/build-report.js';
import { validateReport } from '../../src/report/validate-report.js';
import { fixtureInput, S000 } from '../report/fixture.js';

const report = buildReport(fixtureInput);
const tmp = () => mkdtempSync(join(tmpdir(), 'factdiff-baseline-'));
function file(name: string, text: string): string {
  const path = join(tmp(), name);
  writeFileSync(path, text);
  return path;
}

describe('the baseline file', () => {
  it('round-trips, sorted by id, with the same bytes for the same findings', () => {
    const path = file('b.json', formatBaseline(baselineOf(report)));
    expect(readBaseline(path).findings.map((f) => f.id)).toEqual(['fd-members-3f2e', 'fd-name-9a1c', 'fd-quote-77d0']);
    expect(formatBaseline(baselineOf(buildReport({ ...fixtureInput, discrepancies: [...fixtureInput.discrepancies].reverse() })))).toBe(readFileSync(path, 'utf8'));
  });

  it('stops on a damaged baseline with its place', () => {
    const path = file('b.json', '{\n  "version": 2,\n  "findings": []\n}\n');
    expect(() => readBaseline(path)).toThrow(RuleError);
    expect(() => readBaseline(path)).toThrow(`${path}:2:14: /version must be equal to constant`);
  });

  it('marks new and unchanged findings, lists absent ones, and fails only on new ones', () => {
    const baseline = { version: 1 as const, findings: [...baselineOf(report).findings.filter((f) => f.id !== 'fd-name-9a1c'), { id: 'fd-gone', rule: 'core.quote', kind: 'quote-variant' as const, severity: 'error' as const, subject: 'x', property: 'quote', message: 'gone' }] };
    const marked = markBaseline(report, baseline, 'factdiff-baseline.json');
    expect(marked.discrepancies.map((d) => [d.id, d.baselineState])).toEqual([['fd-name-9a1c', 'new'], ['fd-quote-77d0', 'unchanged'], ['fd-members-3f2e', 'unchanged']]);
    expect(marked.summary).toMatchObject({ new: 1, baselined: 2 });
    expect(marked.baseline).toEqual({ path: 'factdiff-baseline.json', absent: [baseline.findings.at(-1)] });
    expect(validateReport(marked)).toEqual([]);
    expect(exitCodeFor(marked, 'warning')).toBe(1);
    expect(exitCodeFor(markBaseline(report, baselineOf(report), 'b.json'), 'info')).toBe(0);
  });
});

const REVIEW = `decisions:
  fd-quote-77d0:
    decision: translation-difference
    note: One speech rendered twice.
    by: A. Editor
    date: 2025-09-01
  fd-name-9a1c:
    decision: source-error
    source: ${S000}
    note: The operation's name is cut short.
    by: B. Editor
`;

describe('the review file', () => {
  it('puts each decision on its finding, and names decisions that match none', () => {
    const decisions = readReview(file('factdiff-review.yaml', `${REVIEW}  fd-old:\n    decision: false-alarm\n    note: x\n    by: C\n`));
    const { report: reviewed, stale } = applyReviews(report, decisions);
    expect(reviewed.discrepancies.find((d) => d.id === 'fd-quote-77d0')?.review).toEqual({ decision: 'translation-difference', note: 'One speech rendered twice.', by: 'A. Editor', date: '2025-09-01' });
    expect(reviewed.discrepancies.find((d) => d.id === 'fd-name-9a1c')?.review).toMatchObject({ decision: 'source-error', source: S000 });
    expect(reviewed.discrepancies.find((d) => d.id === 'fd-members-3f2e')?.review).toBeUndefined();
    expect(stale).toEqual(['fd-old']);
    expect(validateReport(reviewed)).toEqual([]);
  });

  it.each([
    [REVIEW.replace(`    source: ${S000}\n`, ''), ":7:3: /decisions/fd-name-9a1c needs the field 'source'"],
    [REVIEW.replace('translation-difference', 'typo'), ':3:15: /decisions/fd-quote-77d0/decision must be one of accepted-change, translation-difference, false-alarm, source-error'],
    [REVIEW.replace('    by: B. Editor\n', ''), ":7:3: /decisions/fd-name-9a1c needs the field 'by'"],
    [REVIEW.replace('  fd-name-9a1c:', '  fd-quote-77d0:'), ':7:3: is not valid YAML: Map keys must be unique'],
  ])('stops on a bad review file with file:line:col (%#)', (text, message) => {
    const path = file('factdiff-review.yaml', text);
    expect(() => readReview(path)).toThrow(RuleError);
    expect(() => readReview(path)).toThrow(`${path}${message}`);
  });
});

describe('factdiff init', () => {
  it('writes a valid starter config, the generic rules and a review file, and never overwrites', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'factdiff.config.json'), '{"sources": ["mine"]}\n');
    const out: string[] = [];
    const io = { stdout: (s: string) => out.push(s), stderr: () => {}, color: false };
    expect(runInit(dir, io)).toBe(0);
    expect(readFileSync(join(dir, 'factdiff.config.json'), 'utf8')).toBe('{"sources": ["mine"]}\n');
    expect(out.join('')).toContain(`kept ${join(dir, 'factdiff.config.json')} (exists)`);
    expect(existsSync(join(dir, 'rules/generic/member-count.yaml'))).toBe(true);
    expect(existsSync(join(dir, 'rules/rule.schema.json'))).toBe(true);
    expect(readReview(join(dir, 'factdiff-review.yaml')).size).toBe(0);
    const fresh = tmp();
    runInit(fresh, io);
    const config = loadConfig(join(fresh, 'factdiff.config.json'));
    expect(config).toMatchObject({ sources: [join(fresh, 'sources')], failOn: 'error' });
    const schema = JSON.parse(readFileSync(join(fresh, 'factdiff.config.json'), 'utf8')).$schema as string;
    expect(existsSync(join(fresh, schema))).toBe(true);
    // No domain pack unless asked for; the output says which ones there are.
    expect(existsSync(join(fresh, 'rules/domain'))).toBe(false);
    expect(out.join('')).toContain('domain packs not copied (add with --pack NAME, or --pack all): ');
  });

  it('copies the domain packs asked for, and refuses a pack that does not exist with exit 2', () => {
    const dir = tmp();
    const err: string[] = [];
    const io = { stdout: () => {}, stderr: (s: string) => err.push(s), color: false };
    const [first, ...rest] = domainPacks();
    expect(runInit(dir, io, { packs: [first!] })).toBe(0);
    expect(existsSync(join(dir, `rules/domain/${first}.yaml`))).toBe(true);
    for (const other of rest) expect(existsSync(join(dir, `rules/domain/${other}.yaml`))).toBe(false);
    // The copied rules load: the folder works as --rules.
    expect(loadRules([join(dir, 'rules')]).rules.some((r) => r.id.startsWith('domain.'))).toBe(true);
    const all = tmp();
    expect(runInit(all, io, { packs: ['all'] })).toBe(0);
    for (const pack of domainPacks()) expect(existsSync(join(all, `rules/domain/${pack}.yaml`))).toBe(true);
    expect(runInit(tmp(), io, { packs: ['no-such-pack'] })).toBe(2);
    expect(err.join('')).toContain('no domain pack named "no-such-pack"');
  });
});
