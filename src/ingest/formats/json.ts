import type { Diagnostic } from '../../types.js';
import { align } from '../align.js';
import { describe, diagnostic } from '../diagnostics.js';
import type { Block, Draft } from '../draft.js';
import { parseJsonTree, JsonSyntaxError, type JsonNode } from '../json-tree.js';
import { lineColumn } from '../lines.js';
import { collapseWhitespace, slice, type MappedText } from '../mapped-text.js';
import { fieldOf, readMetaFields, type FieldValue } from '../meta-fields.js';

/** One article of a JSON file (`index` set when the file holds an array). */
export interface JsonItem {
  index?: number;
  draft?: Draft;
  /** Why this element could not be read. */
  diagnostics: Diagnostic[];
}

/**
 * Reads a JSON drop: an object `{title, url, publisher, published, body}` or an array of them.
 * Invalid JSON fails the file with a line:column; a bad element fails only that element.
 */
export function readJson(fileText: string, lineStarts: readonly number[]): JsonItem[] {
  const at = (offset: number) => lineColumn(lineStarts, offset);
  let root: JsonNode;
  try {
    root = parseJsonTree(fileText);
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    const data = { expected: error.expected, found: error.found };
    return [{ diagnostics: [diagnostic('invalid-json', 'error', data, at(error.offset))] }];
  }
  if (root.type === 'object') return [readArticle(fileText, root, at)];
  if (root.type !== 'array') {
    return [{ diagnostics: [diagnostic('invalid-json-shape', 'error', { found: describe(plain(root)) }, at(root.start))] }];
  }
  return root.items.map((item, index) =>
    item.type === 'object'
      ? { ...readArticle(fileText, item, at, index), index }
      : { index, diagnostics: [diagnostic('invalid-element', 'error', { index, found: describe(plain(item)) }, at(item.start))] },
  );
}

type At = (offset: number) => { line: number; column: number };

function readArticle(fileText: string, node: Extract<JsonNode, { type: 'object' }>, at: At, index?: number): JsonItem {
  const where = index === undefined ? '' : `element #${index}: `;
  const fields = new Map<string, FieldValue>(node.entries.map((e) => [e.key, { value: plain(e.value), place: at(e.value.start) }]));
  const body = fieldOf(new Map(node.entries.map((e) => [e.key, e.value])), 'body')?.entry;
  if (body?.type !== 'string' || body.value.trim() === '') {
    const found = describe(body ? plain(body) : undefined);
    return { diagnostics: [diagnostic('missing-body', 'error', { where, found }, at(body?.start ?? node.start))] };
  }
  const { meta, diagnostics } = readMetaFields(fields, where);
  const title = node.entries.find((e) => e.key === 'title')?.value;
  const blocks: Block[] = [
    ...(title?.type === 'string' && title.value.trim() ? [{ content: collapseWhitespace(stringText(fileText, title)), kind: 'headline' as const }] : []),
    ...paragraphs(stringText(fileText, body)).map((content) => ({ content })),
  ];
  return { diagnostics: [], draft: { blocks, meta, diagnostics, guessHeadline: false, guessSubheads: true } };
}

/** A JSON string's decoded value mapped onto the characters between its quotes. */
function stringText(fileText: string, node: Extract<JsonNode, { type: 'string' }>): MappedText {
  return align(node.value, fileText, node.start + 1, node.end - 1);
}

/** Splits a body at blank lines; lines inside a paragraph are joined by a space. */
function paragraphs(body: MappedText): MappedText[] {
  const result: MappedText[] = [];
  let start = 0;
  for (const m of body.text.matchAll(/\n[ \t]*\n\s*/g)) {
    result.push(slice(body, start, m.index));
    start = m.index + m[0].length;
  }
  result.push(slice(body, start));
  return result.map(collapseWhitespace).filter((p) => p.text.length > 0);
}

/** The plain JavaScript value of a node (for messages and metadata). */
function plain(node: JsonNode): unknown {
  switch (node.type) {
    case 'object':
      return Object.fromEntries(node.entries.map((e) => [e.key, plain(e.value)]));
    case 'array':
      return node.items.map(plain);
    case 'null':
      return null;
    default:
      return node.value;
  }
}
