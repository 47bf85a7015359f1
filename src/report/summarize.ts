import type { Discrepancy, Kind, Report, Severity } from '../types.js';
import { KINDS, SEVERITIES } from './vocabulary.js';

/**
 * Counts the report's findings by kind and by severity, every kind and severity present even at 0,
 * so consumers never have to test for a missing key.
 */
export function summarize(sources: number, claims: number, discrepancies: readonly Discrepancy[]): Report['summary'] {
  const byKind = Object.fromEntries(KINDS.map((kind) => [kind, 0])) as Record<Kind, number>;
  const bySeverity = Object.fromEntries(SEVERITIES.map((severity) => [severity, 0])) as Record<Severity, number>;
  for (const discrepancy of discrepancies) {
    byKind[discrepancy.kind] += 1;
    bySeverity[discrepancy.severity] += 1;
  }
  return {
    sources,
    claims,
    discrepancies: { byKind, bySeverity },
    new: discrepancies.length,
    baselined: 0,
  };
}
