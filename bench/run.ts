/**
 * `npm run bench [-- --sizes 100,1000,10000 --jobs 2]`: on generated drops, times the cold check
 * as a user runs it — the built `factdiff check` in a fresh process with a fresh cache folder,
 * writing both default reports (`--json` and `--html`) on `--jobs` threads — stage by stage with
 * its peak memory; the same command on one thread (`--jobs 1`); the naive baseline (compromise's
 * full tagger over all text); a warm re-run after adding 10 articles; and the compare stage alone
 * on growing claim counts; and accounts for every finding. Only the built CLI's runs are timed as
 * the check: what the bench needs besides (the findings, the claims, the texts) is read from the
 * cold run's JSON report and an untimed `factdiff extract` afterwards. Figures, never assertions:
 * the targets are in docs/performance.md.
 */
import { closeSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, readSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { loadRules } from '../src/rules/load-rules.js';
import { parseShardFile } from '../src/shard/shard-file.js';
import type { Claim, Discrepancy } from '../src/types.js';
import { accountFor } from './account.js';
import { naiveBaseline } from './baseline.js';
import { buildCli } from './build-cli.js';
import { runCli } from './cli-run.js';
import { compareGrowth } from './compare-growth.js';
import { generateDrop } from './generate.js';
import { benchOptions } from './options.js';

const options = benchOptions(process.argv.slice(2));
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
const s = (x: number, width = 8) => `${x.toFixed(2)}s`.padStart(width);
const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');

console.log(`factdiff bench · node ${process.version} · sizes ${options.sizes.join(', ')} · --jobs ${options.jobs} · load average ${load()}`);
const built = buildCli();

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
  const reports = (name: string) => ['--json', join(work, `${name}.json`), '--html', join(work, `${name}.html`)];

  // The cold check as a user runs it: a fresh process, a fresh cache folder, both default reports.
  const run = runCli(built, ['check', dir, '--jobs', String(options.jobs), '--cache-dir', cacheDir, ...reports('cold')]);
  for (const m of run.messages) console.log(`  ${m}`);
  if (run.status === 2) console.log(`  cold run failed (exit 2)`);
  const stage = (name: string) => run.stages[name] ?? NaN;
  const mb = drop.bytes / 1e6;
  cold.push([String(n).padStart(8), mb.toFixed(1).padStart(6), s(run.seconds, 9), (mb / run.seconds).toFixed(2).padStart(6), (n / run.seconds).toFixed(0).padStart(6), s(stage('read')), s(stage('reprints')), s(stage('extract')), s(stage('compare')), s(stage('report')), run.rssMb.toFixed(0).padStart(8), s(run.cpu, 9)].join(' '));
  console.log(`  cold ${n}: ${run.seconds.toFixed(2)} s, peak RSS ${run.rssMb} MB, CPU ${run.cpu} s (load average ${load()})`);
  // The findings, from the report the cold run wrote (not timed).
  const discrepancies = (JSON.parse(readFileSync(join(work, 'cold.json'), 'utf8')) as { discrepancies: Discrepancy[] }).discrepancies;

  // The same command on one thread (its own fresh cache): the worker pool's gain, extract stage against extract stage.
  let oneThread = NaN;
  if (!options.warmOnly) {
    const one = runCli(built, ['check', dir, '--jobs', '1', '--cache-dir', join(work, 'cache-1'), ...reports('one')]);
    oneThread = one.stages['extract'] ?? NaN;
    rmSync(join(work, 'cache-1'), { recursive: true, force: true });
    console.log(`  one thread ${n}: extract ${oneThread.toFixed(2)} s, whole run ${one.seconds.toFixed(2)} s, peak RSS ${one.rssMb} MB (load average ${load()})`);
  }

  // A warm re-run: 10 articles added, the built CLI in a fresh process with the cache the cold run filled, up to a fresh JSON report.
  const names = new Set(drop.files.map((file) => file.name));
  for (const file of generateDrop(n + 10).files.slice(n)) writeFileSync(join(dir, file.name), file.text);
  const before = claimFiles(cacheDir);
  const warm = runCli(built, ['check', dir, '--json', join(work, 'warm.json'), '--format', 'json', '--cache-dir', cacheDir, '--jobs', String(options.jobs)]);
  console.log(`  warm +10 ${n}: ${warm.seconds.toFixed(2)} s (load average ${load()})`);
  const reExtracted = claimFiles(cacheDir) - before;
  if (warm.status === 2) console.log(`  warm run failed: ${warm.messages.join(' ')}`);

  // The texts (for the baseline) and the claims (for the compare stage alone) of the first n
  // articles, from the cache the runs filled (not timed).
  let baseline = { seconds: NaN, sampled: 0, total: 0 };
  let sampled = 'skipped';
  if (!options.warmOnly) {
    const shardFile = join(work, 'claims.jsonl');
    runCli(built, ['extract', dir, '--out', shardFile, '--cache-dir', cacheDir, '--jobs', String(options.jobs)]);
    const entries = parseShardFile(readFileSync(shardFile, 'utf8'), shardFile).entries.filter((entry) => names.has(basename(entry.source.path)));
    rmSync(shardFile);
    largest = entries.flatMap((entry) => entry.claims);
    // The naive baseline: the full tagger over every article's text (a sample on large drops).
    baseline = naiveBaseline(entries.map((entry) => entry.story ?? ''), options.baselineSample);
    sampled = baseline.sampled < baseline.total ? `${((100 * baseline.sampled) / baseline.total).toFixed(0)}%→est.` : 'all';
    console.log(`  baseline ${n}: ${baseline.seconds.toFixed(2)} s (${sampled}; load average ${load()})`);
  }

  // Skipped figures (--warm-only) print as '-'.
  const or = (x: number, text: string, width: number) => (Number.isNaN(x) ? '-' : text).padStart(width);
  versus.push([String(n).padStart(8), or(oneThread, s(oneThread, 0), 9), s(stage('extract'), 9), or(oneThread, `${(oneThread / stage('extract')).toFixed(2)}x`, 7), or(baseline.seconds, s(baseline.seconds, 0), 10), sampled.padStart(9), or(baseline.seconds, `${(baseline.seconds / run.seconds).toFixed(1)}x`, 9), s(warm.seconds, 8), String(reExtracted).padStart(10)].join(' '));

  const account = accountFor(discrepancies, drop.injected, drop.seedText);
  findings.push([String(n).padStart(8), String(discrepancies.length).padStart(9), String(account.injected).padStart(9), String(account.found).padStart(6), (account.found / Math.max(1, account.injected)).toFixed(2).padStart(7), String(account.seed).padStart(12), String(account.unexplained.length).padStart(12)].join(' '));
  for (const d of account.unexplained.slice(0, 5)) unexplained.push(`  ${n}: ${d.kind} ${d.property} ${d.subject}: ${d.message.slice(0, 160)}`);
  // Printed as soon as measured too, so a long run that is stopped still leaves its figures.
  console.log(`  rows ${n}:\n${cold.at(-1)}\n${versus.at(-1)}\n${findings.at(-1)}`);
  rmSync(work, { recursive: true, force: true });
}

console.log(`\nCold check (the built CLI in a fresh process, fresh cache folder, --json and --html written, --jobs ${options.jobs}; stages as FACTDIFF_STAGES prints them; RSS and CPU of the whole process)`);
console.log('articles     MB   total s   MB/s  art/s   ingest reprints  extract  compare   report  peak RSS MB     CPU');
for (const row of cold) console.log(row);
console.log('\nSide by side, same run and drop (1 thread: the same command with --jobs 1, its extract stage; baseline: compromise full tagger over all text, one process)');
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
console.log(`load average ${load()}`);
rmSync(built.root, { recursive: true, force: true });
