import type { Claim, Diagnostic, Discrepancy, DiscrepancyClaim, Report, ReportSource, Voice } from '../types.js';
import { markRendered, type Rendered } from './rendered-claims.js';
import { compareReportClaims, toReportClaim } from './report-claims.js';
import { summarize } from './summarize.js';
import { compareSeverity, compareText } from './vocabulary.js';

/** What the report is assembled from: the pipeline's results plus the two facts only the caller knows. */
export interface BuildReportInput {
  sources: ReportSource[];
  claims: Claim[];
  discrepancies: Discrepancy[];
  /** Reprint groups by source id (from `groupReprints`); a source not in it is a voice of its own. */
  voices?: ReadonlyMap<string, Voice>;
  tool: { name: string; version: string };
  /** ISO date-time; passed in because nothing below the CLI reads the clock. */
  generatedAt: string;
  /** Sources whose claims are known as the JSON report writes them (by source id): that text is copied instead of written again (rendered-claims.ts). Same report either way. */
  rendered?: ReadonlyMap<string, Rendered>;
}

function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    compareText(a.code, b.code) ||
    compareText(a.message, b.message)
  );
}

function compareDiscrepancyClaims(a: DiscrepancyClaim, b: DiscrepancyClaim): number {
  return (
    compareText(a.source, b.source) || a.line - b.line || a.column - b.column || compareText(a.claimId, b.claimId)
  );
}

function compareDiscrepancies(a: Discrepancy, b: Discrepancy): number {
  return (
    compareSeverity(a.severity, b.severity) ||
    compareText(a.subject, b.subject) ||
    compareText(a.property, b.property) ||
    compareText(a.id, b.id)
  );
}

/** A source with its reprint group, when it has one. */
function withVoice(source: ReportSource, voices: ReadonlyMap<string, Voice> | undefined): ReportSource {
  const voice = voices?.get(source.id);
  if (voice === undefined) return source;
  const sameStoryAs = [...voice.sameStoryAs].sort((a, b) => compareText(a.source, b.source));
  return { ...source, voice: { id: voice.id, sameStoryAs } };
}

/**
 * Assembles the JSON report (schemaVersion 1) from the pipeline's results. Pure: inputs are not
 * modified, and any order of the same input gives the same report — sources by id; claims by source,
 * offset, id; findings by severity (error first), subject, property, id; a finding's claims by source,
 * line. `baselined` is 0 until baselines exist, so `new` counts every finding.
 */
export function buildReport(input: BuildReportInput): Report {
  const sources = input.sources
    .map((source) => withVoice({ ...source, diagnostics: [...source.diagnostics].sort(compareDiagnostics) }, input.voices))
    .sort((a, b) => compareText(a.id, b.id));
  const sorted = [...input.claims].sort(compareReportClaims);
  const claims = sorted.map(toReportClaim);
  if (input.rendered) markRendered(claims, sorted, input.rendered);
  const discrepancies = input.discrepancies
    .map((discrepancy) => ({ ...discrepancy, claims: [...discrepancy.claims].sort(compareDiscrepancyClaims) }))
    .sort(compareDiscrepancies);
  return {
    schemaVersion: 1,
    tool: { name: input.tool.name, version: input.tool.version },
    generatedAt: input.generatedAt,
    sources,
    claims,
    discrepancies,
    summary: summarize(sources.length, claims.length, discrepancies),
  };
}
