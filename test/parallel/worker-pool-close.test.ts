/**
 * Closing the pool while a task nobody waits for is still running (ingest asks idle workers to load
 * the extraction code and does not wait for their answer): the pool waits for the task, so its late
 * answer never reaches a destroyed pool (piscina throws that as "Unexpected message from Worker",
 * where nothing can catch it: seen once in a full test run, session 9).
 */
import { describe, expect, it } from 'vitest';
import { WorkerPool } from '../../src/parallel/worker-pool.js';
import { builtWorkerForFile } from './built-worker.js';

const built = builtWorkerForFile();

describe('closing the worker pool', () => {
  it('waits for a task no one waits for, and no error escapes', async () => {
    const errors: unknown[] = [];
    const uncaught = (error: unknown) => errors.push(error);
    process.on('uncaughtException', uncaught);
    try {
      const pool = new WorkerPool({ jobs: 2, minBytesPerThread: 0, worker: built.file });
      const started = pool.for(10, 2);
      if (!started || 'problem' in started) throw new Error(`no pool: ${JSON.stringify(started)}`);
      started.pool.on('error', uncaught);
      // Loading the extraction code takes a worker about half a second: still running when closed.
      const prepared = started.pool.run({ prepare: true });
      await pool.close();
      expect(await prepared).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(errors).toEqual([]);
    } finally {
      process.off('uncaughtException', uncaught);
    }
  }, 60_000);
});
