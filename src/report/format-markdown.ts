/**
 * A Markdown summary for a CI step summary (`$GITHUB_STEP_SUMMARY`) or a pull-request comment:
 * counts by kind and severity, new against known, a table of findings with their evidence, the
 * sources that retell one story, and what the baseline held that is gone. Article text is escaped so
 * it can neither add Markdown (links, emphasis, tables) nor HTML.
 */
import type { Discrepancy, Report } from '../types.js';
import { findingPlace, indexSources, sourcePath } from './finding-place.js';
import { summaryWords } from './format-github.js';
import { KINDS, SEVERITIES, plural } from './vocabulary.js';

export interface MarkdownOptions {
  /** Findings listed in the table before the rest are only counted (a step summary holds 1 MiB). */
  maxRows?: number;
}

/**
 * Text from an article as inert Markdown: HTML-significant characters as entities, Markdown
 * punctuation backslash-escaped, no autolinks, one line, at most `max` characters.
 */
export function escapeMarkdown(text: string, max = 300): string {
  const line = text.replace(/\s+/g, ' ').trim();
  const clipped = line.length > max ? `${line.slice(0, max - 1)}…` : line;
  return clipped
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_{}[\]|~]/g, (c) => `\\${c}`)
    .replace(/:/g, '&#58;')
    .replace(/@/g, '&#64;')
    .replace(/www\./gi, (w) => `${w.slice(0, 3)}&#46;`);
}

function countsTable(report: Report): string[] {
  const { byKind, bySeverity } = report.summary.discrepancies;
  const rows = ['| kind | findings |', '|---|---:|', ...KINDS.filter((k) => byKind[k] > 0).map((k) => `| ${k} | ${byKind[k]} |`)];
  const severities = SEVERITIES.map((s) => `${s}: ${bySeverity[s]}`).join(' · ');
  return [...rows, '', `By severity: ${severities}`];
}

function status(finding: Discrepancy): string {
  const state = finding.baselineState === 'new' ? '**new**' : finding.baselineState === 'unchanged' ? 'known' : '';
  if (!finding.review) return state;
  const { decision, source, by, note } = finding.review;
  const on = source ? ` (${escapeMarkdown(source)})` : '';
  return `${state}${state ? '<br>' : ''}${decision}${on} by ${escapeMarkdown(by)}: ${escapeMarkdown(note)}`;
}

function findingRow(finding: Discrepancy, sources: ReturnType<typeof indexSources>): string {
  const { place, others } = findingPlace(finding);
  const evidence = [place, ...others]
    .map((c) => `**${escapeMarkdown(c.display, 80)}** — ${escapeMarkdown(`${sourcePath(c.source, sources)}:${c.line}`)}: “${escapeMarkdown(c.text, 200)}”`)
    .join('<br>');
  const message = escapeMarkdown(finding.message, 400) + (finding.explanation ? `<br>_${escapeMarkdown(finding.explanation, 200)}_` : '');
  return `| ${finding.severity} | ${finding.kind} | ${status(finding)} | ${message} | ${evidence} |`;
}

function voices(report: Report): string[] {
  const lines = report.sources.flatMap((source) =>
    (source.voice?.sameStoryAs ?? []).map((link) => `- ${escapeMarkdown(source.path)} retells ${escapeMarkdown(link.source)} (${link.relation}, ${Math.round(link.overlap * 100)}% overlap): counted as one voice`),
  );
  return lines.length > 0 ? ['', '### One story, several sources', '', ...lines] : [];
}

function diagnostics(report: Report): string[] {
  const lines = report.sources.flatMap((source) =>
    source.diagnostics.map((d) => `- ${escapeMarkdown(`${source.path}${d.line ? `:${d.line}` : ''}`)} — ${d.severity} ${escapeMarkdown(d.code)}: ${escapeMarkdown(d.message)}`),
  );
  return lines.length > 0 ? ['', '### Source problems', '', ...lines] : [];
}

function absent(report: Report): string[] {
  const gone = report.baseline?.absent ?? [];
  if (gone.length === 0) return [];
  return ['', '### In the baseline, not found now', '', ...gone.map((f) => `- ${f.kind} (${escapeMarkdown(f.rule)}): ${escapeMarkdown(f.message, 200)}`)];
}

/** The summary as Markdown; the same report always gives the same text. */
export function formatMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const maxRows = options.maxRows ?? 100;
  const sources = indexSources(report.sources);
  const out = [`## factdiff: ${summaryWords(report)}, ${plural(report.summary.claims, 'claim')}`, ''];
  if (report.discrepancies.length > 0) {
    out.push(...countsTable(report), '', '### Findings', '');
    out.push('| severity | kind | status | finding | evidence |', '|---|---|---|---|---|');
    for (const finding of report.discrepancies.slice(0, maxRows)) out.push(findingRow(finding, sources));
    const more = report.discrepancies.length - maxRows;
    if (more > 0) out.push('', `…and ${plural(more, 'more finding')}; see the JSON or HTML report.`);
  } else out.push('No discrepancies.');
  out.push(...voices(report), ...absent(report), ...diagnostics(report));
  return `${out.join('\n')}\n`;
}
