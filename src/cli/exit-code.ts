/**
 * The exit code for a report under `--fail-on`: 1 when any finding is at or above the level. With a
 * baseline, findings it already holds (`baselineState: unchanged`) never fail the run: only new ones do.
 */
import type { Report, Severity } from '../types.js';

export type FailOn = Severity | 'never';

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

export function exitCodeFor(report: Report, failOn: FailOn): 0 | 1 {
  if (failOn === 'never') return 0;
  return report.discrepancies.some((d) => d.baselineState !== 'unchanged' && RANK[d.severity] >= RANK[failOn]) ? 1 : 0;
}
