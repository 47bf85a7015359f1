/**
 * The CI workflow end to end on a copy of three seed articles: record a baseline, make an unrelated
 * edit (lines move), check again (nothing new, exit 0), then change a fact (one new finding, exit 1).
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBaseline } from '../../src/cli/baseline-command.js';
import { runCheck, type CheckFlags } from '../../src/cli/check-command.js';
import type { Report } from '../../src/types.js';

const tool = { name: 'factdiff', version: 'test' };
const SEEDS = ['000_8f66ce1f17e3b40f.txt', '001_a77efa4691674d51.txt', '002_573223765cc41308.txt'];
const EDITED = '001_a77efa4691674d51.txt';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (s: string) => out.push(s), stderr: (s: string) => err.push(s), color: false }, out, err };
}

async function checkJson(dir: string, flags: Partial<CheckFlags>): Promise<{ code: number; report: Report }> {
  const { io, out } = capture();
  const code = await runCheck([dir], { format: 'json', cache: false, ...flags }, tool, io);
  return { code, report: JSON.parse(out.join('')) as Report };
}

const dir = mkdtempSync(join(tmpdir(), 'factdiff-workflow-'));
const drop = join(dir, 'drop');
const baseline = join(dir, 'factdiff-baseline.json');
let before: Report;

beforeAll(async () => {
  mkdirSync(drop);
  for (const seed of SEEDS) copyFileSync(join('sources', seed), join(drop, seed));
  const { io, out } = capture();
  expect(await runBaseline([drop], { out: baseline, cache: false }, tool, io)).toBe(0);
  expect(out.join('')).toMatch(/^baseline of \d+ findings written to /);
  before = (await checkJson(drop, {})).report;
}, 120_000);

describe('baseline, then check --baseline', () => {
  it('records every finding by fingerprint, without line numbers', () => {
    const recorded = JSON.parse(readFileSync(baseline, 'utf8'));
    expect(recorded.findings.map((f: { id: string }) => f.id)).toEqual(before.discrepancies.map((d) => d.id).sort());
    expect(readFileSync(baseline, 'utf8')).not.toMatch(/"line"/);
  });

  it('reports zero new findings after an unrelated edit that moves lines, and exits 0 even at --fail-on info', async () => {
    const path = join(drop, EDITED);
    const lines = readFileSync(path, 'utf8').split('\n');
    lines.splice(20, 0, 'Editor\'s note: this paragraph was added later.', '', 'A second added line keeps the paragraph apart.', '');
    writeFileSync(path, lines.join('\n'));
    const after = await checkJson(drop, { baseline, failOn: 'info' });
    expect(after.code).toBe(0);
    expect(after.report.summary).toMatchObject({ new: 0, baselined: before.discrepancies.length });
    expect(after.report.discrepancies.every((d) => d.baselineState === 'unchanged')).toBe(true);
    expect(after.report.baseline?.absent).toEqual([]);
    // The fingerprints held although the claims moved down four lines.
    const line = (r: Report) => r.discrepancies.flatMap((d) => d.claims).find((c) => c.source.endsWith(EDITED) && c.line > 21)?.line;
    expect(line(after.report)).toBe((line(before) ?? 0) + 4);
  }, 60_000);

  it('reports a changed fact as new (exit 1) and its old finding as absent', async () => {
    const path = join(drop, EDITED);
    writeFileSync(path, readFileSync(path, 'utf8').replace('It has 10 member states', 'It has 11 member states'));
    const after = await checkJson(drop, { baseline, failOn: 'info' });
    expect(after.code).toBe(1);
    const fresh = after.report.discrepancies.filter((d) => d.baselineState === 'new');
    expect(fresh.map((d) => d.property)).toEqual(['member-states']);
    expect(after.report.baseline?.absent.map((f) => f.property)).toEqual(['member-states']);
    expect(after.report.summary.new).toBe(1);
  }, 60_000);
});
