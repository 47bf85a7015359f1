/** Turns a check's draft into a finding: rule id, severity, scope and a stable fingerprint. */
import type { Rule } from '../rules/types.js';
import { sha1Hex } from '../sha1-hex.js';
import type { Discrepancy, Severity, Voice } from '../types.js';
import type { Draft } from './types.js';
import { valueText } from './describe.js';
import { weighVoices } from './voices/weigh-voices.js';

const DEFAULT_SEVERITY: Record<Draft['outcome'], Severity> = {
  conflict: 'error',
  'temporal-change': 'warning',
  explained: 'info',
  'name-variant': 'warning',
  'quote-variant': 'warning',
  unresolved: 'warning',
};

/**
 * `voices` maps a source to its reprint group; reprints count as one voice for the odd one out and
 * lower the confidence of a finding that is all one story. The fingerprint never depends on them.
 */
export function stamp(draft: Draft, rule: Rule, voices: ReadonlyMap<string, Voice> = new Map()): Discrepancy {
  const overrides = rule.check?.severity ?? {};
  const severity = overrides[draft.outcome] ?? DEFAULT_SEVERITY[draft.outcome];
  const sources = [...new Set(draft.claims.map((c) => c.source))].sort();
  // Built from facts (subject, property, values, sources), never from line numbers.
  const values = [...new Set(draft.claims.map(valueText))].sort();
  const id = sha1Hex(JSON.stringify([rule.id, draft.kind, draft.subject, draft.property, values, sources])).slice(0, 16);
  const weighed = weighVoices(draft, voices);
  const claims = [...draft.claims].sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : a.evidence.offset - b.evidence.offset));
  return {
    id,
    rule: rule.id,
    kind: draft.kind,
    scope: sources.length > 1 ? 'cross-source' : 'internal',
    severity,
    confidence: Math.round(weighed.confidence * 100) / 100,
    subject: draft.subject,
    property: draft.property,
    message: weighed.message,
    ...(weighed.explanation ? { explanation: weighed.explanation } : {}),
    linkedBy: draft.linkedBy,
    claims: claims.map((c) => ({
      source: c.source,
      value: c.value,
      display: c.display,
      text: c.evidence.text,
      zone: c.evidence.zone,
      time: c.time,
      line: c.evidence.line,
      column: c.evidence.column,
      claimId: c.id,
    })),
    ...(draft.diff ? { diff: draft.diff } : {}),
    ...(weighed.oddOneOut ? { oddOneOut: weighed.oddOneOut } : {}),
  };
}
