/**
 * One source's claims as the JSON report writes them, kept as bytes (by the claim cache, beside
 * the claims), so that a warm run copies them into the report instead of writing 100,000 claims
 * again. `renderClaims` gives the text; `buildReport` is told which sources' claims have it and
 * marks the runs of the report's claims it covers (`markRendered`), and the JSON writer copies
 * those runs (ordered-json.ts). A run is used only when it holds exactly the claims the text was
 * made from, in the report's order; otherwise the claims are written one by one, as always.
 */
import type { Claim } from '../types.js';
import type { KeyOrderSchema } from './order-keys.js';
import { markWritten, writeOrderedJson, type WrittenRun } from './ordered-json.js';
import { compareReportClaims, toReportClaim, type ReportClaim } from './report-claims.js';
import schema from './schema/report.schema.json' with { type: 'json' };

/** The depth of the report's claims: items of its top-level `claims` array. */
const INDENT = '    ';
const OPENING = `{\n  "claims": [\n${INDENT}`;
const CLOSING = '\n  ]\n}';

/**
 * The claims of one source (all with one `source`) as the report's `claims` array holds them:
 * in the report's order, each at its depth, separated as there, without the brackets around
 * them ('' for none).
 */
export function renderClaims(claims: readonly Claim[]): string {
  if (claims.length === 0) return '';
  const pieces: string[] = [];
  writeOrderedJson({ claims: [...claims].sort(compareReportClaims).map(toReportClaim) }, schema as KeyOrderSchema, (piece) => pieces.push(piece));
  const text = pieces.join('');
  if (!text.startsWith(OPENING) || !text.endsWith(CLOSING)) throw new Error('renderClaims: the report writes claims at another depth');
  return text.slice(OPENING.length, text.length - CLOSING.length);
}

/** One source's claims (as extracted) and their rendering (`renderClaims` of them), or a reader of it to call when the report is written (see `WrittenRun`). */
export interface Rendered {
  claims: readonly Claim[];
  bytes: Uint8Array | (() => Uint8Array | undefined);
}

/**
 * Marks on `reportClaims` (the report's claims, made from `sorted` one for one) the runs whose
 * rendering is known: a source's run is marked when `rendered` has that source and the run is its
 * claims, the same objects, in the order they were rendered in.
 */
export function markRendered(reportClaims: ReportClaim[], sorted: readonly Claim[], rendered: ReadonlyMap<string, Rendered>): void {
  const runs: WrittenRun[] = [];
  for (let from = 0; from < sorted.length; ) {
    const source = sorted[from]!.source;
    let to = from + 1;
    while (to < sorted.length && sorted[to]!.source === source) to++;
    const known = rendered.get(source);
    if (known && (typeof known.bytes === 'function' || known.bytes.length > 0) && sameRun(sorted, from, to, known.claims)) runs.push({ from, to, bytes: known.bytes, indent: INDENT });
    from = to;
  }
  if (runs.length > 0) markWritten(reportClaims, runs);
}

/** Whether `sorted[from..to)` are `claims` in the report's order (the order they were rendered in). */
function sameRun(sorted: readonly Claim[], from: number, to: number, claims: readonly Claim[]): boolean {
  if (to - from !== claims.length) return false;
  const inOrder = [...claims].sort(compareReportClaims);
  for (let i = 0; i < inOrder.length; i++) if (sorted[from + i] !== inOrder[i]) return false;
  return true;
}
