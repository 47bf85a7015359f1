/**
 * The review file (`factdiff-review.yaml`): an editor's decision per finding, keyed by its fingerprint,
 * kept in the repository and reviewed like code. Decisions are shown on the findings they name; they
 * do not change the exit code (the baseline does).
 */
import { existsSync } from 'node:fs';
import type { Report, Review } from '../types.js';
import { compileSchema, readCheckedFile } from '../config/read-checked-file.js';
import schema from './review.schema.json' with { type: 'json' };

/** Where `check` looks for decisions when neither `--review` nor the config names a file. */
export const DEFAULT_REVIEW = 'factdiff-review.yaml';

const validate = compileSchema(schema);

interface ReviewFile {
  decisions: Record<string, Review & { finding?: string; date?: string | Date }>;
}

/** Reads and validates a review file into decisions by finding id; a bad file throws `RuleError`. */
export function readReview(file: string): Map<string, Review> {
  const { data } = readCheckedFile(file, validate);
  const decisions = new Map<string, Review>();
  for (const [id, entry] of Object.entries((data as ReviewFile).decisions)) {
    const { decision, source, note, by, date } = entry;
    decisions.set(id, { decision, ...(source ? { source } : {}), note, by, ...(date ? { date: String(date) } : {}) });
  }
  return decisions;
}

/** `readReview` for a file that may be absent (the default one): no file, no decisions. */
export function readReviewIfPresent(file: string): Map<string, Review> {
  return existsSync(file) ? readReview(file) : new Map();
}

/**
 * Pure: copies each decision onto the finding with its id. `stale` lists decisions that name no
 * finding of this report (fixed, or its values changed), so the CLI can say so.
 */
export function applyReviews(report: Report, decisions: ReadonlyMap<string, Review>): { report: Report; stale: string[] } {
  const ids = new Set(report.discrepancies.map((d) => d.id));
  const stale = [...decisions.keys()].filter((id) => !ids.has(id)).sort();
  const discrepancies = report.discrepancies.map((d) => {
    const review = decisions.get(d.id);
    return review ? { ...d, review } : d;
  });
  return { report: { ...report, discrepancies }, stale };
}
