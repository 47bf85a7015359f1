/**
 * `factdiff extract --shard i/n --out FILE` and `factdiff compare FILES`: the same JSON report
 * as `factdiff check`, and exit 2 with one clear line for shards that do not fit. The last test
 * runs the real command line.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/cli/check-command.js';
import { runCompare } from '../../src/cli/compare-command.js';
import { runExtract } from '../../src/cli/extract-command.js';
import { UsageError } from '../../src/errors/index.js';

const tool = { name: 'factdiff', version: 'test' };
const quiet = () => {
  const out: string[] = [];
  return { out, io: { stdout: (s: string) => out.push(s), stderr: (s: string) => out.push(s), color: false } };
};
const withoutTime = (json: string) => json.replace(/"generatedAt": "[^"]*"/, '');

describe('factdiff extract and compare', () => {
  it('write shard files that compare to the JSON report of check', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'factdiff-cli-shards-'));
    const printed: string[] = [];
    for (const shard of ['1/2', '2/2']) {
      const { out, io } = quiet();
      expect(await runExtract(['sources'], { shard, out: join(dir, `claims-${shard[0]}.jsonl`), cache: false, jobs: '1' }, tool, io)).toBe(0);
      printed.push(out.join(''));
    }
    expect(printed.map((p) => p.replace(dir, 'DIR'))).toEqual([
      expect.stringMatching(/^shard 1\/2: 3 of 5 sources, \d+ claims written to DIR\/claims-1\.jsonl\n$/),
      expect.stringMatching(/^shard 2\/2: 2 of 5 sources, \d+ claims written to DIR\/claims-2\.jsonl\n$/),
    ]);
    const compared = quiet();
    expect(await runCompare([join(dir, 'claims-1.jsonl'), join(dir, 'claims-2.jsonl')], { format: 'json', failOn: 'error', json: join(dir, 'report.json') }, tool, compared.io)).toBe(0);
    const checked = quiet();
    await runCheck(['sources'], { format: 'json', failOn: 'error', cache: false, jobs: '1' }, tool, checked.io);
    expect(withoutTime(compared.out.join(''))).toBe(withoutTime(checked.out.join('')));
    expect(withoutTime(readFileSync(join(dir, 'report.json'), 'utf8'))).toBe(withoutTime(checked.out.join('')));
  }, 60_000);

  it('refuse an unreadable shard file and a bad --shard before any work', async () => {
    await expect(runCompare(['no/such/claims-1.jsonl'], { format: 'json', failOn: 'error' }, tool, quiet().io)).rejects.toThrow(new UsageError('cannot read the shard no/such/claims-1.jsonl: no such file'));
    await expect(runExtract(['sources'], { shard: '3/2' }, tool, quiet().io)).rejects.toThrow(/--shard must be i\/n/);
  });

  it('exit 2 with one line on the command line when a shard is missing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'factdiff-cli-shards-'));
    const cli = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8' });
    execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'extract', 'sources/001_a77efa4691674d51.txt', 'sources/003_faf56f62527e6a2a.txt', '--shard', '2/2', '--out', join(dir, 'claims-2.jsonl'), '--no-cache']);
    const result = cli('compare', join(dir, 'claims-2.jsonl'), '--format', 'json');
    expect([result.status, result.stderr, result.stdout]).toEqual([2, 'factdiff: shard 1/2 missing: compare needs all 2\n', '']);
  }, 60_000);
});
