/**
 * No data lost on a crash: a `factdiff check` killed with SIGKILL leaves the previous report
 * complete and the claim cache usable, and a damaged cache entry is ignored, said and rebuilt.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileClaimCache } from '../../src/cache/file-claim-cache.js';
import { check } from '../../src/index.js';
import { formatJson } from '../../src/report/format-json.js';
import { validateReport } from '../../src/report/validate-report.js';
import { loadRules } from '../../src/rules/load-rules.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'factdiff-killed-'));
const DROP = ['sources/001_a77efa4691674d51.txt', 'sources/002_573223765cc41308.txt'];
/** The command line as a user runs it, from the sources (tsx), so no build is needed. */
const CLI = [process.execPath, '--import', 'tsx', 'src/cli/main.ts', 'check'];

const withoutTime = (json: string) => json.replace(/"generatedAt": "[^"]*"/, '');

/** Runs `factdiff check` and kills it with SIGKILL as soon as `ready()` holds (or lets it finish). */
function killWhen(args: string[], ready: () => boolean): Promise<{ killed: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(CLI[0] as string, [...CLI.slice(1), ...args], { stdio: 'ignore' });
    const timer = setInterval(() => {
      if (ready()) child.kill('SIGKILL');
    }, 2);
    child.on('exit', (_code, signal) => {
      clearInterval(timer);
      resolve({ killed: signal === 'SIGKILL' });
    });
  });
}

describe('a killed run', () => {
  it('leaves the previous report complete and a cache the next run reads', async () => {
    const dir = tmp();
    const json = join(dir, 'report.json');
    const cache = join(dir, 'cache');
    const first = spawnSync(CLI[0] as string, [...CLI.slice(1), DROP[0] as string, '--json', json, '--no-cache', '--fail-on', 'never'], { encoding: 'utf8' });
    expect(first.status, first.stderr).toBe(0);
    const previous = readFileSync(json, 'utf8');
    // Killed mid-run: once the first entry is in the run's spool (entry-spool.ts), before any report or pack is written.
    const killed = await killWhen([...DROP, '--json', json, '--cache-dir', cache, '--fail-on', 'never'], () => existsSync(cache) && readdirSync(cache).some((f) => f.endsWith('.spool')));
    expect(killed.killed).toBe(true);
    expect(readdirSync(cache).filter((f) => f.endsWith('.pack'))).toEqual([]);
    expect(readFileSync(json, 'utf8')).toBe(previous);
    expect(validateReport(JSON.parse(previous))).toEqual([]);
    const next = spawnSync(CLI[0] as string, [...CLI.slice(1), ...DROP, '--cache-dir', cache, '--format', 'json', '--fail-on', 'never'], { encoding: 'utf8' });
    const fresh = spawnSync(CLI[0] as string, [...CLI.slice(1), ...DROP, '--no-cache', '--format', 'json', '--fail-on', 'never'], { encoding: 'utf8' });
    expect(next.status, next.stderr).toBe(0);
    expect(withoutTime(next.stdout)).toBe(withoutTime(fresh.stdout));
    // The killed run's spool is removed by the next run that writes the same pack.
    expect(readdirSync(cache).filter((f) => f.endsWith('.spool'))).toEqual([]);
  }, 120_000);
});

describe('a damaged claim cache', () => {
  it('is ignored entry by entry, said, rebuilt, and changes nothing in the report', async () => {
    const options = { paths: DROP, rules: loadRules(['rules']), tool: { name: 'factdiff', version: 'test' }, generatedAt: '2025-01-01T00:00:00.000Z' };
    const dir = join(tmp(), 'cache');
    const cold = formatJson(await check({ ...options, cache: new FileClaimCache(dir) }));
    const files = readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => join(dir, f));
    expect(files).toHaveLength(2);
    writeFileSync(files[0] as string, 'garbage\n{');
    writeFileSync(files[1] as string, readFileSync(files[1] as string, 'utf8').slice(0, 200));
    const warnings: string[] = [];
    const damaged = new FileClaimCache(dir, { warn: (m) => warnings.push(m) });
    expect(formatJson(await check({ ...options, cache: damaged }))).toBe(cold);
    expect(warnings.sort()).toEqual(
      [
        `damaged claim cache entry ${files[0]} (its header is not JSON): ignored, the source is extracted again`,
        `damaged claim cache entry ${files[1]} (truncated or edited: its checksum does not match): ignored, the source is extracted again`,
      ].sort(),
    );
    expect(damaged.stats).toEqual({ hits: 0, misses: 2, writes: 2 });
    const rebuilt = new FileClaimCache(dir, { warn: (m) => warnings.push(m) });
    expect(formatJson(await check({ ...options, cache: rebuilt }))).toBe(cold);
    expect(rebuilt.stats).toEqual({ hits: 2, misses: 0, writes: 0 });
  }, 60_000);
});
