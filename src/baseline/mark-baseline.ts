/**
 * Compares a report with a baseline: each finding becomes `new` or `unchanged` (SARIF's words), the
 * baseline's findings not found now are listed as absent, and the summary counts new and baselined.
 */
import type { Report } from '../types.js';
import type { Baseline } from './baseline-file.js';

/** Pure: returns a marked copy of `report`; `path` is the baseline file as the user named it. */
export function markBaseline(report: Report, baseline: Baseline, path: string): Report {
  const known = new Set(baseline.findings.map((f) => f.id));
  const found = new Set(report.discrepancies.map((d) => d.id));
  const discrepancies = report.discrepancies.map((d) => ({ ...d, baselineState: known.has(d.id) ? ('unchanged' as const) : ('new' as const) }));
  const baselined = discrepancies.filter((d) => d.baselineState === 'unchanged').length;
  return {
    ...report,
    discrepancies,
    summary: { ...report.summary, new: discrepancies.length - baselined, baselined },
    baseline: { path, absent: baseline.findings.filter((f) => !found.has(f.id)) },
  };
}
