import type { Discrepancy, Report } from '../../types.js';
import { fileName } from './context.js';

/**
 * A finding's standing against a baseline, in an editor's words: `new`, or `known` (SARIF's
 * `unchanged`: the baseline holds it). Findings the baseline holds that are gone are listed apart.
 */
export type FindingStatus = 'new' | 'known';

/** Every status, in the order the summary and the filters list them. */
export const STATUSES: readonly FindingStatus[] = ['new', 'known'];

/** The status of a finding; undefined when the report was made without a baseline. */
export function findingStatus(finding: Discrepancy): FindingStatus | undefined {
  if (finding.baselineState === undefined) return undefined;
  return finding.baselineState === 'new' ? 'new' : 'known';
}

/** An editor's recorded decision on a finding, in words: `source error in x.txt — note (desk, 2025-09-01)`. */
export function findingDecision(finding: Discrepancy): string | undefined {
  const review = finding.review;
  if (review === undefined) return undefined;
  const what = review.decision.replace(/-/g, ' ') + (review.source === undefined ? '' : ` in ${fileName(review.source)}`);
  const who = [review.by, review.date].filter((part) => part !== undefined && part !== '').join(', ');
  return `${what}${review.note === '' ? '' : ` — ${review.note}`}${who === '' ? '' : ` (${who})`}`;
}

/** How many findings have each status; empty when no baseline was used. */
export function countStatuses(findings: readonly Discrepancy[]): Map<FindingStatus, number> {
  const counts = new Map<FindingStatus, number>();
  for (const finding of findings) {
    const status = findingStatus(finding);
    if (status !== undefined) counts.set(status, (counts.get(status) ?? 0) + 1);
  }
  return counts;
}

/** The baseline's findings not found this time. */
export function absentFindings(report: Report): NonNullable<Report['baseline']>['absent'] {
  return report.baseline?.absent ?? [];
}
