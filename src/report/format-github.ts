/**
 * GitHub Actions workflow commands: one `::error|warning|notice file=…,line=…,col=…,title=…::message`
 * annotation per finding, at its latest claim, with the other sides named in the message. GitHub shows
 * at most 10 annotations of each level per step, so the rest are counted in a plain summary line.
 */
import type { Discrepancy, Report, Severity } from '../types.js';
import { findingPlace, indexSources, sourcePath } from './finding-place.js';
import { plural } from './vocabulary.js';

export interface GithubOptions {
  /** Annotations written per level before the rest are only counted (GitHub shows 10). */
  perLevel?: number;
}

type Level = 'error' | 'warning' | 'notice';

const LEVEL: Record<Severity, Level> = { error: 'error', warning: 'warning', info: 'notice' };

interface Annotation {
  level: Level;
  file: string;
  line?: number;
  column?: number;
  title: string;
  message: string;
}

/** A command's message: `%`, CR and LF escaped, as GitHub's runner unescapes them. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A command's property value: as `escapeData`, and `:` and `,` too, which end a property. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function findingAnnotation(finding: Discrepancy, sources: ReturnType<typeof indexSources>): Annotation {
  const { place, others } = findingPlace(finding);
  const lines = [finding.message];
  for (const other of others) lines.push(`Other side: ${sourcePath(other.source, sources)}:${other.line}:${other.column} "${other.display}"`);
  if (finding.review) {
    const on = finding.review.source ? ` (${finding.review.source})` : '';
    lines.push(`Reviewed: ${finding.review.decision}${on} by ${finding.review.by}: ${finding.review.note}`);
  }
  const state = finding.baselineState === 'new' ? 'new ' : '';
  return {
    level: LEVEL[finding.severity],
    file: sourcePath(place.source, sources),
    line: place.line,
    column: place.column,
    title: `factdiff ${state}${finding.kind} (${finding.rule})`,
    message: lines.join('\n'),
  };
}

function render(a: Annotation): string {
  const where = [`file=${escapeProperty(a.file)}`];
  if (a.line !== undefined) where.push(`line=${a.line}`);
  if (a.column !== undefined) where.push(`col=${a.column}`);
  where.push(`title=${escapeProperty(a.title)}`);
  return `::${a.level} ${where.join(',')}::${escapeData(a.message)}`;
}

/**
 * The annotations for a report. Findings the baseline already holds are not annotated (they are
 * counted in the closing line); source diagnostics (an unreadable or undated source) follow the findings.
 */
export function formatGithub(report: Report, options: GithubOptions = {}): string {
  const perLevel = options.perLevel ?? 10;
  const sources = indexSources(report.sources);
  const annotations: Annotation[] = report.discrepancies
    .filter((d) => d.baselineState !== 'unchanged')
    .map((d) => findingAnnotation(d, sources));
  for (const source of report.sources) {
    for (const d of source.diagnostics) {
      annotations.push({ level: LEVEL[d.severity], file: source.path, ...(d.line ? { line: d.line } : {}), ...(d.column ? { column: d.column } : {}), title: `factdiff ${d.code}`, message: d.message });
    }
  }
  const shown: Record<Level, number> = { error: 0, warning: 0, notice: 0 };
  const out: string[] = [];
  for (const annotation of annotations) {
    shown[annotation.level] += 1;
    if (shown[annotation.level] <= perLevel) out.push(render(annotation));
  }
  const hidden = (['error', 'warning', 'notice'] as const).filter((l) => shown[l] > perLevel).map((l) => plural(shown[l] - perLevel, l));
  if (hidden.length > 0) out.push(`factdiff: ${hidden.join(', ')} more not shown as annotations (GitHub shows ${perLevel} of each level per step); see the SARIF or Markdown report`);
  out.push(`factdiff: ${summaryWords(report)}`);
  return `${out.join('\n')}\n`;
}

/** `7 findings (2 new, 5 in the baseline) in 5 sources`. */
export function summaryWords(report: Report): string {
  const total = report.discrepancies.length;
  const known = report.baseline ? ` (${report.summary.new} new, ${report.summary.baselined} in the baseline)` : '';
  return `${plural(total, 'finding')}${known} in ${plural(report.summary.sources, 'source')}`;
}
