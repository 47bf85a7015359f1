/**
 * The extract stage over a whole drop: claims come from the cache where it holds them, the
 * rest are extracted in this thread or over a pool of worker threads. Only the per-source work
 * goes to workers; what holds for the whole drop (the learned organisations) is already in
 * `rules`. Sources go to workers in batches of neighbours (batches.ts). Results are placed by
 * the source's position, so the output is the same whichever worker finished first.
 */
import { deserialize } from 'node:v8';
import type { ClaimCache } from '../cache/claim-cache.js';
import type { RuleSet } from '../rules/types.js';
import type { Source } from '../types.js';
import { neighbourBatches } from './batches.js';
import { InOrder } from './in-order.js';
import { extractOne, failed, type Extracted } from './extract-one.js';
import type { WorkerFile } from './worker-file.js';
import { shareRules, WorkerPool } from './worker-pool.js';

export interface ExtractSourcesOptions {
  /** Threads to extract with, at most; 1 (the default) extracts in this thread, without a pool. */
  jobs?: number;
  /**
   * Text each worker must have to extract before a pool is worth starting (default 256 KB, about
   * a second of extraction: a worker takes about 0.6 s to load compromise). 0 always starts one.
   */
  minBytesPerThread?: number;
  cache?: { store: ClaimCache; keyOf: (source: Source) => string };
  /** The built worker to run; found beside the running code when not given (see worker-file.ts). */
  worker?: WorkerFile;
  /** Told why workers could not be used; extraction then goes on in this thread. */
  warn?: (message: string) => void;
  /** Told after each source extracted (cached ones count at once): for a progress line. */
  progress?: (done: number, total: number) => void;
  /**
   * The run's pool (ingest may have started it already); else one is started here if worth it.
   * Either way it is stopped once extraction is over: extraction is its last use.
   */
  pool?: WorkerPool;
}

/** Extracts every source (or reads it from the cache); `threads` says how many workers ran (0: none), `cached` which results the cache gave. */
export async function extractSources(sources: readonly Source[], rules: RuleSet, options: ExtractSourcesOptions = {}): Promise<{ results: Extracted[]; threads: number; cached: boolean[] }> {
  const results: Array<Extracted | undefined> = [];
  const keys: string[] = [];
  const store = options.cache?.store;
  sources.forEach((source, i) => {
    const key = options.cache?.keyOf(source);
    if (key !== undefined) keys[i] = key;
  });
  // The sources the cache says it does not hold are known before any claims are read: when some
  // are held (a warm run) and workers are allowed, one worker extracts the others while this
  // thread reads the held ones (about a second each way for ten new articles in a drop of
  // 10,000). An entry found damaged when read is extracted after.
  const unstored = store?.has && (options.jobs ?? 1) > 1 ? sources.flatMap((_, i) => (keys[i] === undefined || !store.has!(keys[i]!) ? [i] : [])) : [];
  const early = unstored.length > 0 && unstored.length < sources.length ? unstored : [];
  let done = 0;
  const tick = () => options.progress?.(++done, sources.length);
  const earlyRun = extractPending(sources, early, rules, options, results, tick, writer(early, keys, store), true);
  const pending: number[] = [];
  const skip = new Set(early);
  // A source the cache said it does not hold is not asked for (a cold run: every source).
  const missing = new Set(unstored);
  for (let i = 0; i < sources.length; i++) {
    if (skip.has(i)) continue;
    const stored = keys[i] === undefined || missing.has(i) ? undefined : store?.get(keys[i]!);
    if (stored) results[i] = { found: stored, diagnostics: sources[i]!.diagnostics };
    else pending.push(i);
    // Now and then, a turn of the event loop: the worker's tasks are handed to it from this thread.
    if (early.length > 0 && i % 64 === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  done += sources.length - pending.length - early.length;
  options.progress?.(done, sources.length);
  const earlyThreads = await earlyRun;
  const threads = Math.max(earlyThreads, await extractPending(sources, pending, rules, options, results, tick, writer(pending, keys, store)));
  const cached = sources.map(() => true);
  for (const i of [...early, ...pending]) cached[i] = false;
  return { results: results.map((r, i) => r ?? failed(sources[i]!, 'no result')), threads, cached };
}

/**
 * Caches each result of `pending` in source order, as soon as every pending source before it is
 * extracted: while workers still extract later batches. A failed extraction is not cached: the
 * next run tries again.
 */
function writer(pending: number[], keys: string[], store: ClaimCache | undefined): ((k: number, result: Extracted) => void) | undefined {
  if (!store) return undefined;
  const written = new InOrder<Extracted>((k, result) => {
    const i = pending[k]!;
    if (keys[i] !== undefined && !result.diagnostics.some((d) => d.code === 'extract-failed')) store.set(keys[i]!, result.found);
  });
  return (k, result) => written.give(k, result);
}

/**
 * Extracts the pending sources into `results`; `extracted` hears of each result (by its place in
 * `pending`) as soon as it is known (every one of them, in order). `alongside`: this thread has
 * other work meanwhile, so one worker is started for any amount of text (worker-pool.ts), and
 * when none can start the sources are extracted here without a word.
 */
async function extractPending(sources: readonly Source[], pending: number[], rules: RuleSet, options: ExtractSourcesOptions, results: Array<Extracted | undefined>, tick: () => void, extracted?: (k: number, result: Extracted) => void, alongside = false): Promise<number> {
  if (pending.length === 0) return 0;
  const threads = await extractInto(sources, pending, rules, options, results, tick, extracted, alongside);
  for (let k = 0; k < pending.length; k++) extracted?.(k, results[pending[k]!] ?? failed(sources[pending[k]!]!, 'no result'));
  return threads;
}

async function extractInto(sources: readonly Source[], pending: number[], rules: RuleSet, options: ExtractSourcesOptions, results: Array<Extracted | undefined>, tick: () => void, extracted: ((k: number, result: Extracted) => void) | undefined, alongside: boolean): Promise<number> {
  const bytes = pending.reduce((sum, i) => sum + sources[i]!.text.length, 0);
  const owned = options.pool ? undefined : new WorkerPool({ jobs: options.jobs ?? 1, ...(options.minBytesPerThread !== undefined ? { minBytesPerThread: options.minBytesPerThread } : {}), ...(options.worker ? { worker: options.worker } : {}) });
  const started = (options.pool ?? owned!).for(bytes, pending.length, alongside);
  if (started && 'problem' in started && !alongside) options.warn?.(`extracting in one thread: ${started.problem}`);
  if (!started || 'problem' in started) {
    // Loaded on first use: compromise takes most of a second to load, and a warm run never needs it.
    const { extractClaims } = await import('../extract/index.js');
    pending.forEach((i, k) => {
      const result = (results[i] = extractOne(extractClaims, sources[i]!, rules));
      extracted?.(k, result);
      tick();
    });
    return 0;
  }
  const { pool, threads } = started;
  const shared = shareRules(rules);
  const placeOf = new Map(pending.map((i, k) => [i, k]));
  const runOne = async (i: number) => {
    const source = sources[i]!;
    results[i] = await pool.run({ sources: [source], rules: shared }).then(
      (found: Extracted[]) => found[0] ?? failed(source, 'no result'),
      (error: unknown) => failed(source, `worker failed: ${error instanceof Error ? error.message : String(error)}`),
    );
    extracted?.(placeOf.get(i)!, results[i]!);
    tick();
  };
  // Each batch's results come back serialised (see extract-worker.ts) and are kept as objects only
  // once the workers are stopped: the claims of a whole drop and two workers' heaps are never held
  // at once. Whoever hears of results as they come (the cache) reads a batch's bytes for that
  // moment and lets the objects go.
  const packed: Array<{ batch: number[]; bytes: Uint8Array }> = [];
  try {
    await Promise.all(
      neighbourBatches(pending, threads).map(async (batch) => {
        const found: unknown = await pool.run({ sources: batch.map((i) => sources[i]!), rules: shared, packed: true }).catch(() => undefined);
        // A batch whose worker failed is run again source by source: only the source at fault fails.
        if (!(found instanceof Uint8Array)) return Promise.all(batch.map(runOne));
        packed.push({ batch, bytes: found });
        if (extracted) {
          const read = deserialize(found) as Extracted[];
          batch.forEach((i, k) => extracted(placeOf.get(i)!, read[k] ?? failed(sources[i]!, 'no result')));
        }
        for (let k = 0; k < batch.length; k++) tick();
        return undefined;
      }),
    );
  } finally {
    await (options.pool ?? owned)?.close();
  }
  for (const { batch, bytes } of packed) {
    const found = deserialize(bytes) as Extracted[];
    batch.forEach((i, k) => {
      results[i] = found[k] ?? failed(sources[i]!, 'no result');
    });
  }
  return threads;
}
