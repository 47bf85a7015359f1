/**
 * The report stage: pure functions from pipeline results to the JSON report and its renderings.
 * Nothing here reads files, the clock, the environment or the terminal; the CLI passes all of that in.
 */
export { buildReport, type BuildReportInput } from './build-report.js';
export { validateReport, reportSchema } from './validate-report.js';
export { formatJson } from './format-json.js';
export { formatTerminal, type TerminalOptions } from './format-terminal.js';
export { formatHtml, CONTENT_SECURITY_POLICY } from './format-html.js';
