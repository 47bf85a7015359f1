/** A small factory for claims, so check tests state only what matters to them. */
import type { Claim, ClaimTime, Value } from '../../src/types.js';

let next = 0;

export function day(date: string): ClaimTime {
  return { span: { start: date, end: date, precision: 'day' }, implied: [], basis: 'publication', certain: true };
}

export function year(y: number, text?: string): ClaimTime {
  return { span: { start: `${y}-01-01`, end: `${y}-12-31`, precision: 'year' }, implied: [], basis: 'written', certain: true, ...(text ? { text } : {}) };
}

export const undated: ClaimTime = { implied: ['date'], basis: 'none', certain: false };

export function claim(source: string, value: Value, time: ClaimTime, extra: Partial<Claim> = {}): Claim {
  next++;
  return {
    id: `c${next}`,
    source,
    subject: { key: 'org:ALLIANCE', text: 'ALLIANCE' },
    property: 'member-states',
    value,
    display: 'display' in value ? String(value) : JSON.stringify(value),
    time,
    qualifiers: {},
    evidence: { text: 'sentence', zone: 'body', line: next, column: 1, offset: next * 10, length: 5 },
    extractor: 'test.rule',
    ...extra,
  };
}

export const count = (n: number, approx?: 'about' | 'nearly' | 'more-than'): Value => ({ type: 'count', n, ...(approx ? { approx } : {}) });
