/**
 * The pool starts tasks in the order they were asked for: the cold run's cache writes take
 * results in drop order (in-order.ts) as they come, and with tasks started out of order they
 * waited for the last batches (piscina's default, without `stricterFIFO`, sends a task it
 * cannot hand out at once to the back of its queue: on one worker, tasks 0, 2, 4, … ran first).
 * One worker, so that the check does not depend on how two threads are scheduled.
 */
import { describe, expect, it } from 'vitest';
import type { RawFile } from '../../src/ingest/read-inputs.js';
import { WorkerPool } from '../../src/parallel/worker-pool.js';
import { builtWorkerForFile } from './built-worker.js';

const built = builtWorkerForFile();

describe('the worker pool', () => {
  it('runs tasks in the order they were asked for', async () => {
    const pool = new WorkerPool({ jobs: 2, minBytesPerThread: 0, worker: built.file });
    try {
      // One worker (`alongside`): the order tasks finish in is the order they started in, whatever the machine's load.
      const started = pool.for(10, 60, true);
      if (!started || 'problem' in started) throw new Error(`no pool: ${JSON.stringify(started)}`);
      const file = (k: number): RawFile => ({ path: `a${k}.txt`, bytes: new TextEncoder().encode(`Article ${k}.\n\nIt said so on Monday.\n`) });
      const finished: number[] = [];
      const tasks = Array.from({ length: 60 }, (_, k) => started.pool.run({ ingest: [file(k)], digests: false }).then(() => finished.push(k)));
      await Promise.all(tasks);
      expect(started.threads).toBe(1);
      expect(finished).toEqual(finished.map((_, k) => k));
    } finally {
      await pool.close();
    }
  }, 60_000);
});
