/** `--jobs` as typed, and whether a build in dist/ may run the workers for the code in src/. */
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors/index.js';
import { jobsFrom } from '../../src/parallel/jobs.js';
import { builtFrom, locateWorker } from '../../src/parallel/worker-file.js';

describe('--jobs', () => {
  it.each([
    [undefined, 4, 4],
    [undefined, 0, 1],
    ['1', 4, 1],
    ['2', 4, 2],
    ['16', 2, 16],
  ])('--jobs %s with %i cores available is %i', (value, available, expected) => {
    expect(jobsFrom(value, available)).toBe(expected);
  });

  it.each([['0'], ['-1'], ['two'], ['1.5'], ['']])('rejects --jobs %j, saying what it takes', (value) => {
    expect(() => jobsFrom(value, 2)).toThrow(UsageError);
    expect(() => jobsFrom(value, 2)).toThrow(/--jobs must be a whole number of threads from 1 up, e\.g\. --jobs 2, got/);
  });
});

describe('the built worker', () => {
  /** A src/ and dist/ pair: `files` are src paths, compiled with the given ages in seconds (undefined: not built). */
  function project(files: Record<string, number | undefined>, worker = true): { src: string; dist: string } {
    const root = mkdtempSync(join(tmpdir(), 'factdiff-build-'));
    const [src, dist] = [join(root, 'src'), join(root, 'dist')];
    const now = Date.now() / 1000;
    for (const [file, builtAge] of Object.entries(files)) {
      mkdirSync(join(src, file, '..'), { recursive: true });
      writeFileSync(join(src, file), '');
      utimesSync(join(src, file), now - 100, now - 100);
      if (builtAge === undefined) continue;
      const compiled = join(dist, file.replace(/\.ts$/, '.js'));
      mkdirSync(join(compiled, '..'), { recursive: true });
      writeFileSync(compiled, '');
      utimesSync(compiled, now - builtAge, now - builtAge);
    }
    if (worker) {
      mkdirSync(join(dist, 'parallel'), { recursive: true });
      writeFileSync(join(dist, 'parallel', 'extract-worker.js'), '');
    }
    return { src, dist };
  }

  it('is used when every source file has a newer build', () => {
    const { src, dist } = project({ 'index.ts': 10, 'extract/count.ts': 10, 'normalize/units.json': 10 });
    expect(builtFrom(src, dist)).toEqual({ file: join(dist, 'parallel', 'extract-worker.js') });
  });

  it.each([
    ['a source newer than its build', { 'index.ts': 10, 'extract/count.ts': 200 }, /older than extract\/count\.ts/],
    ['a source never built', { 'index.ts': 10, 'extract/new-step.ts': undefined }, /older than extract\/new-step\.ts/],
    ['data newer than its copy', { 'index.ts': 10, 'normalize/units.json': 200 }, /older than normalize\/units\.json/],
  ])('is refused for %s, saying to build', (_, files, reason) => {
    const { src, dist } = project(files);
    const found = builtFrom(src, dist);
    expect(found).toEqual({ problem: expect.stringMatching(reason) });
    expect(found).toEqual({ problem: expect.stringContaining('run `npm run build`') });
  });

  it('is refused when there is no build at all', () => {
    const { src, dist } = project({ 'index.ts': undefined }, false);
    expect(builtFrom(src, dist)).toEqual({ problem: expect.stringMatching(/^no built worker at .*extract-worker\.js; run `npm run build`/) });
  });

  it('runs from dist/ is the file beside the running code', () => {
    expect(locateWorker('file:///opt/factdiff/dist/parallel/worker-file.js')).toEqual({ file: '/opt/factdiff/dist/parallel/extract-worker.js' });
  });
});
