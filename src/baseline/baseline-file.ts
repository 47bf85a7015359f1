/**
 * The baseline file: the findings of one run by fingerprint, with enough words to say what each was.
 * It holds no time stamp and no line numbers, so writing it again on unchanged findings gives the
 * same bytes and its diffs in review show only findings that came or went.
 */
import type { BaselineFinding, Report } from '../types.js';
import { compileSchema, readCheckedFile } from '../config/read-checked-file.js';
import schema from './baseline.schema.json' with { type: 'json' };

/** Where `factdiff baseline` writes and `check` looks when the config names no baseline. */
export const DEFAULT_BASELINE = 'factdiff-baseline.json';

export interface Baseline {
  version: 1;
  findings: BaselineFinding[];
}

const validate = compileSchema(schema);

/** The report's findings as a baseline, sorted by fingerprint. */
export function baselineOf(report: Report): Baseline {
  const findings = report.discrepancies
    .map(({ id, rule, kind, severity, subject, property, message }) => ({ id, rule, kind, severity, subject, property, message }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { version: 1, findings: [...new Map(findings.map((f) => [f.id, f])).values()] };
}

/** The baseline as written to disk: 2-space JSON, one trailing newline. */
export function formatBaseline(baseline: Baseline): string {
  return `${JSON.stringify(baseline, null, 2)}\n`;
}

/** Reads and validates a baseline file; a bad one throws `RuleError` with its place. */
export function readBaseline(file: string): Baseline {
  const { data } = readCheckedFile(file, validate);
  const { version, findings } = data as Baseline & { $schema?: string };
  return { version, findings };
}
