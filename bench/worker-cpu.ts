/**
 * `npm run build && npx tsx bench/worker-cpu.ts [--size 1000] [--jobs 2]`: where the CPU of the
 * extract stage goes, thread by thread. Extracts one generated drop cold in the main thread, then
 * on a fresh pool of `--jobs` workers (the built worker in `dist/`), and prints for each the wall
 * time and the CPU seconds of the extracting threads, of V8's background threads (optimising
 * compiler, concurrent GC) and of the main thread, read from Linux's per-thread `schedstat`
 * (waiting for a core: time runnable but not running, other processes' load). CPU seconds
 * compare across runs on a shared machine far better than wall time. Linux only; figures only.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { readDrop } from '../src/index.js';
import { extractSources } from '../src/parallel/extract-sources.js';
import { locateWorker } from '../src/parallel/worker-file.js';
import { loadRules } from '../src/rules/load-rules.js';
import { generateDrop } from './generate.js';

const argument = (name: string, fallback: string): string => {
  const at = process.argv.indexOf(name);
  return at > 0 ? (process.argv[at + 1] ?? fallback) : fallback;
};
const size = Number(argument('--size', '1000'));
const jobs = Number(argument('--jobs', '2'));

interface ThreadTime {
  name: string;
  run: number;
  wait: number;
}

/** CPU and run-queue seconds of every thread of this process, by thread id. */
function threads(): Map<string, ThreadTime> {
  const out = new Map<string, ThreadTime>();
  for (const id of readdirSync('/proc/self/task')) {
    try {
      const [run = 0, wait = 0] = readFileSync(`/proc/self/task/${id}/schedstat`, 'utf8').trim().split(' ').map(Number);
      out.set(id, { name: readFileSync(`/proc/self/task/${id}/comm`, 'utf8').trim(), run: run / 1e9, wait: wait / 1e9 });
    } catch {
      // A thread that ended between the listing and the read.
    }
  }
  return out;
}

/**
 * Runs `run` and adds up its threads' time. Threads are sampled every 100 ms while it runs: a
 * worker's thread is gone from /proc once the pool is destroyed (up to 100 ms of it may be missed).
 */
async function measure(label: string, run: () => Promise<unknown>, mainExtracts: boolean): Promise<void> {
  const before = threads();
  const last = new Map<string, ThreadTime>();
  const sample = () => {
    for (const [id, t] of threads()) last.set(id, t);
  };
  const timer = setInterval(sample, 100);
  const t0 = performance.now();
  try {
    await run();
  } finally {
    clearInterval(timer);
  }
  const wall = (performance.now() - t0) / 1000;
  sample();
  const sum = { extracting: 0, background: 0, main: 0, wait: 0 };
  for (const [id, t] of last) {
    const run = t.run - (before.get(id)?.run ?? 0);
    sum.wait += t.wait - (before.get(id)?.wait ?? 0);
    // The main thread's id is the process id; a thread that was not there before is a worker.
    if (id === String(process.pid)) sum[mainExtracts ? 'extracting' : 'main'] += run;
    else if (!before.has(id)) sum.extracting += run;
    else sum.background += run;
  }
  console.log(`${label.padEnd(20)} wall ${wall.toFixed(2).padStart(6)}s  extracting ${sum.extracting.toFixed(2).padStart(6)}s  V8 background ${sum.background.toFixed(2).padStart(5)}s  main ${sum.main.toFixed(2).padStart(5)}s  waiting for a core ${sum.wait.toFixed(2).padStart(6)}s`);
}

const work = mkdtempSync(join(tmpdir(), 'factdiff-worker-cpu-'));
const dir = join(work, 'drop');
mkdirSync(dir);
for (const file of generateDrop(size).files) writeFileSync(join(dir, file.name), file.text);
const { sources, rules } = await readDrop([dir], loadRules(['rules']));
const worker = locateWorker();
if ('problem' in worker) throw new Error(worker.problem);
console.log(`worker CPU · ${size} generated articles · node ${process.version} · load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
await measure('one thread (cold)', () => extractSources(sources, rules, { jobs: 1 }), true);
await measure(`${jobs} workers (cold)`, () => extractSources(sources, rules, { jobs, minBytesPerThread: 0, worker }), false);
rmSync(work, { recursive: true, force: true });
