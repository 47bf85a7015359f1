/**
 * Where a JSON Schema error's path points in a YAML (or JSON) file: the offset of the deepest node
 * on the path that exists, or of its key when the error is about the key itself (an unknown
 * property, or, with `containerAtKey`, a whole map or list). Rule files, the config, reviews and verified facts all report `file:line:col` with it.
 */
import { isMap, isSeq, type Document, type LineCounter } from 'yaml';

export function offsetInDocument(doc: Document, path: string[], atKey: boolean, { containerAtKey = false } = {}): number {
  let node: unknown = doc.contents;
  let offset = rangeStart(node) ?? 0;
  for (const [depth, key] of path.entries()) {
    if (isMap(node)) {
      const pair = node.items.find((item) => String((item.key as { value?: unknown })?.value ?? item.key) === key);
      if (!pair) break;
      offset = rangeStart(pair.key) ?? offset;
      if (atKey && depth === path.length - 1) break;
      // With containerAtKey, an error about a whole map or list points at its key.
      if (containerAtKey && depth === path.length - 1 && (isMap(pair.value) || isSeq(pair.value))) break;
      node = pair.value;
      offset = rangeStart(node) ?? offset;
    } else if (isSeq(node)) {
      node = node.items[Number(key)];
      offset = rangeStart(node) ?? offset;
    } else break;
  }
  return offset;
}

/** The 1-based line and column of an offset. */
export function placeOfOffset(lines: LineCounter, offset: number): { line: number; column: number } {
  const { line, col } = lines.linePos(offset);
  return { line, column: col };
}

function rangeStart(node: unknown): number | undefined {
  return (node as { range?: [number, number, number] } | null)?.range?.[0];
}
