/**
 * `factdiff explain FILE:LINE`: what was read at one line of a source and what became of it. Works
 * on a finished report (the kernel's output), so it says exactly what the check found: the claims
 * whose sentence covers the line, the findings they are part of, and for a claim in no finding the
 * other claims under its key and the plain reason each was not reported.
 */
import type { Rule, RuleSet } from '../rules/types.js';
import type { Discrepancy, Report } from '../types.js';

type ReportClaim = Report['claims'][number];

/** One other claim under the same key, and why the pair made no finding. */
export interface Neighbour {
  claim: ReportClaim;
  reason: string;
}

export interface ExplainedClaim {
  claim: ReportClaim;
  /** The rule that compares it (its extractor's rule, or one that takes claims from it). */
  checkedBy?: Rule;
  findings: Discrepancy[];
  /** Only for a claim in no finding: the others sharing its subject key and property. */
  neighbours: Neighbour[];
}

/** The line a file offset falls on, given the file's text. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i += 1) if (text.charCodeAt(i) === 10) line += 1;
  return line;
}

/** A value as a comparable string: approximations apart, so "about 10" and "10" compare equal here. */
function plainValue(claim: ReportClaim): string {
  const { approx: _approx, ...rest } = claim.value as ReportClaim['value'] & { approx?: string };
  return JSON.stringify(rest);
}

function amount(claim: ReportClaim): number | undefined {
  const v = claim.value;
  return v.type === 'count' ? v.n : v.type === 'quantity' ? v.amount : undefined;
}

/** Why two claims under one key made no finding, in the order the check itself decides. */
export function reasonNotReported(claim: ReportClaim, other: ReportClaim, rule: Rule | undefined): string {
  if (!rule?.check) return `not compared: rule '${claim.extractor}' only extracts (its claims may explain changes found by other rules)`;
  if (claim.source === other.source && claim.evidence.offset === other.evidence.offset) return 'same sentence: two figures in one sentence are taken to be about different things';
  if (plainValue(claim) === plainValue(other)) {
    const approx = 'approx' in claim.value || 'approx' in other.value;
    return approx ? `agrees: "${claim.display}" and "${other.display}" are compatible` : 'agrees: same value';
  }
  const [a, b] = [amount(claim), amount(other)];
  const tolerance = rule.check.tolerance ?? 0;
  if (a !== undefined && b !== undefined && Math.abs(a - b) <= tolerance * Math.max(Math.abs(a), Math.abs(b))) return `agrees within the rule's tolerance (${tolerance * 100}%)`;
  if (rule.check.sameContext) return 'different value, but not compared: the rule compares only claims that share their context (the verb or an entity named beside them), and these do not';
  return `different value, not reported by the ${rule.check.type} check (see docs/rules/check-${rule.check.type}.md for what it compares)`;
}

/**
 * The claims read at `line` of `file` (a source's path as in the report), with their findings and,
 * for those in none, up to `maxNeighbours` other claims under their key and why.
 */
export function explainLine(report: Report, rules: RuleSet, file: { path: string; text: string }, line: number, maxNeighbours = 8): ExplainedClaim[] {
  const ids = new Set(report.sources.filter((s) => s.path === file.path).map((s) => s.id));
  const here = report.claims.filter((c) => ids.has(c.source) && c.evidence.line <= line && lineAt(file.text, c.evidence.offset + c.evidence.length) >= line);
  return here.map((claim) => {
    const checkedBy = rules.rules.find((r) => r.check && (r.claimsFrom ?? r.id) === claim.extractor) ?? rules.rules.find((r) => r.id === claim.extractor);
    const findings = report.discrepancies.filter((d) => d.claims.some((c) => c.claimId === claim.id));
    const neighbours =
      findings.length > 0
        ? []
        : report.claims
            .filter((o) => o.id !== claim.id && o.subject.key === claim.subject.key && o.property === claim.property && o.extractor === claim.extractor)
            .slice(0, maxNeighbours)
            .map((o) => ({ claim: o, reason: reasonNotReported(claim, o, checkedBy) }));
    return { claim, ...(checkedBy ? { checkedBy } : {}), findings, neighbours };
  });
}
