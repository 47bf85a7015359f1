/**
 * Findings that involve a verified fact say so: their message ends with the verified value and its
 * file, so an editor sees at once that a source disagrees with what the newsroom checked.
 */
import type { Report } from '../types.js';

/** Pure: `verified` holds the ids of the verified-facts sources. The fingerprint is not touched. */
export function markVerified(report: Report, verified: ReadonlySet<string>): Report {
  if (verified.size === 0) return report;
  const discrepancies = report.discrepancies.map((d) => {
    const facts = d.claims.filter((c) => verified.has(c.source));
    if (facts.length === 0) return d;
    const sides = facts.map((c) => `${c.display} in ${c.source}`).join(', ');
    return { ...d, message: `${d.message} — verified fact: ${sides}` };
  });
  return { ...report, discrepancies };
}
