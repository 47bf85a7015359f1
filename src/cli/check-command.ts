/**
 * `factdiff check [paths…]`: runs the kernel and writes what was asked for. With no paths it
 * checks `sources/` and writes `reports/report.json` and `reports/report.html`. Claims are
 * cached per source in `.factdiff-cache/` (or `--cache-dir`) unless `--no-cache`.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeFingerprint } from '../cache/code-fingerprint.js';
import { FileClaimCache } from '../cache/file-claim-cache.js';
import { UsageError } from '../errors/index.js';
import { check, type Report } from '../index.js';
import { jobsFrom } from '../parallel/jobs.js';
import { formatHtml } from '../report/format-html.js';
import { formatJson } from '../report/format-json.js';
import { formatTerminal } from '../report/format-terminal.js';
import { loadRules } from '../rules/load-rules.js';
import { exitCodeFor, type FailOn } from './exit-code.js';

export interface CheckFlags {
  rules?: string[];
  json?: string;
  html?: string;
  format: string;
  baseline?: string;
  failOn: string;
  /** False with `--no-cache`; claims are cached unless it is false. */
  cache?: boolean;
  cacheDir?: string;
  /** `--jobs N`: threads extracting sources (default: one per available core; 1: no worker pool). */
  jobs?: string;
}

/** Where claims are cached when `--cache-dir` is not given (relative to the working folder). */
export const DEFAULT_CACHE_DIR = '.factdiff-cache';

const FORMATS = ['terminal', 'json'];
const LATER_FORMATS = ['github', 'sarif'];
const FAIL_LEVELS = ['error', 'warning', 'info', 'never'];

/** Where a command writes: standard output and error, and whether the terminal takes colour. */
export interface CommandIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  color: boolean;
}

export async function runCheck(paths: string[], flags: CheckFlags, tool: { name: string; version: string }, io: CommandIo): Promise<number> {
  checkOutputFlags(flags);
  const defaults = paths.length === 0;
  const rules = loadRules(flags.rules && flags.rules.length > 0 ? flags.rules : ['rules']);
  const cache = flags.cache === false ? undefined : claimCache(flags.cacheDir ?? DEFAULT_CACHE_DIR, io.stderr);
  const jobs = jobsFrom(flags.jobs, availableParallelism());
  const warn = (message: string) => io.stderr(`factdiff: ${message}\n`);
  const report = await check({ paths: defaults ? ['sources'] : paths, rules, tool, generatedAt: new Date().toISOString(), jobs, warn, ...(cache ? { cache } : {}) });
  return writeOutputs(report, flags, io, { named: defaults ? 'sources/' : paths.join(', '), defaults });
}

/** The output options `check` and `compare` share, checked before any work: exit 2 on a bad one. */
export function checkOutputFlags(flags: Pick<CheckFlags, 'format' | 'baseline' | 'failOn'>): void {
  if (LATER_FORMATS.includes(flags.format)) throw new UsageError(`--format ${flags.format} is not supported yet (use terminal or json)`);
  if (!FORMATS.includes(flags.format)) throw new UsageError(`--format must be one of ${[...FORMATS, ...LATER_FORMATS].join(', ')}, got '${flags.format}'`);
  if (flags.baseline !== undefined) throw new UsageError('--baseline is not supported yet');
  if (!FAIL_LEVELS.includes(flags.failOn)) throw new UsageError(`--fail-on must be one of ${FAIL_LEVELS.join(', ')}, got '${flags.failOn}'`);
}

/**
 * Writes and prints a report as the flags ask, and returns the exit code. `drop.named` says what
 * was read, for the error when nothing was readable; with `drop.defaults` (no path given) the
 * reports go to `reports/` unless the flags say otherwise.
 */
export function writeOutputs(report: Report, flags: Pick<CheckFlags, 'json' | 'html' | 'format' | 'failOn'>, io: CommandIo, drop: { named: string; defaults: boolean }): number {
  const defaults = drop.defaults;
  if (report.sources.every((s) => s.publishedFrom === 'unreadable')) {
    io.stderr(`factdiff: no readable source in ${drop.named}\n`);
    return 2;
  }
  const json = flags.json ?? (defaults ? 'reports/report.json' : undefined);
  const html = flags.html ?? (defaults ? 'reports/report.html' : undefined);
  if (json) writeAtomically(json, formatJson(report));
  if (html) writeAtomically(html, formatHtml(report));
  if (flags.format === 'json') io.stdout(formatJson(report));
  else {
    io.stdout(formatTerminal(report, { color: io.color }));
    for (const file of [json, html].filter(Boolean)) io.stdout(`report written to ${file}\n`);
  }
  return exitCodeFor(report, flags.failOn as FailOn);
}

/** The plain-file claim cache, salted with this build's code so an edited extractor never reads old claims. */
function claimCache(dir: string, stderr: (s: string) => void): FileClaimCache {
  const code = fileURLToPath(new URL('..', import.meta.url));
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const salt = codeFingerprint(code, [`${root}package.json`, `${root}package-lock.json`]);
  return new FileClaimCache(dir, { salt, warn: (message) => stderr(`factdiff: ${message}\n`) });
}

/** Writes to a temporary file and renames it, so a killed run never leaves half a report. */
function writeAtomically(file: string, content: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, content);
  renameSync(temporary, file);
}
