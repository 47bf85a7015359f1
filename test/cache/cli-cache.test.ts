import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck, type CheckFlags } from '../../src/cli/check-command.js';

const tool = { name: 'factdiff', version: 'test' };
const tmp = () => mkdtempSync(join(tmpdir(), 'factdiff-cli-cache-'));

async function run(paths: string[], flags: Partial<CheckFlags>) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCheck(paths, { format: 'json', failOn: 'error', ...flags }, tool, { stdout: (s) => out.push(s), stderr: (s) => err.push(s), color: false });
  return { code, report: out.join('').replace(/"generatedAt": "[^"]*"/, ''), stderr: err.join('') };
}

describe('factdiff check and its claim cache', () => {
  it('keeps a cold run’s entries in one pack under --cache-dir, in no file of their own, listed for other scopes, and reports the same when warm', async () => {
    const dir = join(tmp(), 'cache');
    const cold = await run(['sources'], { cacheDir: dir });
    // Five articles, one source each: their claims, what ingest made of their files and their claims as the report writes them, all in the pack.
    expect(readdirSync(dir).filter((name) => /\.(json|part|spool|tmp)$/.test(name))).toEqual([]);
    expect(readdirSync(dir).filter((name) => name.endsWith('.pack'))).toHaveLength(1);
    expect(readdirSync(dir).filter((name) => name.endsWith('.list'))).toHaveLength(1);
    expect(readdirSync(dir).filter((name) => name.endsWith('.memo'))).toHaveLength(1);
    // Not a file count: others editing src/ meanwhile change the code's fingerprint, and so the file names.
    expect(await run(['sources'], { cacheDir: dir })).toEqual(cold);
  });

  it('reads and writes nothing with --no-cache', async () => {
    const dir = join(tmp(), 'cache');
    await run(['sources/001_a77efa4691674d51.txt'], { cache: false, cacheDir: dir });
    expect(existsSync(dir)).toBe(false);
  });

  it('goes on, saying so once, when the cache cannot be written', async () => {
    const blocker = join(tmp(), 'a-file');
    writeFileSync(blocker, '');
    const result = await run(['sources'], { cacheDir: join(blocker, 'cache') });
    expect(result.code).toBe(0);
    expect(result.stderr.match(/factdiff: cannot write the claim cache/g)).toHaveLength(1);
    expect(result.report).toEqual((await run(['sources'], { cache: false })).report);
  });

  it('takes --cache-dir and --no-cache on the command line', () => {
    const dir = join(tmp(), 'cache');
    const cli = (...args: string[]) => execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'check', 'sources/003_faf56f62527e6a2a.txt', '--format', 'json', ...args], { encoding: 'utf8' });
    cli('--no-cache', '--cache-dir', dir);
    expect(existsSync(dir)).toBe(false);
    cli('--cache-dir', dir);
    // The pack of the article's claims (and the same as the report writes them) and of what ingest made of its file, the list of this build's packs, its claim key, the compare memo and the organisation finds of its text.
    expect(readdirSync(dir).map((name) => name.slice(name.lastIndexOf('.'))).sort()).toEqual(['.finds', '.keys', '.list', '.memo', '.pack']);
  });
});
