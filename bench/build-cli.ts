/**
 * A private install of the code under test, for the parts of the benchmark that need built code:
 * the extraction workers (they run from JavaScript, never from .ts under tsx) and a fresh `factdiff`
 * process for the warm re-run. Compiled from src/ into a temporary folder laid out like an
 * installed package (dist/, package files, and links to rules/ and node_modules/), never touching
 * the project's own dist/.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { WorkerFile } from '../src/parallel/worker-file.js';

export interface BuiltCli {
  root: string;
  /** The built command line: `node <cli> check …`. */
  cli: string;
  worker: WorkerFile;
}

export function buildCli(project = process.cwd()): BuiltCli {
  const root = mkdtempSync(join(tmpdir(), 'factdiff-bench-build-'));
  execFileSync(process.execPath, [join(project, 'node_modules/typescript/bin/tsc'), '-p', join(project, 'tsconfig.build.json'), '--outDir', join(root, 'dist'), '--sourceMap', 'false'], { stdio: 'pipe' });
  for (const file of ['package.json', 'package-lock.json']) copyFileSync(join(project, file), join(root, file));
  for (const dir of ['rules', 'node_modules']) symlinkSync(resolve(project, dir), join(root, dir));
  return { root, cli: join(root, 'dist/cli/main.js'), worker: { file: join(root, 'dist/parallel/extract-worker.js') } };
}
