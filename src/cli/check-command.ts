/**
 * `factdiff check [paths…]`: runs the kernel and writes what was asked for. With no paths it
 * checks the configured sources (`factdiff.config.json`), else `sources/`, and writes the
 * configured reports, else `reports/report.json` and `reports/report.html`. Claims are cached per
 * source in `.factdiff-cache/` (or `--cache-dir`) unless `--no-cache`, and so is what ingest made of
 * each file.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { codeFingerprint } from '../cache/code-fingerprint.js';
import { FileClaimCache } from '../cache/file-claim-cache.js';
import { FileCompareMemo } from '../cache/file-compare-memo.js';
import { FileIngestCache } from '../cache/file-ingest-cache.js';
import { FileFindsMemo } from '../cache/file-finds-memo.js';
import { FileKeyMemo } from '../cache/file-key-memo.js';
import { UsageError } from '../errors/index.js';
import { check, type Report } from '../index.js';
import { jobsFrom } from '../parallel/jobs.js';
import { parseSize } from './parse-size.js';
import { planCheck, reportFiles, type CheckPlan, type PlanFlags } from './check-plan.js';
import { progressLine } from './progress.js';
import { resourceLine, stageTimes } from './stage-times.js';
import { exitCodeFor, type FailOn } from './exit-code.js';
import { finishReport } from './finish-report.js';
import { sarifRules } from './sarif-rules.js';
import { FORMATS, render, writeReports, type Format } from './write-reports.js';

export interface CheckFlags extends PlanFlags {
  rules?: string[];
  json?: string;
  html?: string;
  format: string;
  baseline?: string;
  /** From the flag, else the config's `failOn`, else `error`. */
  failOn?: string;
  /** False with `--no-cache`; claims are cached unless it is false. */
  cache?: boolean;
  cacheDir?: string;
  /** `--jobs N`: threads extracting sources (default: one per available core; 1: no worker pool). */
  jobs?: string;
  /** `--max-size 20mb`: a source file over this size is skipped with a diagnostic, never read. */
  maxSize?: string;
}

/** Where claims are cached when `--cache-dir` is not given (relative to the working folder). */
export const DEFAULT_CACHE_DIR = '.factdiff-cache';

const FAIL_LEVELS = ['error', 'warning', 'info', 'never'];

/** Where a command writes: standard output and error, and whether the terminal takes colour. */
export interface CommandIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  color: boolean;
  /** Whether standard error is a terminal, where a long run shows a progress line. */
  progress?: boolean;
  /** Writes bytes to standard output as they are: with it, `--format json` beside a `--json` file copies the file's bytes instead of rendering the report a second time. */
  stdoutBytes?: (bytes: Uint8Array) => void;
  /** Standard output goes to the null device (output-discarded.ts): nothing is rendered or printed for it; files and the exit code are as ever. */
  stdoutDiscarded?: boolean;
}

export async function runCheck(paths: string[], flags: CheckFlags, tool: { name: string; version: string }, io: CommandIo): Promise<number> {
  checkOutputFlags(flags);
  const plan = planCheck(paths, flags);
  const { cache, ingestCache, compareMemo, keyMemo, findsMemo, extracted, compared } = caches(flags, io.stderr, plan.paths);
  const jobs = jobsFrom(flags.jobs, availableParallelism());
  const warn = (message: string) => io.stderr(`factdiff: ${message}\n`);
  const verified = plan.verified ? { verified: plan.verified } : {};
  const maxSize = flags.maxSize === undefined ? {} : { maxSourceBytes: parseSize('--max-size', flags.maxSize) };
  const progress = progressLine(io.stderr, Boolean(io.progress));
  const times = stageTimes(io.stderr, process.env.FACTDIFF_STAGES === '1');
  const stage = (name: string) => {
    if (name === 'extract') extracted();
    if (name === 'compare') compared();
    times?.(name);
  };
  const report = await check({ paths: plan.paths, rules: plan.rules, tool, generatedAt: new Date().toISOString(), jobs, warn, ...verified, ...maxSize, ...(cache ? { cache } : {}), ...(ingestCache ? { ingestCache } : {}), ...(compareMemo ? { compareMemo } : {}), ...(keyMemo ? { keyMemo } : {}), ...(findsMemo ? { findsMemo } : {}), ...(progress ? { progress } : {}), stage });
  const code = writeOutputs(report, flags, io, { named: plan.named, defaults: paths.length === 0, plan });
  // The reports are written: the pack this run wrote is read no more (file-entry-store.ts, `rawReader`).
  cache?.store.release();
  times?.('report');
  if (times) io.stderr(resourceLine());
  return code;
}

/** The output options `check` and `compare` share, checked before any work: exit 2 on a bad one. */
export function checkOutputFlags(flags: Pick<CheckFlags, 'format' | 'baseline' | 'failOn'>): void {
  if (!(FORMATS as readonly string[]).includes(flags.format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, got '${flags.format}'`);
  if (flags.failOn !== undefined && !FAIL_LEVELS.includes(flags.failOn)) throw new UsageError(`--fail-on must be one of ${FAIL_LEVELS.join(', ')}, got '${flags.failOn}'`);
}

/**
 * Finishes, writes and prints a report as the flags ask, and returns the exit code. `drop.named`
 * says what was read, for the error when nothing was readable; `drop.plan` (from `planCheck`) adds
 * the config's reports, the baseline, the review file and verified facts. Without a plan, the
 * flags alone decide, and with `drop.defaults` (no path given) the reports go to `reports/`.
 */
export function writeOutputs(report: Report, flags: Pick<CheckFlags, 'json' | 'html' | 'sarif' | 'markdown' | 'format' | 'failOn' | 'baseline'>, io: CommandIo, drop: { named: string; defaults: boolean; plan?: CheckPlan }): number {
  if (report.sources.every((s) => s.publishedFrom === 'unreadable')) {
    io.stderr(`factdiff: no readable source in ${drop.named}\n`);
    return 2;
  }
  const plan = drop.plan;
  const finished = finishReport(report, plan ?? (flags.baseline ? { baseline: flags.baseline } : {}));
  for (const note of finished.notes) io.stderr(`factdiff: ${note}\n`);
  const context = { color: io.color, sarifRules: plan ? sarifRules(plan.rules) : [] };
  const files = plan?.reports ?? reportFiles(flags, undefined, !drop.defaults);
  const written = writeReports(finished.report, files, context);
  if (!io.stdoutDiscarded) {
    // The JSON on standard output is the JSON file's bytes (formatJson and writeJson write the same): a large drop's report is not rendered twice.
    const copied = flags.format === 'json' && files.json && io.stdoutBytes ? copyFile(files.json, io.stdoutBytes) : false;
    if (!copied) io.stdout(render(finished.report, flags.format as Format, context));
    if (flags.format === 'terminal') for (const file of written) io.stdout(`report written to ${file}\n`);
  }
  return exitCodeFor(finished.report, (plan?.failOn ?? flags.failOn ?? 'error') as FailOn);
}

/**
 * Copies a report file just written to `write`, 8 MB at a time (a large drop's report is never
 * held whole); false when it cannot be opened (the caller renders the report instead). Each piece
 * is a buffer of its own: a write may keep it (a pipe written asynchronously).
 */
function copyFile(file: string, write: (bytes: Uint8Array) => void): boolean {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return false;
  }
  try {
    for (let position = 0; ; ) {
      const piece = Buffer.allocUnsafe(8 << 20);
      const read = readSync(fd, piece, 0, piece.length, position);
      if (read === 0) return true;
      write(piece.subarray(0, read));
      position += read;
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * The claim and ingest caches a run reads and fills, unless `--no-cache`: both in one folder,
 * read through the pack the last run over the same `paths` left (see entry-pack.ts), and the
 * compare memo, claim keys and organisation finds of that run (file-compare-memo.ts,
 * file-key-memo.ts, file-finds-memo.ts). `extracted`
 * is to be called once extraction is over: it writes the pack when due and lets the old one go,
 * and writes the claim keys; `compared` once the compare stage is: it writes the memo for the next
 * run, and the pack's index when this run checked the pack whole or wrote it.
 */
export function caches(flags: { cache?: boolean; cacheDir?: string }, stderr: (s: string) => void, paths: readonly string[]): { cache?: FileClaimCache; ingestCache?: FileIngestCache; compareMemo?: FileCompareMemo; keyMemo?: FileKeyMemo; findsMemo?: FileFindsMemo; extracted: () => void; compared: () => void } {
  if (flags.cache === false) return { extracted: () => {}, compared: () => {} };
  const cache = claimCache(flags.cacheDir ?? DEFAULT_CACHE_DIR, stderr);
  const warn = (message: string) => stderr(`factdiff: ${message}\n`);
  const scope = JSON.stringify(paths);
  cache.store.openPack(scope, warn);
  const compareMemo = new FileCompareMemo(cache.store, scope, warn);
  const keyMemo = new FileKeyMemo(cache.store, scope, warn);
  const findsMemo = new FileFindsMemo(cache.store, scope, warn);
  const extracted = () => {
    cache.store.savePack();
    keyMemo.save();
    findsMemo.save();
  };
  const compared = () => {
    compareMemo.save();
    // Late in the run, so that the pack has stood unchanged a while (pack-index.ts).
    cache.store.stampPack();
  };
  return { cache, ingestCache: new FileIngestCache(cache.store, { warn }), compareMemo, keyMemo, findsMemo, extracted, compared };
}

/** The plain-file claim cache, salted with this build's code so an edited extractor never reads old claims. */
export function claimCache(dir: string, stderr: (s: string) => void): FileClaimCache {
  const code = fileURLToPath(new URL('..', import.meta.url));
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const salt = codeFingerprint(code, [`${root}package.json`, `${root}package-lock.json`]);
  return new FileClaimCache(dir, { salt, warn: (message) => stderr(`factdiff: ${message}\n`) });
}
