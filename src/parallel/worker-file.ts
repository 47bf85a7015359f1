/**
 * Where the extraction worker's built code is. Run from `dist/` (the installed CLI), it is the
 * file beside this one. Run from `src/` (tsx, vitest), it is `dist/parallel/extract-worker.js`,
 * usable only if `dist/` is as new as `src/`: a worker built from older code would extract
 * differently from the main thread, so a missing or stale build is reported, never used.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export type WorkerFile = { file: string } | { problem: string };

const WORKER = 'parallel/extract-worker.js';

/** The built worker for the code that is running now, or why there is none. */
export function locateWorker(here: string = import.meta.url): WorkerFile {
  const path = fileURLToPath(here);
  if (path.endsWith('.js')) return { file: fileURLToPath(new URL('./extract-worker.js', here)) };
  const src = fileURLToPath(new URL('..', here));
  const dist = fileURLToPath(new URL('../../dist/', here));
  return builtFrom(src, dist);
}

/** The worker in `dist` when every file under `src` (code and JSON data) has a built copy at least as new. */
export function builtFrom(src: string, dist: string): WorkerFile {
  const build = 'run `npm run build` (npm ci does it) to use worker threads';
  if (!existsSync(join(dist, WORKER))) return { problem: `no built worker at ${join(dist, WORKER)}; ${build}` };
  for (const file of listSources(src)) {
    const compiled = join(dist, relative(src, file).replace(/\.ts$/, '.js'));
    const stale = !existsSync(compiled) || statSync(compiled).mtimeMs < statSync(file).mtimeMs;
    if (stale) return { problem: `the build in ${dist} is older than ${relative(src, file)}; ${build}` };
  }
  return { file: join(dist, WORKER) };
}

function listSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listSources(path);
    return /\.(?:ts|json)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}
