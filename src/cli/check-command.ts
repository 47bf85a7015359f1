/**
 * `factdiff check [paths…]`: runs the kernel and writes what was asked for. With no paths it
 * checks `sources/` and writes `reports/report.json` and `reports/report.html`.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { UsageError } from '../errors/index.js';
import { check } from '../index.js';
import { formatHtml } from '../report/format-html.js';
import { formatJson } from '../report/format-json.js';
import { formatTerminal } from '../report/format-terminal.js';
import { loadRules } from '../rules/load-rules.js';
import { exitCodeFor, type FailOn } from './exit-code.js';

export interface CheckFlags {
  rules?: string[];
  json?: string;
  html?: string;
  format: string;
  baseline?: string;
  failOn: string;
}

const FORMATS = ['terminal', 'json'];
const LATER_FORMATS = ['github', 'sarif'];
const FAIL_LEVELS = ['error', 'warning', 'info', 'never'];

export async function runCheck(paths: string[], flags: CheckFlags, tool: { name: string; version: string }, io: { stdout: (s: string) => void; stderr: (s: string) => void; color: boolean }): Promise<number> {
  if (LATER_FORMATS.includes(flags.format)) throw new UsageError(`--format ${flags.format} is not supported yet (use terminal or json)`);
  if (!FORMATS.includes(flags.format)) throw new UsageError(`--format must be one of ${[...FORMATS, ...LATER_FORMATS].join(', ')}, got '${flags.format}'`);
  if (flags.baseline !== undefined) throw new UsageError('--baseline is not supported yet');
  if (!FAIL_LEVELS.includes(flags.failOn)) throw new UsageError(`--fail-on must be one of ${FAIL_LEVELS.join(', ')}, got '${flags.failOn}'`);
  const defaults = paths.length === 0;
  const rules = loadRules(flags.rules && flags.rules.length > 0 ? flags.rules : ['rules']);
  const report = await check({ paths: defaults ? ['sources'] : paths, rules, tool, generatedAt: new Date().toISOString() });
  if (report.sources.every((s) => s.publishedFrom === 'unreadable')) {
    io.stderr(`factdiff: no readable source in ${defaults ? 'sources/' : paths.join(', ')}\n`);
    return 2;
  }
  const json = flags.json ?? (defaults ? 'reports/report.json' : undefined);
  const html = flags.html ?? (defaults ? 'reports/report.html' : undefined);
  if (json) writeAtomically(json, formatJson(report));
  if (html) writeAtomically(html, formatHtml(report));
  if (flags.format === 'json') io.stdout(formatJson(report));
  else {
    io.stdout(formatTerminal(report, { color: io.color }));
    for (const file of [json, html].filter(Boolean)) io.stdout(`report written to ${file}\n`);
  }
  return exitCodeFor(report, flags.failOn as FailOn);
}

/** Writes to a temporary file and renames it, so a killed run never leaves half a report. */
function writeAtomically(file: string, content: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, content);
  renameSync(temporary, file);
}
