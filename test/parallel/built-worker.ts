/**
 * Builds the project's code into a private folder once per test file, so worker tests run the
 * code under test and not whatever `dist/` holds (which may be older, or rebuilt by another run).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { WorkerFile } from '../../src/parallel/worker-file.js';

/** Compiles `src/` with the build settings under node_modules/.cache (so packages resolve) and returns its worker. */
export function buildWorker(): WorkerFile {
  const parent = join('node_modules', '.cache');
  execFileSync('mkdir', ['-p', parent]);
  const out = mkdtempSync(join(parent, 'factdiff-worker-test-'));
  // Removed when the test process ends, whichever test file built it.
  process.once('exit', () => rmSync(out, { recursive: true, force: true }));
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json', '--outDir', out, '--sourceMap', 'false'], { stdio: 'pipe' });
  return { file: join(process.cwd(), out, 'parallel', 'extract-worker.js') };
}

/** The built worker of one test file: built before its tests, removed after them. Read `.file` inside tests. */
export function builtWorkerForFile(): { readonly file: WorkerFile } {
  const holder: { file: WorkerFile } = { file: { problem: 'not built yet' } as WorkerFile };
  beforeAll(() => {
    holder.file = buildWorker();
  }, 180_000);
  afterAll(() => {
    if ('file' in holder.file) rmSync(dirname(dirname(holder.file.file)), { recursive: true, force: true });
  });
  return holder;
}
