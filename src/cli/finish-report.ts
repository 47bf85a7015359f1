/**
 * The steps after the kernel, each a small pure function: findings against verified facts say so,
 * editors' decisions are attached, and a baseline marks what is new. Their order does not matter
 * to the result; none of them changes a fingerprint.
 */
import { readBaseline } from '../baseline/baseline-file.js';
import { markBaseline } from '../baseline/mark-baseline.js';
import { applyReviews, readReview } from '../baseline/review-file.js';
import { markVerified } from '../facts/mark-verified.js';
import type { Report } from '../types.js';
import type { CheckPlan } from './check-plan.js';

/** The finished report, and notes for standard error (decisions that name no finding). */
export function finishReport(report: Report, plan: Pick<CheckPlan, 'baseline' | 'review' | 'verified'>): { report: Report; notes: string[] } {
  let out = markVerified(report, new Set(plan.verified?.sources.map((s) => s.id) ?? []));
  const notes: string[] = [];
  if (plan.review) {
    const reviewed = applyReviews(out, readReview(plan.review));
    out = reviewed.report;
    if (reviewed.stale.length > 0) notes.push(`${plan.review}: ${reviewed.stale.length} decision(s) name no current finding: ${reviewed.stale.join(', ')}`);
  }
  if (plan.baseline) out = markBaseline(out, readBaseline(plan.baseline), plan.baseline);
  return { report: out, notes };
}
