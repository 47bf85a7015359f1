/**
 * Ingest on the run's pool: the drop comes back as ingesting in this thread gives it, in the
 * same order, with the reprint features and claim-key digests the workers computed ahead equal
 * to those this thread computes.
 */
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { sourceDigest } from '../../src/cache/claim-key.js';
import { storyFeatures, takeStoryFeatures } from '../../src/compare/voices/story-words.js';
import { findsLexicon, textFinds, withLearnedOrganisations, type FindsMemo, type TextFinds } from '../../src/extract/learn-organisations.js';
import { loadRules } from '../../src/index.js';
import { readInputs } from '../../src/ingest/index.js';
import { isExtractable } from '../../src/ingest/language.js';
import type { Source } from '../../src/types.js';
import { ingestFiles } from '../../src/parallel/ingest-files.js';
import { WorkerPool } from '../../src/parallel/worker-pool.js';
import { builtWorkerForFile } from './built-worker.js';

const built = builtWorkerForFile();

const DROPS = ['sources', 'test/corpus/dev', 'test/fixtures/alliance'];

describe('ingesting on worker threads', () => {
  it('gives the drop this thread gives, in order, and remembers what the workers computed ahead', async () => {
    const pool = new WorkerPool({ jobs: 2, minBytesPerThread: 0, worker: built.file });
    let files = 0;
    try {
      const pooled = await readInputs(DROPS, { ingest: (raw) => ((files += raw.length), ingestFiles(raw, pool, true)) });
      expect(pool.for(0, 1)).toHaveProperty('threads', 2);
      const plain = await readInputs(DROPS);
      expect(files).toBeGreaterThan(10);
      expect(isDeepStrictEqual(pooled, plain)).toBe(true);
      for (const source of pooled.sources) {
        expect(sourceDigest(source)).toBe(sourceDigest(structuredClone(source)));
        expect(takeStoryFeatures(source, 5)).toEqual(storyFeatures(source.text, 5));
      }
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('computes the organisation finds of each English source as this thread does, and the drop learns the same organisations', async () => {
    const rules = loadRules(['rules']);
    const pool = new WorkerPool({ jobs: 2, minBytesPerThread: 0, worker: built.file });
    try {
      const pooled = await readInputs(DROPS, { ingest: (raw, placed) => ingestFiles(raw, pool, false, placed, findsLexicon(rules)) });
      const kept: Array<[Source, TextFinds]> = [];
      const memo: FindsMemo = { recall: () => undefined, keep: (source, _context, finds) => kept.push([source, finds]) };
      const english = pooled.sources.filter(isExtractable);
      const learned = withLearnedOrganisations(rules, english, memo);
      expect(kept.length).toBe(english.length);
      for (const [source, finds] of kept) expect(finds).toEqual(textFinds(source.text, rules));
      expect(learned).toEqual(withLearnedOrganisations(rules, (await readInputs(DROPS)).sources.filter(isExtractable)));
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('ingests in this thread when there is too little to start workers for', async () => {
    const pool = new WorkerPool({ jobs: 2, worker: built.file });
    const pooled = await readInputs(['sources'], { ingest: (raw) => ingestFiles(raw, pool, false) });
    expect(pool.for(0, 1)).toBeUndefined();
    expect(isDeepStrictEqual(pooled, await readInputs(['sources']))).toBe(true);
  });

  it('ingests in this thread when there is no build to run', async () => {
    const pool = new WorkerPool({ jobs: 2, minBytesPerThread: 0, worker: { problem: 'no build' } });
    const pooled = await readInputs(['sources'], { ingest: (raw) => ingestFiles(raw, pool, false) });
    expect(isDeepStrictEqual(pooled, await readInputs(['sources']))).toBe(true);
  });
});
