/**
 * `npx tsx bench/phases.ts [--size 1000] [--jobs 2]`: the benchmark's cold check of one generated
 * drop (as bench/run.ts runs it), with the main thread's time split finer than the stage columns:
 * when the pool was asked for, when ingest was handed over and came back, the ingest and claim
 * cache writes, learning organisations, extraction, reading the claims, compare and the report.
 * For finding what is serial in a cold run; figures, never assertions.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ClaimCache } from '../src/cache/claim-cache.js';
import { FileCompareMemo } from '../src/cache/file-compare-memo.js';
import type { FileEntryStore } from '../src/cache/file-entry-store.js';
import { FileIngestCache } from '../src/cache/file-ingest-cache.js';
import { compareClaims } from '../src/compare/index.js';
import { groupReprints } from '../src/compare/voices/group-reprints.js';
import { extractDrop, readDrop } from '../src/index.js';
import { ingestFiles } from '../src/parallel/ingest-files.js';
import { WorkerPool } from '../src/parallel/worker-pool.js';
import { buildReport } from '../src/report/build-report.js';
import { formatHtml } from '../src/report/format-html.js';
import { formatJson } from '../src/report/format-json.js';
import { loadRules } from '../src/rules/load-rules.js';
import { buildCli } from './build-cli.js';
import { generateDrop } from './generate.js';

const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
};
const [n, jobs] = [arg('size', 1000), arg('jobs', 2)];
const rules = loadRules(['rules']);
const tool = { name: 'factdiff', version: '0.1.0' };
const built = buildCli();
const { codeSaltedCache } = (await import(pathToFileURL(join(built.root, 'dist/cache/code-salted-cache.js')).href)) as { codeSaltedCache: (dir: string, warn: (m: string) => void) => ClaimCache };
const drop = generateDrop(n);
const work = mkdtempSync(join(tmpdir(), 'factdiff-phases-'));
const [dir, cacheDir] = [join(work, 'drop'), join(work, 'cache')];
mkdirSync(dir);
for (const file of drop.files) writeFileSync(join(dir, file.name), file.text);

const marks: Array<[string, number]> = [];
const spent = new Map<string, number>();
const t0 = performance.now();
const mark = (name: string) => marks.push([name, performance.now() - t0]);
/** Wraps a method so its time adds up under `name`. */
function timed<T extends object>(target: T, method: keyof T & string, name: string): void {
  const original = target[method] as unknown as (...a: unknown[]) => unknown;
  (target as Record<string, unknown>)[method] = function (this: unknown, ...a: unknown[]) {
    const s = performance.now();
    try {
      return original.apply(this, a);
    } finally {
      spent.set(name, (spent.get(name) ?? 0) + performance.now() - s);
    }
  };
}

const cache = codeSaltedCache(cacheDir, () => undefined);
const store = (cache as unknown as { store: FileEntryStore }).store;
const ingestCache = new FileIngestCache(store);
timed(ingestCache, 'set', 'ingest cache set');
timed(ingestCache, 'get', 'ingest cache get');
timed(cache, 'set', 'claim cache set');
timed(cache, 'get', 'claim cache get');
timed(store, 'write', 'store write (inside the sets)');
mark('start');
store.openPack(JSON.stringify([dir]));
const pool = new WorkerPool({ jobs, worker: built.worker });
const read = await readDrop([dir], rules, {
  cache: ingestCache,
  ingest: async (files, placed) => {
    mark(`ingest handed over (${files.length} files)`);
    const got = await ingestFiles(files, pool, true, placed);
    mark('ingest back');
    return got;
  },
});
mark('read + learned organisations');
const voices = groupReprints(read.sources);
mark('reprints');
const extracted = await extractDrop(read.sources, read.rules, { rules, tool, cache, jobs, worker: built.worker, pool });
mark('extract (claims read, cache written)');
await pool.close();
store.savePack();
mark('pool closed, pack saved');
const memo = new FileCompareMemo(store, JSON.stringify([dir]));
const discrepancies = compareClaims(extracted.claims, read.rules, voices, extracted.identities && { store: memo, identities: extracted.identities });
memo.save();
mark('compare');
const report = buildReport({ sources: extracted.sources, claims: extracted.claims, discrepancies, voices, tool, generatedAt: new Date().toISOString() });
mark('report built');
writeFileSync(join(work, 'report.json'), formatJson(report));
mark('JSON written');
writeFileSync(join(work, 'report.html'), formatHtml(report));
mark('HTML written');
const cpu = process.cpuUsage();
console.log(`phases ${n} articles, --jobs ${jobs}, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
let last = 0;
for (const [name, at] of marks) {
  console.log(`${(at / 1000).toFixed(2).padStart(7)} s  +${((at - last) / 1000).toFixed(2)}  ${name}`);
  last = at;
}
for (const [name, ms] of spent) console.log(`  ${name}: ${(ms / 1000).toFixed(2)} s`);
console.log(`process CPU ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s`);
rmSync(work, { recursive: true, force: true });
rmSync(built.root, { recursive: true, force: true });
