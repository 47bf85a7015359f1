/** How the report holds claims: in which order, and which of a claim's fields. */
import { offsetOf, reportView, unparsed } from '../lazy-claims.js';
import type { Claim, Report } from '../types.js';
import { compareText } from './vocabulary.js';

export type ReportClaim = Report['claims'][number];

/** The report's order of claims: by source, offset, id. */
export function compareReportClaims(a: Claim, b: Claim): number {
  return compareText(a.source, b.source) || offsetOf(a) - offsetOf(b) || compareText(a.id, b.id);
}

/** A claim as the report carries it: the pipeline-only `qualifiers` are left out. A claim not parsed yet (lazy-claims.ts) stays so until its fields are read. */
export function toReportClaim(claim: Claim): ReportClaim {
  if (unparsed(claim)) return reportView(claim);
  const { id, source, subject, property, value, display, time, evidence, extractor } = claim;
  return { id, source, subject, property, value, display, time, evidence, extractor };
}
