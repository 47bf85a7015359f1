import type { Discrepancy, DiscrepancyClaim, ReportSource } from '../types.js';
import { compareText } from './vocabulary.js';

/** Orders claims by when they hold: undated first, then by the end and start of their span. */
function compareByTime(a: DiscrepancyClaim, b: DiscrepancyClaim): number {
  const [x, y] = [a.time.span, b.time.span];
  if (x === undefined || y === undefined) return (x === undefined ? 0 : 1) - (y === undefined ? 0 : 1);
  return compareText(x.end, y.end) || compareText(x.start, y.start);
}

/**
 * Where a finding is reported: its latest claim in time (ties: the last one in report order), as
 * remark-lint reports the later duplicate; the other claims are its causes, in report order.
 */
export function findingPlace(discrepancy: Discrepancy): { place: DiscrepancyClaim; others: DiscrepancyClaim[] } {
  const claims = discrepancy.claims;
  let index = 0;
  claims.forEach((claim, i) => {
    const latest = claims[index];
    if (latest !== undefined && compareByTime(claim, latest) >= 0) index = i;
  });
  const place = claims[index];
  if (place === undefined) throw new Error(`finding ${discrepancy.id} has no claims`);
  return { place, others: claims.filter((_, i) => i !== index) };
}

/** The file a claim's source id points at: the source's path, or the id without its `#N` element suffix. */
export function sourcePath(sourceId: string, sources: ReadonlyMap<string, ReportSource>): string {
  return sources.get(sourceId)?.path ?? sourceId.replace(/#\d+$/, '');
}

/** The report's sources by id. */
export function indexSources(sources: readonly ReportSource[]): Map<string, ReportSource> {
  return new Map(sources.map((source) => [source.id, source]));
}
