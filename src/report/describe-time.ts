import type { ClaimTime, TimeSpan } from '../types.js';

const LENGTH = { day: 10, month: 7, year: 4 } as const;

/** A span as short as its precision allows: `2024-07-01`, `2025-08`, `2024`, or a range `2001 – 2021`. */
export function describeSpan(span: TimeSpan): string {
  const start = span.start.slice(0, LENGTH[span.precision]);
  const end = span.end.slice(0, LENGTH[span.precision]);
  return start === end ? start : `${start} – ${end}`;
}

/**
 * When a claim holds, in words an editor can check against the article:
 * `as of 2025-08-29 (publication date)`, `2024 ("last year's summit", from 2025-08-29)`, `undated ("earlier this month")`.
 */
export function describeTime(time: ClaimTime): string {
  const written = time.text === undefined ? '' : `"${time.text}"`;
  if (time.span === undefined) return written === '' ? 'undated' : `undated (${written})`;
  const parts: string[] = [];
  if (time.basis === 'publication') parts.push('publication date');
  else if (written !== '') parts.push(written);
  if (time.basis === 'relative' && time.anchor !== undefined) parts.push(`from ${time.anchor}`);
  if (time.implied.length > 0) parts.push(`${time.implied.join(', ')} implied`);
  if (!time.certain) parts.push('uncertain');
  const prefix = time.basis === 'publication' ? 'as of ' : '';
  const detail = parts.length > 0 ? ` (${parts.join(', ')})` : '';
  return `${prefix}${describeSpan(time.span)}${detail}`;
}
