/** Words for findings: a claim's time, its source's file name, a value as an editor reads it. */
import type { Claim, ClaimTime } from '../types.js';

/** `2024-07-01`, `2024-07`, `2024`, or `undated`. */
export function describeTime(time: ClaimTime): string {
  const span = time.span;
  if (!span) return time.text ? `'${time.text}', undated source` : 'undated';
  if (span.precision === 'day' && span.start === span.end) return span.start;
  if (span.precision === 'month' && span.start.slice(0, 7) === span.end.slice(0, 7)) return span.start.slice(0, 7);
  if (span.precision === 'year' && span.start.slice(0, 4) === span.end.slice(0, 4)) return span.start.slice(0, 4);
  return `${span.start}..${span.end}`;
}

/** The file name of a claim's source (`sources/001_x.txt` → `001_x.txt`). */
export function fileOf(claim: Claim): string {
  return claim.source.split('/').at(-1) ?? claim.source;
}

/** `9 in 002_x.txt (as of 2024-07-01)` */
export function sideOf(claims: Claim[], asOf = true): string {
  const first = claims[0];
  if (!first) return '';
  const files = [...new Set(claims.map(fileOf))].join(', ');
  return `${first.display} in ${files}${asOf ? ` (as of ${describeTime(first.time)})` : ''}`;
}

/** The value of a claim as a short comparable string. */
export function valueText(claim: Claim): string {
  const v = claim.value;
  switch (v.type) {
    case 'count':
      return String(v.n);
    case 'quantity':
      return `${v.amount} ${v.unit}`;
    case 'date':
      return v.span.start;
    case 'ordinal':
      return String(v.n);
    case 'quote':
    case 'name':
    case 'place':
    case 'member':
      return v.text;
  }
}

/** `1st`, `2nd`, `22nd`, `11th`. */
export { formatOrdinal as ordinal } from '../normalize/numbers/index.js';
