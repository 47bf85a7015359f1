import type { Discrepancy } from '../../types.js';

/**
 * A finding's standing against a baseline, in an editor's words: `new`, `known` (SARIF's
 * `unchanged`) or `absent` (in the baseline, no longer found).
 */
export type FindingStatus = 'new' | 'known' | 'absent';

/** Every status, in the order the summary and the filters list them. */
export const STATUSES: readonly FindingStatus[] = ['new', 'known', 'absent'];

const FROM_BASELINE_STATE: Record<string, FindingStatus> = { new: 'new', unchanged: 'known', updated: 'known', absent: 'absent' };

/**
 * The status of a finding, read from its optional `baselineState`; undefined when the report was
 * made without a baseline (the field is optional, so older reports render as before).
 */
export function findingStatus(finding: Discrepancy): FindingStatus | undefined {
  const state = (finding as { baselineState?: unknown }).baselineState;
  return typeof state === 'string' ? FROM_BASELINE_STATE[state] : undefined;
}

/** An editor's recorded decision on a finding, as words to show: `false alarm — note (by who)`. */
export function findingDecision(finding: Discrepancy): string | undefined {
  const decision = (finding as { decision?: unknown }).decision;
  if (typeof decision === 'string') return decision;
  if (typeof decision !== 'object' || decision === null) return undefined;
  const fields = decision as Record<string, unknown>;
  const text = (key: string): string | undefined => (typeof fields[key] === 'string' && fields[key] !== '' ? (fields[key] as string) : undefined);
  const what = text('decision') ?? text('kind') ?? text('status') ?? text('type');
  if (what === undefined) return undefined;
  const note = text('note');
  const by = text('by') ?? text('decidedBy') ?? text('author');
  return `${what.replace(/-/g, ' ')}${note === undefined ? '' : ` — ${note}`}${by === undefined ? '' : ` (${by})`}`;
}

/** How many findings have each status; empty when none has one (no baseline was used). */
export function countStatuses(findings: readonly Discrepancy[]): Map<FindingStatus, number> {
  const counts = new Map<FindingStatus, number>();
  for (const finding of findings) {
    const status = findingStatus(finding);
    if (status !== undefined) counts.set(status, (counts.get(status) ?? 0) + 1);
  }
  return counts;
}
