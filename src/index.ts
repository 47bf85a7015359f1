/**
 * factdiff's kernel: paths and rules in, a report out. It knows nothing of the command line,
 * the clock or the terminal (the caller passes the time); a bad source becomes a diagnostic
 * in the report and the other sources are still checked.
 */
import type { ClaimCache } from './cache/claim-cache.js';
import { claimKeyer, type ClaimKeyMemo } from './cache/claim-key.js';
import type { CompareMemo, CompareMemoStore } from './compare/compare-memo.js';
import { compareClaims } from './compare/index.js';
import { groupReprints } from './compare/voices/group-reprints.js';
import { findsLexicon, withLearnedOrganisations, type FindsMemo } from './extract/learn-organisations.js';
import { dateByDrop } from './ingest/drop-dates.js';
import { readInputs } from './ingest/index.js';
import { isExtractable } from './ingest/language.js';
import type { IngestCache, ReadOptions } from './ingest/read-inputs.js';
import { extractSources, type ExtractSourcesOptions } from './parallel/extract-sources.js';
import { ingestFiles } from './parallel/ingest-files.js';
import { WorkerPool } from './parallel/worker-pool.js';
import type { WorkerFile } from './parallel/worker-file.js';
import { buildReport } from './report/build-report.js';
import type { Rendered } from './report/rendered-claims.js';
import type { RuleSet } from './rules/types.js';
import type { Claim, Diagnostic, FailedInput, Report, ReportSource, Source, Voice } from './types.js';

export { loadRules } from './rules/load-rules.js';
export type { ClaimCache } from './cache/claim-cache.js';
export type { CompareMemoStore } from './compare/compare-memo.js';
export type { IngestCache } from './ingest/read-inputs.js';
export type { Report } from './types.js';

export interface CheckOptions {
  paths: string[];
  rules: RuleSet;
  tool: { name: string; version: string };
  /** ISO time stamped on the report; the only part that changes between identical runs. */
  generatedAt: string;
  /**
   * Claims extracted by earlier runs, keyed per source (content, rules, the learned organisations
   * it can see, tool version): a source whose key is stored is not extracted again. The report
   * is the same with or without it.
   */
  cache?: ClaimCache;
  /**
   * Claims that come from no article: verified facts, each set with its pseudo-source. They are
   * compared with the articles' claims like any other, and are never extracted or cached.
   */
  verified?: { sources: ReportSource[]; claims: Claim[] };
  /** Threads ingesting files and extracting sources: 1 (the default) does both in this thread; more run one pool of workers from the built code for both. Same report either way. */
  jobs?: number;
  /** Told when workers were asked for but cannot run (no or an old build); extraction goes on in this thread. */
  warn?: (message: string) => void;
  /** Told after each source is extracted (or read from the cache), for a progress line; not part of the report. */
  progress?: (done: number, total: number) => void;
  /** Text each worker must have before a pool is started (default 256 KB; 0 to always start one when `jobs` > 1). */
  minBytesPerThread?: number;
  /** The built worker to use instead of the one beside this code (tests and the benchmark build their own). */
  worker?: WorkerFile;
  /** A source file over this many bytes is skipped with a diagnostic, never read (default 20 MiB). */
  maxSourceBytes?: number;
  /** What earlier runs ingested, per file: a file whose path and bytes (and sidecar) are stored is not parsed again. Same report either way. */
  ingestCache?: IngestCache;
  /**
   * What earlier runs found in each group of claims (compare-memo.ts): with a claim cache, a group
   * whose claims and context are unchanged is not checked again. Same report either way.
   */
  compareMemo?: CompareMemoStore;
  /** With a claim cache, the claim keys of earlier runs (claim-key.ts): a source whose key is remembered for this run's rules and organisations is not searched for organisation names again. Same report either way. */
  keyMemo?: ClaimKeyMemo;
  /** With an ingest cache, what each source's text contributed to the learned organisations in earlier runs (learn-organisations.ts): a source whose finds are remembered for these rules is not searched again. Same report either way. */
  findsMemo?: FindsMemo;
  /** Told as each stage ends ('read', 'reprints', 'extract', 'compare'), for timing; not part of the report. */
  stage?: (name: Stage) => void;
}

/** The kernel's stages, in order. */
export type Stage = 'read' | 'reprints' | 'extract' | 'compare';

/** Reads, extracts, compares and reports. */
export async function check(options: CheckOptions): Promise<Report> {
  const stage = options.stage ?? (() => {});
  const { sources, claims, voices, rules, identities, rendered } = await readAndExtract(options, stage);
  for (const claim of options.verified?.claims ?? []) claims.push(claim);
  sources.push(...(options.verified?.sources ?? []));
  const memo = options.compareMemo && identities ? { memo: { store: options.compareMemo, identities } } : {};
  const report = compareDrop({ sources, claims, voices, rules, tool: options.tool, generatedAt: options.generatedAt, ...memo, ...(rendered ? { rendered } : {}) });
  stage('compare');
  return report;
}

/**
 * The read, reprint and extract stages. Apart, so that nothing refers to the drop's texts once
 * they are done: claims carry their own sentences, and the texts can be collected while comparing.
 */
async function readAndExtract(options: CheckOptions, stage: (name: Stage) => void): Promise<{ sources: ReportSource[]; claims: Claim[]; voices: Map<string, Voice>; rules: RuleSet; identities?: Map<Claim, string>; rendered?: Map<string, Rendered> }> {
  // One pool for ingest and extraction, started only if there is enough of either to do.
  const pool = (options.jobs ?? 1) > 1 ? new WorkerPool({ jobs: options.jobs!, ...(options.minBytesPerThread !== undefined ? { minBytesPerThread: options.minBytesPerThread } : {}), ...(options.worker ? { worker: options.worker } : {}) }) : undefined;
  try {
    const readOptions: ReadOptions = {
      ...(options.maxSourceBytes === undefined ? {} : { maxBytes: options.maxSourceBytes }),
      ...(options.ingestCache ? { cache: options.ingestCache } : {}),
      ...(pool ? { ingest: (files, placed) => ingestFiles(files, pool, Boolean(options.ingestCache), placed, findsLexicon(options.rules)) } : {}),
    };
    const { sources: read, failed, rules } = await readDrop(options.paths, options.rules, readOptions, options.findsMemo);
    stage('read');
    // Reprints and translations of one story count as one voice. Grouped before extraction, so
    // that no article text is held after it: claims carry their own sentences.
    const voices = groupReprints(read);
    stage('reprints');
    const { sources, claims, identities, rendered } = await extractDrop(read, rules, { ...options, ...(pool ? { pool } : {}), rendered: true });
    stage('extract');
    for (const input of failed) sources.push(describeFailed(input));
    return { sources, claims, voices, rules, ...(identities ? { identities } : {}), ...(rendered ? { rendered } : {}) };
  } finally {
    await pool?.close();
  }
}

/** A drop as read: its sources, the inputs that could not be read, and the rules with what the drop defines. */
export interface Drop {
  sources: Source[];
  failed: FailedInput[];
  /** The rules as loaded, plus the organisations the whole drop defines. */
  rules: RuleSet;
}

/**
 * Reads every input and learns what one article defines ("Full Name (ACRONYM)") for the whole
 * drop; articles not in English teach nothing, as they are not extracted.
 */
export async function readDrop(paths: string[], rules: RuleSet, read: ReadOptions = {}, findsMemo?: FindsMemo): Promise<Drop> {
  const { sources: asRead, failed } = await readInputs(paths, read);
  // A year-less dateline takes its year from the drop's other articles (drop-dates.ts).
  const sources = dateByDrop(asRead);
  return { sources, failed, rules: withLearnedOrganisations(rules, sources.filter(isExtractable), findsMemo) };
}

/**
 * Extracts the given sources of a drop (all of them, or one shard's) with the drop's rules: from
 * the cache where it holds them, else in this thread or over `jobs` worker threads. Claims come
 * back in source order. An article ingest found not to be in English gives none. With a cache,
 * each claim's identity comes back too: its source's claim key and its place among the source's
 * claims (the key decides the claims), for the compare memo; and, when `rendered` is asked for
 * (a run that writes a report), for sources read from a cache that keeps them, their claims as
 * the JSON report writes them (by source id).
 */
export async function extractDrop(sources: Source[], rules: RuleSet, options: Pick<CheckOptions, 'rules' | 'tool' | 'cache' | 'keyMemo' | 'jobs' | 'minBytesPerThread' | 'warn' | 'worker' | 'progress'> & { pool?: WorkerPool; rendered?: boolean }): Promise<{ sources: ReportSource[]; claims: Claim[]; identities?: Map<Claim, string>; rendered?: Map<string, Rendered> }> {
  const keys = new Map<Source, string>();
  const keyer = options.cache && claimKeyer(options.rules, rules, options.tool, options.keyMemo);
  const cache = options.cache && keyer && {
    store: options.cache,
    keyOf: (source: Source) => {
      const key = keyer(source);
      keys.set(source, key);
      return key;
    },
  };
  const extractable = sources.filter(isExtractable);
  const { results, cached } = await extractSources(extractable, rules, { ...(cache ? { cache } : {}), ...pick(options) });
  const extracted = new Map(extractable.map((source, i) => [source, results[i]]));
  const rendered = options.rendered && (options.cache?.rendered || options.cache?.renderedLater) ? renderedOf(extractable, results, cached, keys, options.cache) : undefined;
  const claims: Claim[] = [];
  const described: ReportSource[] = [];
  const identities = cache ? new Map<Claim, string>() : undefined;
  for (const source of sources) {
    const { found, diagnostics } = extracted.get(source) ?? { found: [], diagnostics: source.diagnostics };
    // A failed extraction is not cached, and the next run extracts it again: its claims have no identity.
    const key = diagnostics.some((d) => d.code === 'extract-failed') ? undefined : keys.get(source);
    for (let i = 0; i < found.length; i++) {
      claims.push(found[i]!); // no spread: one source may hold very many claims
      if (key !== undefined) identities?.set(found[i]!, `${key}#${i}`);
    }
    described.push(describeSource(source, found.length, diagnostics));
  }
  return { sources: described, claims, ...(identities ? { identities } : {}), ...(rendered ? { rendered } : {}) };
}

/**
 * The claims of the sources, as the report writes them, where the cache keeps them: read now for
 * those read from the cache, and when the report is written for those this run stored (a cold run).
 */
function renderedOf(sources: Source[], results: Array<{ found: Claim[] }>, cached: boolean[], keys: ReadonlyMap<Source, string>, cache: ClaimCache): Map<string, Rendered> {
  const rendered = new Map<string, Rendered>();
  sources.forEach((source, i) => {
    const key = keys.get(source);
    if (key === undefined || results[i]!.found.length === 0) return;
    const bytes = cached[i] ? cache.rendered?.(key) : cache.renderedLater?.(key);
    if (bytes) rendered.set(source.id, { claims: results[i]!.found, bytes });
  });
  return rendered;
}

/** The compare and report stages: a drop's extracted claims (from one run or from shards) to its report. */
export function compareDrop(input: { sources: ReportSource[]; claims: Claim[]; voices: ReadonlyMap<string, Voice>; rules: RuleSet; tool: { name: string; version: string }; generatedAt: string; memo?: CompareMemo; rendered?: ReadonlyMap<string, Rendered> }): Report {
  const discrepancies = compareClaims(input.claims, input.rules, input.voices, input.memo);
  return buildReport({ sources: input.sources, claims: input.claims, discrepancies, voices: input.voices, tool: input.tool, generatedAt: input.generatedAt, ...(input.rendered ? { rendered: input.rendered } : {}) });
}

/** An input that could not be read, as the report lists it. */
export function describeFailed(input: FailedInput): ReportSource {
  return { id: input.path, path: input.path, publishedFrom: 'unreadable', facts: 0, diagnostics: input.diagnostics };
}

function pick(options: Pick<CheckOptions, 'jobs' | 'minBytesPerThread' | 'warn' | 'worker' | 'progress'> & { pool?: WorkerPool }): ExtractSourcesOptions {
  const { jobs, minBytesPerThread, warn, worker, progress, pool } = options;
  return { ...(pool ? { pool } : {}), ...(jobs !== undefined ? { jobs } : {}), ...(minBytesPerThread !== undefined ? { minBytesPerThread } : {}), ...(warn ? { warn } : {}), ...(worker ? { worker } : {}), ...(progress ? { progress } : {}) };
}

function describeSource(source: Source, facts: number, diagnostics: Diagnostic[]): ReportSource {
  return {
    id: source.id,
    path: source.path,
    format: source.format,
    ...(source.title ? { title: source.title } : {}),
    ...(source.publisher ? { publisher: source.publisher } : {}),
    ...(source.url ? { url: source.url } : {}),
    ...(source.published ? { published: source.published } : {}),
    publishedFrom: source.publishedFrom,
    facts,
    diagnostics,
  };
}
