import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planCheck } from '../../src/cli/check-plan.js';
import { applySeverity } from '../../src/config/apply-severity.js';
import { expandSources, globPattern } from '../../src/config/expand-sources.js';
import { loadConfig } from '../../src/config/load-config.js';
import { RuleError } from '../../src/errors/index.js';
import { loadRules } from '../../src/rules/load-rules.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'factdiff-config-'));
const rules = loadRules(['rules']);

function configFile(text: string, name = 'factdiff.config.json'): string {
  const file = join(tmp(), name);
  writeFileSync(file, text);
  return file;
}

describe('loadConfig', () => {
  it.each([
    ['{\n  "sources": ["sources"],\n  "failOn": "sometimes"\n}\n', ':3:13: /failOn must be one of error, warning, info, never'],
    ['{\n  "sources": ["sources"],\n  "sauces": ["x"]\n}\n', ":3:3: / has unknown field 'sauces'"],
    ['{\n  "reports": { "pdf": "r.pdf" }\n}\n', ":2:16: /reports has unknown field 'pdf'"],
    ['{\n  "severity": { "generic.quote": "loud" }\n}\n', ':2:34: /severity/generic.quote must be one of error, warning, info'],
    ['{\n  "sources": ["sources"],\n}\n', ':3:1: is not valid JSON'],
  ])('names the file, line, column and field of a bad config: %j', (text, message) => {
    const file = configFile(text);
    expect(() => loadConfig(file)).toThrow(RuleError);
    expect(() => loadConfig(file)).toThrow(`${file}${message}`);
  });

  it('resolves paths against the config file’s folder', () => {
    const file = configFile(JSON.stringify({ sources: ['drop/*.md'], rules: ['my-rules'], reports: { sarif: 'out/r.sarif' }, baseline: 'b.json' }));
    const dir = file.replace(/\/factdiff\.config\.json$/, '');
    expect(loadConfig(file)).toMatchObject({ sources: [join(dir, 'drop/*.md')], rules: [join(dir, 'my-rules')], reports: { sarif: join(dir, 'out/r.sarif') }, baseline: join(dir, 'b.json') });
  });
});

describe('severity overrides', () => {
  it('sets one severity for every outcome of a rule, or only the outcomes named', () => {
    const config = { file: 'c.json', placeOf: () => ({ line: 1, column: 1 }) };
    const all = applySeverity(rules, { ...config, severity: { 'generic.quote': 'error' } });
    expect(all.rules.find((r) => r.id === 'generic.quote')?.check?.severity).toMatchObject({ 'quote-variant': 'error', conflict: 'error' });
    const some = applySeverity(rules, { ...config, severity: { 'generic.member-count': { explained: 'warning' } } });
    expect(some.rules.find((r) => r.id === 'generic.member-count')?.check?.severity).toMatchObject({ explained: 'warning', conflict: 'error' });
  });

  it('refuses a rule id that names no rule with a check, at its place', () => {
    const file = configFile('{\n  "severity": {\n    "generic.no-such-rule": "info"\n  }\n}\n');
    expect(() => applySeverity(rules, loadConfig(file))).toThrow(`${file}:3:5: /severity/generic.no-such-rule names no loaded rule`);
  });

  it('changes the severity a finding gets on the seeds (a quote variant becomes an error and fails the run)', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'factdiff.config.json'), JSON.stringify({ sources: ['sources/001_a77efa4691674d51.txt', 'sources/003_faf56f62527e6a2a.txt'], severity: { 'generic.quote': 'error' } }));
    const plan = planCheck([], { config: join(dir, 'factdiff.config.json') }, dir);
    const { check } = await import('../../src/index.js');
    const report = await check({ paths: plan.paths.map((p) => p.replace(`${dir}/`, '')), rules: plan.rules, tool: { name: 'factdiff', version: 'test' }, generatedAt: '2025-01-01T00:00:00Z' });
    expect(report.discrepancies.filter((d) => d.rule === 'generic.quote').map((d) => d.severity)).toEqual(['error']);
  });
});

describe('sources globs', () => {
  it.each([
    ['drop/*.md', 'drop/a.md', true],
    ['drop/*.md', 'drop/sub/a.md', false],
    ['drop/**/*.md', 'drop/sub/deeper/a.md', true],
    ['drop/**/*.md', 'drop/a.md', true],
    ['drop/?.txt', 'drop/ab.txt', false],
  ])('%s matches %s: %s', (glob, path, matches) => {
    expect(globPattern(glob).test(path)).toBe(matches);
  });

  it('expands globs to sorted files and keeps plain paths', () => {
    const dir = tmp();
    mkdirSync(join(dir, 'drop/sub'), { recursive: true });
    for (const f of ['drop/b.md', 'drop/a.md', 'drop/sub/c.md', 'drop/skip.txt']) writeFileSync(join(dir, f), 'x');
    expect(expandSources([`${dir}/drop/**/*.md`, `${dir}/other`])).toEqual([`${dir}/drop/a.md`, `${dir}/drop/b.md`, `${dir}/drop/sub/c.md`, `${dir}/other`]);
  });
});

describe('planCheck', () => {
  it('lets flags win over the config and the config over the defaults', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'factdiff.config.json'), JSON.stringify({ sources: ['drop'], failOn: 'warning', reports: { markdown: 'summary.md' } }));
    const fromConfig = planCheck([], {}, dir);
    expect(fromConfig).toMatchObject({ failOn: 'warning', reports: { markdown: join(dir, 'summary.md') }, named: `${join(dir, 'factdiff.config.json')} sources` });
    const fromFlags = planCheck(['x.txt'], { failOn: 'never', json: 'r.json' }, dir);
    expect(fromFlags).toMatchObject({ failOn: 'never', paths: ['x.txt'], reports: { json: 'r.json', markdown: join(dir, 'summary.md') } });
  });

  it('without a config writes reports/ only when no paths are given', () => {
    const dir = tmp();
    expect(planCheck([], {}, dir).reports).toEqual({ json: 'reports/report.json', html: 'reports/report.html' });
    expect(planCheck(['sources'], {}, dir).reports).toEqual({});
  });
});
