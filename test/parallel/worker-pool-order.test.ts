/**
 * The pool starts tasks in the order they were asked for: the cold run's cache writes take
 * results in drop order (in-order.ts) as they come, and with tasks started out of order they
 * waited for the last batches (piscina's default, without `stricterFIFO`, sends a task it
 * cannot hand out at once to the back of its queue).
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
      const started = pool.for(10, 2);
      if (!started || 'problem' in started) throw new Error(`no pool: ${JSON.stringify(started)}`);
      const file = (k: number): RawFile => ({ path: `a${k}.txt`, bytes: new TextEncoder().encode(`Article ${k}.\n\nIt said so on Monday.\n`) });
      const finished: number[] = [];
      const tasks = Array.from({ length: 60 }, (_, k) => started.pool.run({ ingest: [file(k)], digests: false }).then(() => finished.push(k)));
      await Promise.all(tasks);
      // Two workers: a task may finish just before the one asked for before it, never far ahead of it.
      const displaced = finished.map((k, rank) => Math.abs(rank - k));
      expect(Math.max(...displaced)).toBeLessThanOrEqual(4);
    } finally {
      await pool.close();
    }
  }, 60_000);
});
