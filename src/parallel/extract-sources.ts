/**
 * The extract stage over a whole drop: claims come from the cache where it holds them, the
 * rest are extracted in this thread or over a pool of worker threads. Only the per-source work
 * goes to workers; what holds for the whole drop (the learned organisations) is already in
 * `rules`. Sources go to workers in batches of neighbours (batches.ts). Results are placed by
 * the source's position, so the output is the same whichever worker finished first.
 */
import { Piscina } from 'piscina';
import type { ClaimCache } from '../cache/claim-cache.js';
import type { RuleSet } from '../rules/types.js';
import type { Claim, Source } from '../types.js';
import { neighbourBatches } from './batches.js';
import { extractOne, failed, type Extracted } from './extract-one.js';
import { locateWorker, type WorkerFile } from './worker-file.js';

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
}

const DEFAULT_MIN_BYTES_PER_THREAD = 256_000;

/**
 * A worker's young generation. Extraction allocates a lot of short-lived objects (compromise's
 * terms and matches); with V8's default a worker scavenged 81 times per 400 generated articles,
 * with 64 MB 48 times, promoting less to the old generation. Costs at most that much memory per worker.
 */
const YOUNG_GENERATION_MB = 64;

/**
 * Extracts every source (or reads it from the cache); `threads` says how many workers ran (0: none).
 * When some sources are cached and a few are not, with `jobs` > 1, the few go to one worker
 * started before the cached claims are read, so that reading them (and loading compromise,
 * which the main thread then never needs) overlap.
 */
export async function extractSources(sources: readonly Source[], rules: RuleSet, options: ExtractSourcesOptions = {}): Promise<{ results: Extracted[]; threads: number }> {
  const results: Array<Extracted | undefined> = [];
  const keys: string[] = [];
  const stored: number[] = [];
  const pending: number[] = [];
  const store = options.cache?.store;
  sources.forEach((source, i) => {
    const key = options.cache?.keyOf(source);
    if (key !== undefined) keys[i] = key;
    if (key !== undefined && store && (store.has ? store.has(key) : (results[i] = found(store.get(key), source)))) stored.push(i);
    else pending.push(i);
  });
  let done = 0;
  const tick = () => options.progress?.(++done, sources.length);
  options.progress?.(0, sources.length);
  const overlap = stored.length > 0 && (options.jobs ?? 1) > 1;
  const extracting = extractPending(sources, pending, rules, options, results, tick, overlap);
  // Read while the worker (if one was started) extracts; an entry that cannot be read after all is extracted after.
  const unread: number[] = [];
  for (const i of stored) {
    results[i] ??= found(store!.get(keys[i]!), sources[i]!);
    if (results[i]) tick();
    else unread.push(i);
  }
  const threads = Math.max(await extracting, await extractPending(sources, unread, rules, options, results, tick, false));
  for (const i of [...pending, ...unread]) {
    const result = results[i];
    // A failed extraction is not cached: the next run tries again.
    if (result && keys[i] !== undefined && !result.diagnostics.some((d) => d.code === 'extract-failed')) options.cache?.store.set(keys[i]!, result.found);
  }
  return { results: results.map((r, i) => r ?? failed(sources[i]!, 'no result')), threads };
}

/** A source's result from its cached claims, if any. */
function found(claims: Claim[] | undefined, source: Source): Extracted | undefined {
  return claims && { found: claims, diagnostics: source.diagnostics };
}

/**
 * Extracts the pending sources: in this thread, or over workers when their text is worth more than
 * one, or (`overlap`) in one worker when this thread has other work meanwhile; a worker that cannot
 * be had for `overlap` alone is not reported.
 */
async function extractPending(sources: readonly Source[], pending: number[], rules: RuleSet, options: ExtractSourcesOptions, results: Array<Extracted | undefined>, tick: () => void, overlap: boolean): Promise<number> {
  if (pending.length === 0) return 0;
  const bytes = pending.reduce((sum, i) => sum + sources[i]!.text.length, 0);
  const worth = Math.floor(bytes / Math.max(1, options.minBytesPerThread ?? DEFAULT_MIN_BYTES_PER_THREAD));
  const threads = Math.min(Math.max(1, Math.floor(options.jobs ?? 1)), pending.length, Math.max(1, worth));
  const found = threads > 1 || overlap ? (options.worker ?? locateWorker()) : undefined;
  if (found && 'problem' in found && threads > 1) options.warn?.(`extracting in one thread: ${found.problem}`);
  const worker = found && 'file' in found ? found : undefined;
  if (!worker) {
    // Loaded on first use: compromise takes most of a second to load, and a warm run never needs it.
    const { extractClaims } = await import('../extract/index.js');
    for (const i of pending) {
      results[i] = extractOne(extractClaims, sources[i]!, rules);
      tick();
    }
    return 0;
  }
  const pool = new Piscina({ filename: worker.file, workerData: { rules }, minThreads: threads, maxThreads: threads, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
  const runOne = async (i: number) => {
    const source = sources[i]!;
    results[i] = await pool.run({ sources: [source] }).then(
      (found: Extracted[]) => found[0] ?? failed(source, 'no result'),
      (error: unknown) => failed(source, `worker failed: ${error instanceof Error ? error.message : String(error)}`),
    );
    tick();
  };
  try {
    await Promise.all(
      neighbourBatches(pending, threads).map(async (batch) => {
        const found = await pool.run({ sources: batch.map((i) => sources[i]!) }).catch(() => undefined);
        // A batch whose worker failed is run again source by source: only the source at fault fails.
        if (!Array.isArray(found) || found.length !== batch.length) return Promise.all(batch.map(runOne));
        batch.forEach((i, k) => {
          results[i] = found[k] as Extracted;
          tick();
        });
        return undefined;
      }),
    );
  } finally {
    await pool.destroy();
  }
  return threads;
}
