/**
 * The same mutated drops give the same report bytes with one thread and with a pool of two
 * workers (run from a private build of the code under test).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { check } from '../../src/index.js';
import type { WorkerFile } from '../../src/parallel/worker-file.js';
import { formatJson } from '../../src/report/format-json.js';
import { loadRules } from '../../src/rules/load-rules.js';
import { buildWorker } from '../parallel/built-worker.js';
import { CORPUS, mutate, mutation, SEED } from './mutate.js';

const rules = loadRules(['rules']);
const options = { rules, tool: { name: 'factdiff', version: 'fuzz' }, generatedAt: '2025-01-01T00:00:00.000Z' };
let worker: WorkerFile;

beforeAll(() => {
  worker = buildWorker();
}, 180_000);

describe('workers, fuzzed', () => {
  it('give the same report as one thread', async () => {
    const drop = fc.array(fc.record({ article: fc.constantFrom(...CORPUS.map((a) => a.name)), mutations: fc.array(mutation, { maxLength: 2 }) }), { minLength: 2, maxLength: 4 });
    await fc.assert(
      fc.asyncProperty(drop, async (files) => {
        const dir = mkdtempSync(join(tmpdir(), 'factdiff-fuzz-workers-'));
        const paths = files.map(({ article, mutations }, i) => {
          const path = join(dir, `${i}-${article}`);
          writeFileSync(path, mutate(CORPUS.find((a) => a.name === article)?.bytes ?? Buffer.alloc(0), mutations));
          return path;
        });
        const one = await check({ ...options, paths, jobs: 1 });
        const two = await check({ ...options, paths, jobs: 2, worker, minBytesPerThread: 0 });
        expect(formatJson(two)).toBe(formatJson(one));
      }),
      { seed: SEED, numRuns: 3 },
    );
  }, 180_000);
});
