/** The published binary (bin/factdiff.js → dist/) works as a user runs it after `npm ci`. */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';

/** The newest modification time of any file below `dir`. */
function newest(dir: string): number {
  return Math.max(...readdirSync(dir).map((name) => {
    const path = join(dir, name);
    const stat = statSync(path);
    return stat.isDirectory() ? newest(path) : stat.mtimeMs;
  }));
}

beforeAll(() => {
  // `npm ci` builds dist/ through the prepare script; rebuild here when src/ is newer, so the test never runs a stale build.
  if (!existsSync('dist/cli/main.js') || newest('src') > statSync('dist/cli/main.js').mtimeMs) {
    execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
  }
}, 120_000);

const run = (...args: string[]) => spawnSync('node', ['bin/factdiff.js', ...args], { encoding: 'utf8' });

it('checks the seed corpus and prints the JSON report', () => {
  const result = run('check', 'sources', '--format', 'json', '--fail-on', 'never');
  expect(result.status).toBe(0);
  const report = JSON.parse(result.stdout);
  expect(report.schemaVersion).toBe(1);
  expect(report.sources).toHaveLength(5);
});

it.each([
  [['check', 'sources', '--format', 'xml'], /--format must be one of terminal, json, github, sarif, markdown/],
  [['explain', 'sources/nothing-here.txt'], /explain needs FILE:LINE/],
  [['check', 'sources', '--rules', 'no/such/dir'], /no\/such\/dir: is not a readable rules folder/],
  [['check', '--no-such-option'], /unknown option/],
])('exits 2 with a clear message for %j', (args, message) => {
  const result = run(...args);
  expect(result.status).toBe(2);
  expect(result.stderr).toMatch(message);
});
