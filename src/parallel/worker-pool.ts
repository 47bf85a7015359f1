/**
 * One pool of worker threads for a whole run, started on first need: ingest and extraction both
 * use it, so a cold run starts its workers (and loads compromise in them) once, while the main
 * thread is still reading the drop. It is started only when the work asked of it is worth the
 * start (`minBytesPerThread` of text per worker), so a warm run, with little or nothing to
 * ingest or extract, never starts one. The rules go with each extraction task as a reference
 * to one serialised copy in shared memory (rules known only after ingest: the learned
 * organisations), which a worker reads once per rule set.
 */
import { serialize } from 'node:v8';
import { Piscina } from 'piscina';
import type { RuleSet } from '../rules/types.js';
import { workerExecArgv } from './worker-exec-argv.js';
import { locateWorker, type WorkerFile } from './worker-file.js';

export interface WorkerPoolOptions {
  /** Threads at most; below 2 the pool never starts. */
  jobs: number;
  /** Text each worker must have before the pool is started (default 256 KB); 0 always starts it. */
  minBytesPerThread?: number;
  /** The built worker to run; found beside the running code when not given (see worker-file.ts). */
  worker?: WorkerFile;
}

/** A rule set as a task carries it: an id the worker remembers it by, and its serialised bytes. */
export interface SharedRules {
  id: number;
  bytes: SharedArrayBuffer;
}

export const DEFAULT_MIN_BYTES_PER_THREAD = 256_000;

/**
 * A worker's young generation. Extraction allocates a lot of short-lived objects (compromise's
 * terms and matches). Session 3 raised it to 64 MB (fewer scavenges); with ingest on the same
 * workers, 32 MB used no more CPU (extracting 2,000 generated articles on 2 workers, two runs
 * each: 18.0 s against 19.2 s) and the cold check of 10,000 articles peaked 75 MB lower.
 */
const YOUNG_GENERATION_MB = 32;

let nextRulesId = 1;
const sharedRules = new WeakMap<RuleSet, SharedRules>();

/** The rules as tasks carry them, serialised once per rule set. */
export function shareRules(rules: RuleSet): SharedRules {
  let shared = sharedRules.get(rules);
  if (!shared) {
    const serialised = serialize(rules);
    const bytes = new SharedArrayBuffer(serialised.length);
    new Uint8Array(bytes).set(serialised);
    shared = { id: nextRulesId++, bytes };
    sharedRules.set(rules, shared);
  }
  return shared;
}

export class WorkerPool {
  private started?: { pool: Piscina; threads: number };
  private problem?: string;

  constructor(private readonly options: WorkerPoolOptions) {}

  /**
   * The pool for `bytes` of text in `tasks` tasks: the running one, else one started now if
   * that much text is worth it (undefined if not), else why workers cannot run. `alongside`: the
   * tasks are to run while this thread does other work (a warm run reading its cached claims),
   * so one worker is worth starting for any of them, when `jobs` allows two threads.
   */
  for(bytes: number, tasks: number, alongside = false): { pool: Piscina; threads: number } | { problem: string } | undefined {
    if (this.started) return this.started;
    if (this.problem !== undefined) return { problem: this.problem };
    const worth = Math.floor(bytes / Math.max(1, this.options.minBytesPerThread ?? DEFAULT_MIN_BYTES_PER_THREAD));
    const jobs = Math.max(1, Math.floor(this.options.jobs));
    const threads = alongside ? (jobs >= 2 && tasks > 0 ? 1 : 0) : Math.min(jobs, tasks, Math.max(1, worth));
    if (threads < (alongside ? 1 : 2)) return undefined;
    const worker = this.options.worker ?? locateWorker();
    if ('problem' in worker) {
      this.problem = worker.problem;
      return { problem: worker.problem };
    }
    // A list given to a worker is checked, and V8 options in it (`node --single-threaded-gc …`) are refused; inherited
    // ones are not (they are process-wide and reach the workers anyway). So a list is given only when a loader is left out.
    const execArgv = workerExecArgv(process.execArgv);
    const inherit = execArgv.length === process.execArgv.length;
    // `stricterFIFO`: tasks start in the order they were asked for. Piscina's default puts a task
    // it could not hand out at once (every worker busy) back at the tail of its queue, so the
    // batches of a drop ran in a scrambled order: ingest's and extraction's results, which the
    // cache writes take in drop order (in-order.ts), then waited for the last batches, and the
    // main thread wrote every entry after the workers were done instead of while they worked.
    const pool = new Piscina({ filename: worker.file, stricterFIFO: true, minThreads: threads, maxThreads: threads, ...(inherit ? {} : { execArgv }), resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
    this.started = { pool, threads };
    return this.started;
  }

  /**
   * Stops the workers, if any were started, once the tasks they are running are done: a task still
   * running when the pool is destroyed answers a pool that no longer knows it, and piscina throws
   * that ("Unexpected message from Worker") where no one can catch it. Ingest runs tasks ahead of
   * what it was asked for, so some may still be running when the run closes the pool.
   */
  async close(): Promise<void> {
    const started = this.started;
    this.started = undefined;
    await started?.pool.close();
  }
}
