/**
 * factdiff's kernel: paths and rules in, a report out. It knows nothing of the command line,
 * the clock or the terminal (the caller passes the time); a bad source becomes a diagnostic
 * in the report and the other sources are still checked.
 */
import type { ClaimCache } from './cache/claim-cache.js';
import { claimKeyer } from './cache/claim-key.js';
import { compareClaims } from './compare/index.js';
import { groupReprints } from './compare/voices/group-reprints.js';
import { withLearnedOrganisations } from './extract/learn-organisations.js';
import { readInputs } from './ingest/index.js';
import { buildReport } from './report/build-report.js';
import type { RuleSet } from './rules/types.js';
import type { Claim, Diagnostic, Report, ReportSource, Source } from './types.js';

export { loadRules } from './rules/load-rules.js';
export type { ClaimCache } from './cache/claim-cache.js';
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
}

/** Reads, extracts, compares and reports. */
export async function check(options: CheckOptions): Promise<Report> {
  const { sources, failed } = await readInputs(options.paths);
  // What one article defines ("Full Name (ACRONYM)") holds for the whole drop.
  const rules = withLearnedOrganisations(options.rules, sources);
  const cache = options.cache && { store: options.cache, keyOf: claimKeyer(options.rules, rules, options.tool) };
  const claims: Claim[] = [];
  const reportSources: ReportSource[] = [];
  for (const source of sources) {
    const { found, diagnostics } = await extractSafely(source, rules, cache && { store: cache.store, key: cache.keyOf(source) });
    for (const claim of found) claims.push(claim); // no spread: one source may hold very many claims
    reportSources.push(describeSource(source, found.length, diagnostics));
  }
  for (const input of failed) {
    reportSources.push({ id: input.path, path: input.path, publishedFrom: 'unreadable', facts: 0, diagnostics: input.diagnostics });
  }
  // Reprints and translations of one story count as one voice.
  const voices = groupReprints(sources);
  const discrepancies = compareClaims(claims, rules, voices);
  return buildReport({ sources: reportSources, claims, discrepancies, voices, tool: options.tool, generatedAt: options.generatedAt });
}

/**
 * Extracts one source, or takes its claims from the cache; a failed extraction is not cached.
 * The extract stage is loaded on first use: compromise alone takes most of a second to load,
 * and a run whose claims all come from the cache never needs it.
 */
async function extractSafely(source: Source, rules: RuleSet, cached?: { store: ClaimCache; key: string }): Promise<{ found: Claim[]; diagnostics: Diagnostic[] }> {
  const stored = cached?.store.get(cached.key);
  if (stored) return { found: stored, diagnostics: source.diagnostics };
  const { extractClaims } = await import('./extract/index.js');
  let found: Claim[];
  try {
    found = extractClaims(source, rules);
  } catch (error) {
    const message = `extraction failed, no facts read from this source: ${error instanceof Error ? error.message : String(error)}`;
    return { found: [], diagnostics: [...source.diagnostics, { code: 'extract-failed', severity: 'error', message }] };
  }
  cached?.store.set(cached.key, found);
  return { found, diagnostics: source.diagnostics };
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
