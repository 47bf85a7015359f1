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
    rows.push({
      file: sourcePath(place.source, sources),
      line: place.line,
      column: place.column,
      severity: finding.severity,
      message: finding.message,
      ruleId: finding.rule,
      causes: others.map(
        (c) => `${location(sourcePath(c.source, sources), c.line, c.column)}  "${clip(c.display)}"`,
      ),
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

function renderGroup(file: string, rows: Row[], c: Colors): string[] {
  const where = rows.map((r) => clean(location(r.file, r.line, r.column)));
  const width = Math.max(...where.map((w) => w.length));
  const lines = [c.underline(clean(file))];
  rows.forEach((row, i) => {
    const place = (where[i] ?? '').padEnd(width);
    const severity = paint(row.severity, row.severity.padEnd(7), c);
    lines.push(`  ${c.dim(place)}  ${severity}  ${clean(row.message)}  ${c.dim(clean(row.ruleId))}`);
    for (const cause of row.causes) lines.push(`    ${c.dim('↳')} ${clean(cause)}`);
  });
  return lines;
}

function summaryLine(report: Report, c: Colors): string {
  const { summary } = report;
  const scope = `in ${plural(summary.sources, 'source')}, ${plural(summary.claims, 'claim')}`;
  const total = report.discrepancies.length;
  if (total === 0) return c.green(`✔ no discrepancies ${scope}`);
  const counts = SEVERITIES.filter((s) => summary.discrepancies.bySeverity[s] > 0).map((s) =>
    s === 'info' ? `${summary.discrepancies.bySeverity[s]} info` : plural(summary.discrepancies.bySeverity[s], s),
  );
  const worst = SEVERITIES.find((s) => summary.discrepancies.bySeverity[s] > 0) ?? 'info';
  return c.bold(paint(worst, `✖ ${plural(total, 'finding')} (${counts.join(', ')}) ${scope}`, c));
}

/**
 * The report for a terminal, like ESLint's stylish output: findings and source diagnostics grouped by
 * file as `file:line:col  severity  message  rule-id`, each finding at its latest claim with the other
 * claims beneath (`↳ file:line:col  "display"`), then one summary line. Control characters from
 * articles are shown escaped; colour only when `options.color` is true.
 */
export function formatTerminal(report: Report, options: TerminalOptions): string {
  const c = pc.createColors(options.color);
  const rows = collectRows(report);
  const files = [...new Set(rows.map((r) => r.file))];
  const blocks = files.map((file) => renderGroup(file, rows.filter((r) => r.file === file), c).join('\n'));
  return [...blocks, summaryLine(report, c)].join('\n\n') + '\n';
}
