/**
 * Extraction over worker threads gives the report a single thread gives, byte for byte, on the
 * seed corpus and the dev corpus; a missing or stale build is said once and extraction goes on
 * in the main thread.
 */
import { describe, expect, it } from 'vitest';
import { check, type ClaimCache } from '../../src/index.js';
import { readInputs } from '../../src/ingest/index.js';
import { extractSources } from '../../src/parallel/extract-sources.js';
import type { WorkerFile } from '../../src/parallel/worker-file.js';
import { formatHtml } from '../../src/report/format-html.js';
import { formatJson } from '../../src/report/format-json.js';
import type { Claim } from '../../src/types.js';
import { projectRules } from '../support/sources.js';
import { builtWorkerForFile } from './built-worker.js';

const built = builtWorkerForFile();

async function report(paths: string[], jobs: number, extra: { cache?: ClaimCache; warn?: (m: string) => void; worker?: WorkerFile } = {}): Promise<string> {
  const run = await check({ paths, rules: projectRules, tool: { name: 'factdiff', version: 'test' }, generatedAt: '2026-01-01T00:00:00.000Z', jobs, minBytesPerThread: 0, worker: built.file, ...extra });
  return formatJson(run) + formatHtml(run);
}

describe.each([['sources'], ['test/corpus/dev']])('worker threads on %s', (drop) => {
  it('give the same report on 2 workers as in one thread', async () => {
    const warnings: string[] = [];
    expect(await report([drop], 2, { warn: (m) => warnings.push(m) })).toBe(await report([drop], 1));
    expect(warnings).toEqual([]);
  }, 60_000);

  it('really extract in 2 threads, each source in its place', async () => {
    const { sources } = await readInputs([drop]);
    const inThread = await extractSources(sources, projectRules, { jobs: 1 });
    const pooled = await extractSources(sources, projectRules, { jobs: 2, minBytesPerThread: 0, worker: built.file });
    expect([inThread.threads, pooled.threads]).toEqual([0, 2]);
    expect(pooled.results.map((r) => r.found.map((c) => c.id))).toEqual(inThread.results.map((r) => r.found.map((c) => c.id)));
    expect(pooled.results.flatMap((r) => r.found).every((c, i, all) => i === 0 || c.source !== all[i - 1]!.source || c.evidence.offset >= all[i - 1]!.evidence.offset)).toBe(true);
  }, 60_000);
});

describe('choosing threads', () => {
  it('extracts in this thread, saying why, when the build is missing', async () => {
    const warnings: string[] = [];
    const missing: WorkerFile = { problem: 'no built worker at dist/parallel/extract-worker.js' };
    expect(await report(['sources'], 2, { worker: missing, warn: (m) => warnings.push(m) })).toBe(await report(['sources'], 1));
    expect(warnings).toEqual(['extracting in one thread: no built worker at dist/parallel/extract-worker.js']);
  }, 60_000);

  it('starts no pool when there is too little text for a second thread', async () => {
    const { sources } = await readInputs(['sources']);
    const { threads } = await extractSources(sources, projectRules, { jobs: 2, worker: built.file });
    expect(threads).toBe(0);
  });

  it('sends only the sources the cache lacks to the workers, and caches what they return', async () => {
    const { sources } = await readInputs(['test/corpus/dev']);
    const stored = new Map<string, Claim[]>();
    const store: ClaimCache = { get: (k) => stored.get(k), set: (k, c) => void stored.set(k, c) };
    const cache = { store, keyOf: (s: { id: string }) => s.id };
    const first = await extractSources(sources, projectRules, { jobs: 2, minBytesPerThread: 0, worker: built.file, cache });
    expect(stored.size).toBe(sources.length);
    stored.delete(sources[0]!.id);
    stored.delete(sources[1]!.id);
    const again = await extractSources(sources, projectRules, { jobs: 2, minBytesPerThread: 0, worker: built.file, cache });
    expect(again.threads).toBe(2);
    expect(again.results).toEqual(first.results);
  }, 60_000);

  it('extracts what the cache lacks on one worker while it reads the rest, and a damaged entry after, in this thread', async () => {
    const { sources } = await readInputs(['test/corpus/dev']);
    const stored = new Map<string, Claim[]>();
    const damaged = new Set<string>();
    const store: ClaimCache = { get: (k) => (damaged.has(k) ? undefined : stored.get(k)), has: (k) => stored.has(k), set: (k, c) => void (damaged.delete(k), stored.set(k, c)) };
    const cache = { store, keyOf: (s: { id: string }) => s.id };
    const first = await extractSources(sources, projectRules, { jobs: 1, cache });
    stored.delete(sources[0]!.id);
    stored.delete(sources[3]!.id);
    damaged.add(sources[2]!.id);
    const written: string[] = [];
    const watched: ClaimCache = { ...store, set: (k, c) => (written.push(k), store.set(k, c)) };
    const again = await extractSources(sources, projectRules, { jobs: 2, worker: built.file, cache: { store: watched, keyOf: cache.keyOf } });
    expect(again.threads).toBe(1);
    expect(again.results).toEqual(first.results);
    expect(again.cached.flatMap((c, i) => (c ? [] : [i]))).toEqual([0, 2, 3]);
    expect(written).toEqual([sources[0]!.id, sources[3]!.id, sources[2]!.id]);
    // Without a build, the same, in this thread and without a word (nobody asked for workers for so little).
    stored.delete(sources[0]!.id);
    const warnings: string[] = [];
    const alone = await extractSources(sources, projectRules, { jobs: 2, worker: { problem: 'no build' }, cache, warn: (m) => warnings.push(m) });
    expect([alone.threads, warnings]).toEqual([0, []]);
    expect(alone.results).toEqual(first.results);
  }, 60_000);

  it('does not ask the cache for what it said it does not hold (a cold run)', async () => {
    const { sources } = await readInputs(['test/corpus/dev']);
    const stored = new Map<string, Claim[]>();
    const asked: string[] = [];
    const store: ClaimCache = { get: (k) => (asked.push(k), stored.get(k)), has: (k) => stored.has(k), set: (k, c) => void stored.set(k, c) };
    const cache = { store, keyOf: (s: { id: string }) => s.id };
    const cold = await extractSources(sources, projectRules, { jobs: 2, minBytesPerThread: 0, worker: built.file, cache });
    expect(asked).toEqual([]);
    expect(stored.size).toBe(sources.length);
    expect(cold.cached.every((c) => !c)).toBe(true);
    const warm = await extractSources(sources, projectRules, { jobs: 2, minBytesPerThread: 0, worker: built.file, cache });
    expect(asked.length).toBe(sources.length);
    expect(warm.results).toEqual(cold.results);
  }, 60_000);

});
