import { isMap, isPair, isScalar, LineCounter, parseDocument } from 'yaml';
import type { Diagnostic } from '../types.js';
import { decode } from './decode.js';
import { describe, diagnostic } from './diagnostics.js';
import type { Meta } from './draft.js';
import { JsonSyntaxError, parseJsonTree, type JsonNode } from './json-tree.js';
import { lineColumn, lineStartsOf } from './lines.js';
import { readMetaFields, type FieldValue } from './meta-fields.js';

/** A `NAME.meta.json` / `NAME.meta.yaml` file beside a source. */
export interface SidecarFile {
  path: string;
  bytes: Uint8Array;
}

type Place = { line: number; column: number };

/**
 * Reads a sidecar's metadata fields. Problems are diagnostics of the source it belongs to; as
 * their line and column are in the sidecar, not in the source, they are written into the message
 * (`a.meta.json:3:14: ...`) instead of the diagnostic's place.
 */
export function readSidecar(sidecar: SidecarFile): { meta: Meta; diagnostics: Diagnostic[] } {
  const path = sidecar.path.replace(/\\/g, '/');
  const invalid = (reason: string, place?: Place) =>
    ({ meta: {}, diagnostics: [diagnostic('invalid-sidecar', 'warning', { path: at(path, place), reason })] });
  const decoded = decode(sidecar.bytes);
  if ('error' in decoded) return invalid(decoded.error.message);
  const parsed = /\.json$/i.test(path) ? jsonFields(decoded.text) : yamlFields(decoded.text);
  if ('reason' in parsed) return invalid(parsed.reason, parsed.place);
  const { meta, diagnostics } = readMetaFields(parsed.fields);
  const moved = diagnostics.map(({ line, column, ...rest }) => ({
    ...rest,
    message: `sidecar ${at(path, line && column ? { line, column } : undefined)}: ${rest.message}`,
  }));
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (meta.publishedEvidence) meta.publishedEvidence = `${name}: ${meta.publishedEvidence}`;
  return { meta, diagnostics: moved };
}

function at(path: string, place?: Place): string {
  return place ? `${path}:${place.line}:${place.column}` : path;
}

type Parsed = { fields: Map<string, FieldValue> } | { reason: string; place?: Place };

function jsonFields(text: string): Parsed {
  const lineStarts = lineStartsOf(text);
  try {
    const root = parseJsonTree(text);
    if (root.type !== 'object') return { reason: `expected a JSON object of metadata fields, found ${describe(nodeValue(root))}` };
    return { fields: new Map(root.entries.map((e) => [e.key, { value: nodeValue(e.value), place: lineColumn(lineStarts, e.value.start) }])) };
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    return { reason: `invalid JSON: expected ${error.expected}, found ${error.found}`, place: lineColumn(lineStarts, error.offset) };
  }
}

/** A scalar's value; objects and arrays only as their shape (enough for "must be a string"). */
function nodeValue(node: JsonNode): unknown {
  return 'value' in node ? node.value : node.type === 'null' ? null : node.type === 'array' ? [] : {};
}

function yamlFields(text: string): Parsed {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  const place = (offset: number) => {
    const { line, col } = counter.linePos(offset);
    return { line, column: col };
  };
  const error = doc.errors[0];
  if (error) return { reason: `invalid YAML: ${error.message.split('\n')[0]}`, place: place(error.pos[0]) };
  if (!isMap(doc.contents)) return { reason: 'expected a YAML mapping of metadata fields' };
  const fields = new Map<string, FieldValue>();
  for (const pair of doc.contents.items) {
    if (!isPair(pair) || !isScalar(pair.key)) continue;
    const value = isScalar(pair.value) ? pair.value.value : pair.value?.toJSON();
    const range = pair.value && 'range' in pair.value ? pair.value.range : undefined;
    fields.set(String(pair.key.value), { value, ...(range ? { place: place(range[0]) } : {}) });
  }
  return { fields };
}
