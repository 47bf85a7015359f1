import pc from 'picocolors';
import type { Report, Severity } from '../types.js';
import { findingPlace, indexSources, sourcePath } from './finding-place.js';
import { SEVERITIES, compareSeverity, compareText, plural } from './vocabulary.js';

/** How to render for a terminal; the caller decides `color` (from the TTY and `NO_COLOR`). */
export interface TerminalOptions {
  color: boolean;
}

type Colors = ReturnType<typeof pc.createColors>;

interface Row {
  file: string;
  line: number;
  column: number;
  severity: Severity;
  message: string;
  ruleId: string;
  causes: string[];
  /** In the baseline already: printed dimmed, after the new ones' colours. */
  known?: boolean;
  /** An editor's decision, printed beneath the finding. */
  review?: string;
}

/** Article text may hold control characters; shown raw they could rewrite the terminal. */
function clean(text: string): string {
  return text.replace(
    /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function clip(text: string, max = 100): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function location(file: string, line: number, column: number): string {
  return line > 0 ? `${file}:${line}:${column}` : file;
}

function collectRows(report: Report): Row[] {
  const sources = indexSources(report.sources);
  const rows: Row[] = report.sources.flatMap((source) =>
    source.diagnostics.map((d) => ({
      file: source.path,
      line: d.line ?? 0,
      column: d.column ?? 0,
      severity: d.severity,
      message: d.message,
      ruleId: d.code,
      causes: [],
    })),
  );
  for (const finding of report.discrepancies) {
    const { place, others } = findingPlace(finding);
    const review = finding.review;
    rows.push({
      file: sourcePath(place.source, sources),
      line: place.line,
      column: place.column,
      severity: finding.severity,
      message: finding.baselineState === 'unchanged' ? `(in baseline) ${finding.message}` : finding.message,
      ruleId: finding.rule,
      causes: others.map(
        (c) => `${location(sourcePath(c.source, sources), c.line, c.column)}  "${clip(c.display)}"`,
      ),
      ...(finding.baselineState === 'unchanged' ? { known: true } : {}),
      ...(review ? { review: `reviewed: ${review.decision}${review.source ? ` (${review.source})` : ''} by ${review.by}: ${clip(review.note)}` } : {}),
    });
  }
  return rows.sort(
    (a, b) =>
      compareText(a.file, b.file) || a.line - b.line || a.column - b.column || compareSeverity(a.severity, b.severity),
  );
}

function paint(severity: Severity, text: string, c: Colors): string {
  return severity === 'error' ? c.red(text) : severity === 'warning' ? c.yellow(text) : c.cyan(text);
}

function renderGroup(file: string, rows: Row[], c: Colors, retells: string | undefined): string[] {
  const where = rows.map((r) => clean(location(r.file, r.line, r.column)));
  const width = Math.max(...where.map((w) => w.length));
  const lines = [c.underline(clean(file)) + (retells ? c.dim(`  (${clean(retells)})`) : '')];
  rows.forEach((row, i) => {
    const place = (where[i] ?? '').padEnd(width);
    const severity = row.known ? c.dim(row.severity.padEnd(7)) : paint(row.severity, row.severity.padEnd(7), c);
    const message = row.known ? c.dim(clean(row.message)) : clean(row.message);
    lines.push(`  ${c.dim(place)}  ${severity}  ${message}  ${c.dim(clean(row.ruleId))}`);
    for (const cause of row.causes) lines.push(`    ${c.dim('↳')} ${clean(cause)}`);
    if (row.review) lines.push(`    ${c.green('✔')} ${clean(row.review)}`);
  });
  return lines;
}

/** `retells 000_x.txt (translation)`, for a source in a reprint group (`byPath`: the report's sources by path). */
function retellsOf(byPath: ReadonlyMap<string, Report['sources']>, file: string): string | undefined {
  const links = (byPath.get(file) ?? []).flatMap((s) => s.voice?.sameStoryAs ?? []);
  if (links.length === 0) return undefined;
  return `retells ${links.map((l) => `${l.source.split('/').at(-1) ?? l.source} (${l.relation})`).join(', ')}: one voice`;
}

function summaryLine(report: Report, c: Colors): string {
  const { summary } = report;
  const scope = `in ${plural(summary.sources, 'source')}, ${plural(summary.claims, 'claim')}`;
  const total = report.discrepancies.length;
  if (total === 0) return c.green(`✔ no discrepancies ${scope}`) + baselineWords(report);
  const counts = SEVERITIES.filter((s) => summary.discrepancies.bySeverity[s] > 0).map((s) =>
    s === 'info' ? `${summary.discrepancies.bySeverity[s]} info` : plural(summary.discrepancies.bySeverity[s], s),
  );
  const worst = SEVERITIES.find((s) => summary.discrepancies.bySeverity[s] > 0) ?? 'info';
  const line = c.bold(paint(worst, `✖ ${plural(total, 'finding')} (${counts.join(', ')}) ${scope}`, c));
  return line + baselineWords(report);
}

/** ` — 2 new, 5 in the baseline, 1 gone`: only when the run compared with a baseline. */
function baselineWords(report: Report): string {
  if (!report.baseline) return '';
  const gone = report.baseline.absent.length;
  return ` — ${report.summary.new} new, ${report.summary.baselined} in the baseline${gone > 0 ? `, ${gone} gone since` : ''}`;
}

/**
 * The report for a terminal, like ESLint's stylish output: findings and source diagnostics grouped by
 * file as `file:line:col  severity  message  rule-id`, each finding at its latest claim with the other
 * claims beneath (`↳ file:line:col  "display"`) and an editor's decision (`✔ reviewed: …`), then one
 * summary line. A file that retells another says so beside its name; findings already in a baseline
 * are dimmed and marked `(in baseline)`. Control characters from
 * articles are shown escaped; colour only when `options.color` is true.
 */
export function formatTerminal(report: Report, options: TerminalOptions): string {
  const c = pc.createColors(options.color);
  const rows = collectRows(report);
  // Rows by file, files in the order their first row comes; sources by path: one pass each.
  const byFile = new Map<string, Row[]>();
  for (const row of rows) {
    const group = byFile.get(row.file);
    if (group) group.push(row);
    else byFile.set(row.file, [row]);
  }
  const byPath = new Map<string, Report['sources']>();
  for (const source of report.sources) {
    const same = byPath.get(source.path);
    if (same) same.push(source);
    else byPath.set(source.path, [source]);
  }
  const blocks = [...byFile].map(([file, group]) => renderGroup(file, group, c, retellsOf(byPath, file)).join('\n'));
  return [...blocks, summaryLine(report, c)].join('\n\n') + '\n';
}
