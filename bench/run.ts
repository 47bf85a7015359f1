/**
 * `npm run bench [-- --sizes 100,1000,10000 --jobs 2]`: on generated drops, times a cold check
 * stage by stage (extraction over `--jobs` worker threads), extraction in one thread, the naive
 * baseline (compromise's full tagger over all text), a warm re-run of the built CLI after adding
 * 10 articles, and the compare stage alone on growing claim counts; prints peak memory and
 * accounts for every finding. Figures, never assertions: the targets are in docs/performance.md.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, readSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ClaimCache } from '../src/cache/claim-cache.js';
import type { FileEntryStore } from '../src/cache/file-entry-store.js';
import { FileCompareMemo } from '../src/cache/file-compare-memo.js';
import { FileFindsMemo } from '../src/cache/file-finds-memo.js';
import { FileIngestCache } from '../src/cache/file-ingest-cache.js';
import { compareClaims } from '../src/compare/index.js';
import { groupReprints } from '../src/compare/voices/group-reprints.js';
import { forgetTaggedSentences, taggingCounts } from '../src/extract/tag-memo.js';
import { forgetTextMemos } from '../src/extract/text-memo.js';
import { extractDrop, readDrop } from '../src/index.js';
import { ingestFiles } from '../src/parallel/ingest-files.js';
import { WorkerPool } from '../src/parallel/worker-pool.js';
import { buildReport } from '../src/report/build-report.js';
import { formatHtml } from '../src/report/format-html.js';
import { formatJson } from '../src/report/format-json.js';
import { loadRules } from '../src/rules/load-rules.js';
import type { Claim } from '../src/types.js';
import { accountFor } from './account.js';
import { naiveBaseline } from './baseline.js';
import { buildCli } from './build-cli.js';
import { compareGrowth } from './compare-growth.js';
import { generateDrop } from './generate.js';
import { benchOptions } from './options.js';

const options = benchOptions(process.argv.slice(2));
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string; version: string };
const tool = { name: pkg.name, version: pkg.version };
const rules = loadRules(['rules']);
/** Claim cache entries in a cache folder (it also holds one ingest entry per file). */
const claimFiles = (dir: string) =>
  readdirSync(dir).filter((name) => {
    const head = Buffer.alloc(24);
    const fd = openSync(join(dir, name), 'r');
    readSync(fd, head, 0, head.length, 0);
    closeSync(fd);
    return head.toString('utf8').startsWith('{"factdiff":"claims"');
  }).length;
const seconds = (from: number, to: number) => (to - from) / 1000;
const s = (x: number, width = 8) => `${x.toFixed(2)}s`.padStart(width);

console.log(`factdiff bench · node ${process.version} · sizes ${options.sizes.join(', ')} · --jobs ${options.jobs} · load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
const built = buildCli();
const { codeSaltedCache } = (await import(pathToFileURL(join(built.root, 'dist/cache/code-salted-cache.js')).href)) as { codeSaltedCache: (dir: string, warn: (m: string) => void) => ClaimCache };

const cold: string[] = [];
const versus: string[] = [];
const findings: string[] = [];
const unexplained: string[] = [];
let largest: Claim[] = [];
for (const n of options.sizes) {
  const drop = generateDrop(n);
  const work = mkdtempSync(join(tmpdir(), 'factdiff-bench-'));
  const [dir, cacheDir] = [join(work, 'drop'), join(work, 'cache')];
  mkdirSync(dir);
  for (const file of drop.files) writeFileSync(join(dir, file.name), file.text);

  // The cold check, stage by stage; it fills a cache the built CLI reads (same key, same salt).
  const cache = codeSaltedCache(cacheDir, () => undefined);
  const store = (cache as unknown as { store: FileEntryStore }).store;
  const warnings: string[] = [];
  const t0 = performance.now();
  // What ingest made of each file goes into the same cache, and both into the pack the CLI reads, as a cold `factdiff check` does.
  store.openPack(JSON.stringify([dir]));
  // One pool for ingest and extraction, as `check` runs them (src/index.ts); extraction stops it.
  const pool = new WorkerPool({ jobs: options.jobs, worker: built.worker });
  const finds = new FileFindsMemo(store, JSON.stringify([dir]));
  const read = await readDrop([dir], rules, { cache: new FileIngestCache(store), ingest: (files, placed) => ingestFiles(files, pool, true, placed) }, finds);
  const t1 = performance.now();
  const voices = groupReprints(read.sources);
  const t2 = performance.now();
  const extracted = await extractDrop(read.sources, read.rules, { rules, tool, cache, jobs: options.jobs, worker: built.worker, warn: (m) => warnings.push(m), pool });
  await pool.close();
  store.savePack();
  finds.save();
  const t3 = performance.now();
  // The compare memo too, as a cold `factdiff check` leaves it for the warm run.
  const memo = new FileCompareMemo(store, JSON.stringify([dir]));
  const discrepancies = compareClaims(extracted.claims, read.rules, voices, extracted.identities && { store: memo, identities: extracted.identities });
  memo.save();
  store.stampPack();
  const t4 = performance.now();
  const report = buildReport({ sources: extracted.sources, claims: extracted.claims, discrepancies, voices, tool, generatedAt: new Date().toISOString() });
  writeFileSync(join(work, 'report.json'), formatJson(report));
  writeFileSync(join(work, 'report.html'), formatHtml(report));
  const t5 = performance.now();
  const rss = process.resourceUsage().maxRSS / 1024;
  const total = seconds(t0, t5);
  const mb = drop.bytes / 1e6;
  for (const w of warnings) console.log(`  warning: ${w}`);
  cold.push([String(n).padStart(8), mb.toFixed(1).padStart(6), s(total, 9), (mb / total).toFixed(2).padStart(6), (n / total).toFixed(0).padStart(6), s(seconds(t0, t1)), s(seconds(t1, t2)), s(seconds(t2, t3)), s(seconds(t3, t4)), s(seconds(t4, t5)), rss.toFixed(0).padStart(8)].join(' '));
  console.log(`  cold ${n}: ${total.toFixed(2)} s`);

  // Extraction in one thread, the same sources, no cache: the worker pool's gain. Tagged
  // sentences remembered from a smaller drop's run would share its seed paragraphs: forgotten.
  forgetTaggedSentences();
  forgetTextMemos();
  let oneThread = NaN;
  let baseline = { seconds: NaN, sampled: 0, total: 0 };
  let sampled = 'skipped';
  if (!options.warmOnly) {
    const t6 = performance.now();
    await extractDrop(read.sources, read.rules, { rules, tool, jobs: 1 });
    oneThread = seconds(t6, performance.now());
    const tagging = taggingCounts();
    const repeats = tagging.reused / Math.max(1, tagging.tagged + tagging.reused);
    console.log(`  one thread ${n}: ${oneThread.toFixed(2)} s (sentences tagged ${tagging.tagged}, repeats of an earlier one's text ${tagging.reused}: ${(100 * repeats).toFixed(0)}%)`);

    // The naive baseline: the full tagger over every article's text (a sample on large drops).
    baseline = naiveBaseline(read.sources.map((source) => source.text), options.baselineSample);
    sampled = baseline.sampled < baseline.total ? `${((100 * baseline.sampled) / baseline.total).toFixed(0)}%→est.` : 'all';
    console.log(`  baseline ${n}: ${baseline.seconds.toFixed(2)} s (${sampled})`);
  }

  // A warm re-run: 10 articles added, the built CLI in a fresh process, up to a fresh JSON report.
  for (const file of generateDrop(n + 10).files.slice(n)) writeFileSync(join(dir, file.name), file.text);
  const before = claimFiles(cacheDir);
  const t7 = performance.now();
  const run = spawnSync(process.execPath, [built.cli, 'check', dir, '--json', join(work, 'warm.json'), '--format', 'json', '--cache-dir', cacheDir, '--jobs', String(options.jobs)], { cwd: built.root, encoding: 'utf8', maxBuffer: 1 << 30 });
  const warm = seconds(t7, performance.now());
  console.log(`  warm +10 ${n}: ${warm.toFixed(2)} s (load average ${loadavg().map((l) => l.toFixed(1)).join(' ')})`);
  const reExtracted = claimFiles(cacheDir) - before;
  if (run.status === 2) console.log(`  warm run failed: ${run.stderr.trim()}`);
  // Skipped figures (--warm-only) print as '-'.
  const or = (x: number, text: string, width: number) => (Number.isNaN(x) ? '-' : text).padStart(width);
  versus.push([String(n).padStart(8), or(oneThread, s(oneThread, 0), 9), s(seconds(t2, t3), 9), or(oneThread, `${(oneThread / seconds(t2, t3)).toFixed(2)}x`, 7), or(baseline.seconds, s(baseline.seconds, 0), 10), sampled.padStart(9), or(baseline.seconds, `${(baseline.seconds / total).toFixed(1)}x`, 9), s(warm, 8), String(reExtracted).padStart(10)].join(' '));

  const account = accountFor(discrepancies, drop.injected, drop.seedText);
  findings.push([String(n).padStart(8), String(discrepancies.length).padStart(9), String(account.injected).padStart(9), String(account.found).padStart(6), (account.found / Math.max(1, account.injected)).toFixed(2).padStart(7), String(account.seed).padStart(12), String(account.unexplained.length).padStart(12)].join(' '));
  for (const d of account.unexplained.slice(0, 5)) unexplained.push(`  ${n}: ${d.kind} ${d.property} ${d.subject}: ${d.message.slice(0, 160)}`);
  // Printed as soon as measured too, so a long run that is stopped still leaves its figures.
  console.log(`  rows ${n}:\n${cold.at(-1)}\n${versus.at(-1)}\n${findings.at(-1)}`);
  largest = extracted.claims;
  rmSync(work, { recursive: true, force: true });
}

console.log(`\nCold check (extraction on --jobs ${options.jobs} worker threads; report = build + JSON + HTML written)`);
console.log('articles     MB   total s   MB/s  art/s   ingest reprints  extract  compare   report  peak RSS MB');
for (const row of cold) console.log(row);
console.log('\nSide by side, same run and drop (baseline: compromise full tagger over all text, one process)');
console.log(`articles  1 thread  ${options.jobs} threads  ratio  baseline s   sampled  vs check  warm +10  extracted`);
for (const row of versus) console.log(row);
console.log('\nFindings accounted for');
console.log('articles  findings  injected  found  recall  seed corpus  unexplained');
for (const row of findings) console.log(row);
for (const line of unexplained) console.log(line);

const growth = options.warmOnly ? [] : compareGrowth(largest, options.compareClaims, rules);
if (growth.length > 0) console.log(`\nCompare stage alone (claims of the ${options.sizes.at(-1)}-article drop, repeated under other source names)`);
if (growth.length > 0) console.log('  claims  compare s  findings');
for (const g of growth) console.log([String(g.claims).padStart(8), s(g.seconds, 10), String(g.findings).padStart(9)].join(' '));
if (growth.length > 1) console.log(`growth ${growth.at(-1)!.claims / growth[0]!.claims}x claims → ${(growth.at(-1)!.seconds / growth[0]!.seconds).toFixed(1)}x time`);
console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB · load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
rmSync(built.root, { recursive: true, force: true });
