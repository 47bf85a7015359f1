/**
 * Where a finished report goes: the files the plan names (JSON, HTML, SARIF, Markdown), written
 * atomically, and one rendering on standard output chosen by `--format`.
 */
import { writeFileSync, writeSync } from 'node:fs';
import { writeThroughTemporary } from '../files/write-through-temporary.js';
import { formatGithub } from '../report/format-github.js';
import { writeHtml } from '../report/format-html.js';
import { formatJson, writeJson } from '../report/format-json.js';
import { formatMarkdown } from '../report/format-markdown.js';
import { formatSarif, type SarifRuleInfo } from '../report/format-sarif.js';
import { formatTerminal } from '../report/format-terminal.js';
import type { Report } from '../types.js';
import type { ReportFiles } from './check-plan.js';

/** Every `--format`; anything else is a usage error. */
export const FORMATS = ['terminal', 'json', 'github', 'sarif', 'markdown'] as const;
export type Format = (typeof FORMATS)[number];

/** What the renderings need beyond the report. */
export interface RenderContext {
  color: boolean;
  sarifRules: readonly SarifRuleInfo[];
}

/** The report rendered in one format. */
export function render(report: Report, format: Format, context: RenderContext): string {
  switch (format) {
    case 'json':
      return formatJson(report);
    case 'github':
      return formatGithub(report);
    case 'sarif':
      return formatSarif(report, { rules: context.sarifRules });
    case 'markdown':
      return formatMarkdown(report);
    case 'terminal':
      return formatTerminal(report, { color: context.color });
  }
}

/** Writes every report file named; returns their paths in the order written. */
export function writeReports(report: Report, files: ReportFiles, context: RenderContext): string[] {
  const written: string[] = [];
  for (const kind of ['json', 'html', 'sarif', 'markdown'] as const) {
    const file = files[kind];
    if (!file) continue;
    // The JSON and HTML reports go out in pieces: a large drop's report is never held whole.
    if (kind === 'json') writeAtomically(file, (write, bytes) => writeJson(report, write, bytes));
    else if (kind === 'html') writeAtomically(file, (write) => writeHtml(report, write));
    else writeAtomically(file, render(report, kind, context));
    written.push(file);
  }
  return written;
}

/**
 * Writes to a temporary file and renames it, so a killed run never leaves half a report. The
 * content is a string, or a function that writes it in pieces (text, or UTF-8 bytes).
 */
export function writeAtomically(file: string, content: string | ((write: (piece: string) => void, bytes: (piece: Uint8Array) => void) => void)): void {
  writeThroughTemporary(file, (fd) => {
    if (typeof content === 'string') writeFileSync(fd, content);
    else content(piecesTo(fd), (bytes) => writeAll(fd, bytes));
  });
}

function writeAll(fd: number, bytes: Uint8Array): void {
  for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done);
}

/** Writes pieces of text to a file as UTF-8 through one reused buffer (a piece is at most 3 bytes a character). */
function piecesTo(fd: number): (piece: string) => void {
  let buffer = Buffer.allocUnsafe(0);
  return (piece) => {
    if (buffer.length < piece.length * 3) buffer = Buffer.allocUnsafe(piece.length * 3);
    const length = buffer.write(piece, 0, 'utf8');
    for (let done = 0; done < length; ) done += writeSync(fd, buffer, done, length - done);
  };
}
