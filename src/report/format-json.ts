/** The JSON report: keys in the schema's (the contract's) order, 2-space indent, trailing newline. */
import type { Report } from '../types.js';
import type { KeyOrderSchema } from './order-keys.js';
import { writeOrderedJson, type ByteSink, type Sink } from './ordered-json.js';
import schema from './schema/report.schema.json' with { type: 'json' };

/** The JSON report as one string. */
export function formatJson(report: Report): string {
  const pieces: string[] = [];
  writeJson(report, (piece) => pieces.push(piece));
  return pieces.join('');
}

/**
 * The JSON report in pieces (about a megabyte each), for writing a large report without holding it
 * whole. Claims whose text is known already (report/rendered-claims.ts) go to `bytes` as UTF-8 when
 * given, else to `sink` as text.
 */
export function writeJson(report: Report, sink: Sink, bytes?: ByteSink): void {
  writeOrderedJson(report, schema as KeyOrderSchema, sink, undefined, bytes);
  sink('\n');
}
