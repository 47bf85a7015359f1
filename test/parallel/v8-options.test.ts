/**
 * A V8 option on node's command line (`node --single-threaded-gc factdiff …`) does not stop the
 * pool: `new Worker` refuses V8 options in a list it is given, so the pool gives one only when
 * it leaves a module loader out, and the workers otherwise inherit the process's options.
 */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtWorkerForFile } from './built-worker.js';

const built = builtWorkerForFile();

describe('a pool under V8 options', () => {
  it('starts its workers and answers a task', () => {
    if (!('file' in built.file)) throw new Error(built.file.problem);
    const pool = pathToFileURL(join(dirname(built.file.file), 'worker-pool.js')).href;
    const script = `const { WorkerPool } = await import(${JSON.stringify(pool)});
const pool = new WorkerPool({ jobs: 2, minBytesPerThread: 0 });
const started = pool.for(1_000_000, 2);
const answer = await started.pool.run({ prepare: true });
await pool.close();
console.log(JSON.stringify({ threads: started.threads, answer }));`;
    const run = spawnSync(process.execPath, ['--single-threaded-gc', '--max-semi-space-size=8', '--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(run.stderr).not.toMatch(/ERR_WORKER_INVALID_EXEC_ARGV/);
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout.trim())).toEqual({ threads: 2, answer: true });
  }, 60_000);
});
