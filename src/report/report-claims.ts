/** How the report holds claims: in which order, and which of a claim's fields. */
import type { Claim, Report } from '../types.js';
import { compareText } from './vocabulary.js';

export type ReportClaim = Report['claims'][number];

/** The report's order of claims: by source, offset, id. */
export function compareReportClaims(a: Claim, b: Claim): number {
  return compareText(a.source, b.source) || a.evidence.offset - b.evidence.offset || compareText(a.id, b.id);
}

/** A claim as the report carries it: the pipeline-only `qualifiers` are left out. */
export function toReportClaim(claim: Claim): ReportClaim {
  const { id, source, subject, property, value, display, time, evidence, extractor } = claim;
  return { id, source, subject, property, value, display, time, evidence, extractor };
}
