import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck, type CheckFlags } from '../../src/cli/check-command.js';
import { RuleError, UsageError } from '../../src/errors/index.js';

const tool = { name: 'factdiff', version: 'test' };

async function run(paths: string[], flags: Partial<CheckFlags> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCheck(paths, { format: 'terminal', failOn: 'error', ...flags }, tool, { stdout: (s) => out.push(s), stderr: (s) => err.push(s), color: false });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

const tmp = () => mkdtempSync(join(tmpdir(), 'factdiff-cli-'));

describe('factdiff check', () => {
  it('exits 0 on the seeds at --fail-on error and writes the reports asked for', async () => {
    const dir = tmp();
    const result = await run(['sources'], { json: join(dir, 'r.json'), html: join(dir, 'r.html') });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/✖ \d+ findings/);
    expect(result.stdout).toContain(`report written to ${join(dir, 'r.json')}`);
    expect(JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')).schemaVersion).toBe(1);
    expect(readFileSync(join(dir, 'r.html'), 'utf8')).toMatch(/^<!doctype html>/i);
  });

  it.each([
    ['warning', 1],
    ['info', 1],
    ['never', 0],
  ])('--fail-on %s exits %d on the seeds', async (failOn, code) => {
    expect((await run(['sources'], { failOn })).code).toBe(code);
  });

  it('prints the JSON report with --format json', async () => {
    const { stdout } = await run(['sources/001_a77efa4691674d51.txt'], { format: 'json' });
    expect(JSON.parse(stdout).sources).toHaveLength(1);
  });

  it('prints the JSON file\'s bytes with --format json and --json, the same as rendering it again', async () => {
    const dir = tmp();
    const file = join(dir, 'r.json');
    const bytes: Uint8Array[] = [];
    const out: string[] = [];
    const code = await runCheck(['sources'], { format: 'json', failOn: 'never', json: file, cache: false }, tool, { stdout: (s) => out.push(s), stdoutBytes: (b) => bytes.push(b), stderr: () => {}, color: false });
    expect(code).toBe(0);
    expect(out).toEqual([]);
    expect(Buffer.concat(bytes).equals(readFileSync(file))).toBe(true);
    const rendered = await run(['sources'], { format: 'json', failOn: 'never', cache: false });
    const withoutTime = (text: string) => text.replace(/"generatedAt": "[^"]*"/, '');
    expect(withoutTime(Buffer.concat(bytes).toString('utf8'))).toBe(withoutTime(rendered.stdout));
  });

  it.each(['json', 'terminal'])('prints nothing with --format %s when standard output goes to the null device, and writes the same files and exit code', async (format) => {
    const dir = tmp();
    const [kept, discarded] = [join(dir, 'kept.json'), join(dir, 'discarded.json')];
    const printed: unknown[] = [];
    const io = { stdout: (s: string) => printed.push(s), stdoutBytes: (b: Uint8Array) => printed.push(b), stderr: () => {}, color: false };
    const flags = { format, failOn: 'error', cache: false };
    const code = await runCheck(['sources'], { ...flags, json: discarded }, tool, { ...io, stdoutDiscarded: true });
    expect(printed).toEqual([]);
    expect(code).toBe(await runCheck(['sources'], { ...flags, json: kept }, tool, io));
    expect(printed.length).toBeGreaterThan(0);
    const withoutTime = (file: string) => readFileSync(file, 'utf8').replace(/"generatedAt": "[^"]*"/, '');
    expect(withoutTime(discarded)).toBe(withoutTime(kept));
  });

  it.each([
    [{ format: 'xml' }, /--format must be one of terminal, json, github, sarif, markdown, got 'xml'/],
    [{ baseline: 'no/such/baseline.json' }, /--baseline no\/such\/baseline.json: no such file/],
    [{ failOn: 'sometimes' }, /--fail-on must be one of error, warning, info, never, got 'sometimes'/],
  ])('refuses %j with a usage error (exit 2)', async (flags, message) => {
    await expect(run(['sources'], flags)).rejects.toThrow(UsageError);
    await expect(run(['sources'], flags)).rejects.toThrow(message);
  });

  it('stops on a bad rule file with its place', async () => {
    const rules = tmp();
    writeFileSync(join(rules, 'bad.yaml'), 'extract:\n  extractor: counts\n');
    await expect(run(['sources'], { rules: [rules] })).rejects.toThrow(RuleError);
    await expect(run(['sources'], { rules: [rules] })).rejects.toThrow(/bad\.yaml:2:14: \/extract\/extractor must be one of count/);
  });

  it('exits 2 when no source is readable, 0 when one broken source sits beside good ones', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'broken.json'), '{"title": "x", "body": ');
    const alone = await run([join(dir, 'broken.json')]);
    expect(alone.code).toBe(2);
    expect(alone.stderr).toContain('no readable source');
    writeFileSync(join(dir, 'good.md'), '---\ntitle: Good\npublished: 2024-07-09\n---\n\nThe North Atlantic Treaty Organization (NATO) has 32 members.\n');
    const both = await run([dir], { format: 'json' });
    expect(both.code).toBe(0);
    const report = JSON.parse(both.stdout);
    expect(report.sources.map((s: { path: string; publishedFrom: string }) => [s.path.split('/').at(-1), s.publishedFrom])).toEqual([
      ['broken.json', 'unreadable'],
      ['good.md', 'metadata'],
    ]);
    expect(report.claims).toHaveLength(1);
  });
});
