import type { Diagnostic } from '../types.js';

type Data = Record<string, string | number>;

/**
 * Every message ingest can give, as a template filled from data: callers name the code and the
 * facts, and the wording lives here once. Messages say what was expected and what was found.
 */
const MESSAGES: Record<string, (d: Data) => string> = {
  undated: () => 'no publication date: no metadata, dateline or date header; relative times stay unresolved',
  'undated-year': (d) =>
    `no publication year: the dateline "${d.dateline}" has no year, and neither a date header nor the text gives one; relative times stay unresolved`,
  'invalid-json': (d) => `invalid JSON: expected ${d.expected}, found ${d.found}`,
  'invalid-json-shape': (d) =>
    `expected a JSON object {title, url, publisher, published, body} or an array of them, found ${d.found}`,
  'invalid-element': (d) => `element #${d.index}: expected an object {title, url, publisher, published, body}, found ${d.found}`,
  'missing-body': (d) => `${d.where}expected "body" to be a non-empty string (paragraphs separated by a blank line), found ${d.found}`,
  'invalid-front-matter': (d) => `invalid YAML front matter: ${d.reason}`,
  'invalid-date': (d) =>
    `${d.where}"${d.field}" must be a date (e.g. 2024-07-01, 2024-07-01T08:30:00Z or July 1, 2024), found ${d.found}`,
  'invalid-field': (d) => `${d.where}"${d.field}" must be a string, found ${d.found}`,
  'invalid-sidecar': (d) => `sidecar ${d.path}: ${d.reason}; its metadata is ignored`,
  unreadable: (d) => `cannot read ${d.path}: ${d.reason}`,
  'unsupported-format': (d) => `unsupported file type "${d.ext}": expected .txt, .md, .json, .html or .htm`,
  'binary-file': (d) => `not a text file: found ${d.found}`,
  'invalid-encoding': (d) =>
    `not valid UTF-8: ${d.count} invalid byte sequence${d.plural} replaced with U+FFFD, the first at byte ${d.byte}`,
  'windows-1252': (d) => `not UTF-8: read as Windows-1252 (the first character outside ASCII, "${d.char}", is byte ${d.byte})`,
  'utf16-without-bom': (d) => `no byte order mark: read as ${d.encoding} from the pattern of its NUL bytes`,
  empty: () => 'no article text left after removing page furniture',
  'empty-file': () => 'empty file (0 bytes): expected an article',
  'too-large': (d) => `skipped: ${d.size} bytes is over the size limit of ${d.limit} bytes (--max-size)`,
  'not-a-file': (d) => `skipped: ${d.path} is ${d.kind}, not a regular file`,
  'symlink-loop': (d) => `cannot read ${d.path}: its symbolic links form a loop`,
  'directory-named-like-source': (d) =>
    `${d.path} is a directory named like a ${d.ext} source and holds no source files; nothing read`,
  'not-english': (d) => `not English (${d.why}); no facts extracted: the extractors read English only`,
};

/** Every code ingest can give (the docs list them all; a test checks). */
export const DIAGNOSTIC_CODES: readonly string[] = Object.keys(MESSAGES);

/** Builds a diagnostic from a message code, its data and an optional place. */
export function diagnostic(
  code: string,
  severity: Diagnostic['severity'],
  data: Data,
  place?: { line: number; column: number },
): Diagnostic {
  const template = MESSAGES[code];
  const message = template ? template(data) : code;
  return { code, severity, message, ...(place ? { line: place.line, column: place.column } : {}) };
}

/** How a found value is shown in a message: `a number (42)`, `"text"`, `nothing`. */
export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value} (${String(value)})`;
}
