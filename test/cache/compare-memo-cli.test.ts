/**
 * The compare memo end to end: `factdiff check` with a cache, run again after sources are added,
 * changed or removed, reports byte for byte what a `--no-cache` run of the same folder does.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck, type CheckFlags } from '../../src/cli/check-command.js';

const tool = { name: 'factdiff', version: 'test' };
const tmp = (name: string) => mkdtempSync(join(tmpdir(), `factdiff-memo-${name}-`));

async function run(paths: string[], flags: Partial<CheckFlags>) {
  const out: string[] = [];
  const err: string[] = [];
  await runCheck(paths, { format: 'json', failOn: 'never', ...flags }, tool, { stdout: (s) => out.push(s), stderr: (s) => err.push(s), color: false });
  return { report: out.join('').replace(/"generatedAt": "[^"]*"/, ''), stderr: err.join('') };
}

const added = '---\ntitle: Added\npublisher: Wire\npublished: 2025-09-02\n---\n\nIt was announced that the Pacific Islands Forum (PIF) has 18 members. The PIF summit in Honiara opened on Monday. NATO now has 31 members, officials said.\n';

describe('factdiff check with the compare memo', () => {
  it('reports what a run without the cache does after sources are added, edited and removed', async () => {
    const drop = join(tmp('drop'), 'drop');
    cpSync('sources', drop, { recursive: true });
    for (const file of readdirSync('test/fixtures/alliance')) cpSync(join('test/fixtures/alliance', file), join(drop, file));
    const cacheDir = join(tmp('cache'), 'cache');
    const steps: Array<() => void> = [
      () => undefined,
      () => writeFileSync(join(drop, 'added.md'), added),
      () => undefined,
      () => writeFileSync(join(drop, '2023-04-04-finland-joins.txt'), readFileSync(join(drop, '2023-04-04-finland-joins.txt'), 'utf8').replace(/31/g, '32')),
      () => rmSync(join(drop, 'added.md')),
    ];
    for (const step of steps) {
      step();
      const warm = await run([drop], { cacheDir });
      expect(warm.stderr).toBe('');
      expect(warm.report).toBe((await run([drop], { cache: false })).report);
    }
    expect(readdirSync(cacheDir).filter((name) => name.endsWith('.memo'))).toHaveLength(1);
  });

  it('says a damaged memo is ignored, and reports the same', async () => {
    const cacheDir = join(tmp('cache'), 'cache');
    const cold = await run(['sources'], { cacheDir });
    const memo = readdirSync(cacheDir).find((name) => name.endsWith('.memo'))!;
    writeFileSync(join(cacheDir, memo), readFileSync(join(cacheDir, memo), 'utf8').replace('"drafts"', '"draftz"'));
    const warm = await run(['sources'], { cacheDir });
    expect(warm.stderr).toMatch(/damaged compare memo .* ignored, every group is checked/);
    expect(warm.report).toBe(cold.report);
  });
});
