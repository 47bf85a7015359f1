/** The words `factdiff explain` prints for the claims at one line. */
import type { ClaimTime } from '../types.js';
import type { ExplainedClaim } from './explain-line.js';

/** How a claim's time was known, e.g. `2024 — 'last year's' resolved against 2025-08-29 (year implied)`. */
export function describeTimeBasis(time: ClaimTime): string {
  const span = time.span ? (time.span.start === time.span.end ? time.span.start : `${time.span.start}..${time.span.end}`) : 'not placed in time';
  const implied = time.implied.length > 0 ? ` (${time.implied.join(', ')} implied)` : '';
  switch (time.basis) {
    case 'written':
      return `${span} — written: '${time.text ?? ''}'${implied}`;
    case 'relative':
      return `${span} — '${time.text ?? ''}' resolved against the publication date ${time.anchor ?? '?'}${implied}`;
    case 'publication':
      return `${span} — present tense, dated by its source's publication date`;
    case 'none':
      return `${span}${time.text ? ` — '${time.text}' cannot be resolved: the source is undated` : ''}`;
  }
}

function file(path: string): string {
  return path.split('/').at(-1) ?? path;
}

/** Plain text, one block per claim; `where` is the `FILE:LINE` asked about. */
export function formatExplanation(where: string, explained: ExplainedClaim[]): string {
  if (explained.length === 0) return `${where}: no claim was read at this line\n`;
  const blocks = explained.map(({ claim, checkedBy, findings, neighbours }) => {
    const lines = [
      `${where}:${claim.evidence.column}  ${claim.property} of ${claim.subject.text} (${claim.subject.key}): "${claim.display}"`,
      `  value: ${JSON.stringify(claim.value)}`,
      `  time:  ${describeTimeBasis(claim.time)}`,
      `  rule:  ${claim.extractor}${checkedBy && checkedBy.id !== claim.extractor ? `, compared by ${checkedBy.id}` : ''}${checkedBy?.check ? ` (${checkedBy.check.type})` : ''}`,
    ];
    for (const finding of findings) {
      const state = finding.baselineState ? `, ${finding.baselineState}` : '';
      lines.push(`  finding ${finding.id} (${finding.kind}, ${finding.severity}${state}): ${finding.message}`);
      if (finding.linkedBy.length > 0) lines.push(`    linked by: ${finding.linkedBy.join(', ')}`);
      if (finding.review) lines.push(`    reviewed: ${finding.review.decision} by ${finding.review.by}: ${finding.review.note}`);
    }
    if (findings.length === 0) {
      if (neighbours.length === 0) lines.push(`  in no finding: no other claim has this subject and property, so there is nothing to compare it with`);
      else lines.push(`  in no finding; other claims with this subject and property:`);
      for (const { claim: other, reason } of neighbours) {
        lines.push(`    "${other.display}" in ${file(other.source)}:${other.evidence.line} (${describeTimeBasis(other.time).split(' — ')[0]}): ${reason}`);
      }
    }
    return lines.join('\n');
  });
  return `${blocks.join('\n\n')}\n`;
}
