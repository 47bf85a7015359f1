import type { Report, ReportSource } from '../../types.js';
import { groupBy } from '../../group-by.js';

/** A claim as the report carries it. */
export type ReportClaim = Report['claims'][number];

/**
 * What every part of the page looks up, indexed once per report so a ten-thousand-source page is
 * built in linear time: sources by id, each source's anchor, claims by id, by source and by subject.
 */
export interface HtmlContext {
  sources: ReadonlyMap<string, ReportSource>;
  /** `src-N`: the anchor of the Nth source (report order), safe in an id whatever the path holds. */
  anchors: ReadonlyMap<string, string>;
  claims: ReadonlyMap<string, ReportClaim>;
  claimsBySource: ReadonlyMap<string, readonly ReportClaim[]>;
  claimsBySubject: ReadonlyMap<string, readonly ReportClaim[]>;
}

/** Indexes a report for rendering. */
export function htmlContext(report: Report): HtmlContext {
  return {
    sources: new Map(report.sources.map((source) => [source.id, source])),
    anchors: new Map(report.sources.map((source, i) => [source.id, `src-${i}`])),
    claims: new Map(report.claims.map((claim) => [claim.id, claim])),
    claimsBySource: groupBy(report.claims, (claim) => claim.source),
    claimsBySubject: groupBy(report.claims, (claim) => claim.subject.key),
  };
}

/** The file name alone: `sources/001_x.txt` → `001_x.txt`. */
export function fileName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** How a source is named to an editor: its publisher and file, or the file alone. */
export function sourceLabel(id: string, context: HtmlContext): string {
  const source = context.sources.get(id);
  const file = fileName(source?.path ?? id.replace(/#\d+$/, '')) + (id.match(/#\d+$/)?.[0] ?? '');
  return source?.publisher === undefined ? file : `${source.publisher} (${file})`;
}
