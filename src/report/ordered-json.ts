/**
 * Writes a value as JSON with every object's keys in its schema's order: the bytes of
 * `JSON.stringify(orderKeys(value, schema), null, 2)`, produced in pieces as it goes instead of
 * through an ordered copy and one string, so a report of a large drop is never held twice (or at
 * all, when it goes to a file). Like the copy, objects are written through their own keys
 * (an inherited `toJSON`, a date's, is never called) and integer-like keys come first, in ascending
 * order, as they do in any JavaScript object. (An object with a `toJSON` function of its own, which
 * no report holds, would be written through its keys here and through that function by the copy.)
 */
import { isIndexKey, orderKeysMemo, type KeyOrderSchema, type OrderMemo } from './order-keys.js';

/** Receives the JSON text in pieces, in order. */
export type Sink = (piece: string) => void;

/** Receives pieces of the JSON text that were written already (`markWritten`) as UTF-8 bytes. */
export type ByteSink = (piece: Uint8Array) => void;

/**
 * Items of an array whose text is known already: items `from` to `to` (exclusive) as written at
 * `indent` (an item's indent), separated as the writer separates them. The bytes may be read only
 * when written (a function, called once, whose bytes are used at once); when it gives none, the
 * items are written one by one.
 */
export interface WrittenRun {
  from: number;
  to: number;
  bytes: Uint8Array | (() => Uint8Array | undefined);
  indent: string;
}

const written = new WeakMap<readonly unknown[], readonly WrittenRun[]>();

/**
 * Says that runs of `array`'s items are written as these bytes (runs in order, not overlapping):
 * the writer copies them instead of writing the items, when the array stands at their depth. The
 * caller vouches that they are the items' text; the array must not change afterwards.
 */
export function markWritten(array: readonly unknown[], runs: readonly WrittenRun[]): void {
  written.set(array, runs);
}

/**
 * Writes `value` (keys ordered by `schema`) as 2-space indented JSON into `sink`, pieces buffered
 * to about `chunk` characters. Runs of items written already (`markWritten`) go to `bytes` as they
 * are, in their place among the pieces, or to `sink` as text when there is no `bytes`.
 */
export function writeOrderedJson(value: unknown, schema: KeyOrderSchema, sink: Sink, chunk = 1 << 20, bytes?: ByteSink): void {
  const memo = orderKeysMemo(schema);
  let buffer = '';
  const out = (text: string | Uint8Array) => {
    if (typeof text !== 'string') {
      if (buffer.length > 0) sink(buffer);
      buffer = '';
      if (bytes) bytes(text);
      else sink(new TextDecoder().decode(text));
      return;
    }
    buffer += text;
    if (buffer.length >= chunk) {
      sink(buffer);
      buffer = '';
    }
  };
  if (!writeValue(value, schema, memo, '', out)) out('undefined');
  if (buffer.length > 0) sink(buffer);
}

/** Where the writer's pieces go: text, or bytes written already. */
type Out = (piece: string | Uint8Array) => void;

/** Writes one value; false (and nothing written) when JSON has no text for it (undefined, a function, a symbol). */
function writeValue(value: unknown, node: KeyOrderSchema, memo: OrderMemo, indent: string, out: Out): boolean {
  if (value === null) {
    out('null');
    return true;
  }
  switch (typeof value) {
    case 'string':
    case 'number':
    case 'boolean':
      out(JSON.stringify(value));
      return true;
    case 'object':
      break;
    default:
      return false;
  }
  const schema = memo.resolve(node);
  if (native(value, schema, memo, { left: NATIVE_NODES })) {
    // Already in order at every depth: the engine's own writer gives the same text, faster.
    // (JSON text holds no raw line break, so each one starts a line to indent.)
    const text = JSON.stringify(value, null, 2);
    out(indent === '' ? text : text.replaceAll('\n', `\n${indent}`));
    return true;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      out('[]');
      return true;
    }
    const items = typeof schema.items === 'object' ? schema.items : {};
    const runs = written.get(value)?.filter((run) => run.indent === inner && run.to > run.from) ?? [];
    let next = 0;
    out('[');
    for (let i = 0; i < value.length; ) {
      const run = runs[next];
      const known = run && run.from === i ? (typeof run.bytes === 'function' ? run.bytes() : run.bytes) : undefined;
      if (run && run.from === i) next++;
      if (known) {
        out(i === 0 ? `\n${inner}` : `,\n${inner}`);
        out(known);
        i = run!.to;
        continue;
      }
      const batch = nativeRun(value, i, schema, items, memo, run ? run.from : value.length);
      if (batch > 0) {
        // Items i..i+batch are in order already: the engine writes them in one piece.
        out(`${i === 0 ? '' : ','}${nativeItems(value.slice(i, i + batch), indent)}`);
        i += batch;
        continue;
      }
      out(i === 0 ? `\n${inner}` : `,\n${inner}`);
      if (!writeValue(value[i], schema.prefixItems?.[i] ?? items, memo, inner, out)) out('null');
      i++;
    }
    out(`\n${indent}]`);
    return true;
  }
  const record = value as Record<string, unknown>;
  const properties = memo.propertiesOf(schema, record);
  let first = true;
  for (const key of integerKeysFirst(memo.keyOrder(record, properties))) {
    const item = record[key];
    if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
    out(`${first ? '{' : ','}\n${inner}${JSON.stringify(key)}: `);
    first = false;
    writeValue(item, properties[key] ?? {}, memo, inner, out);
  }
  out(first ? '{}' : `\n${indent}}`);
  return true;
}

/** Keys as a JavaScript object built in this order would hold them: array indexes first, ascending. */
function integerKeysFirst(keys: readonly string[]): readonly string[] {
  if (!keys.some(isIndexKey)) return keys;
  const indexes = keys.filter(isIndexKey).sort((a, b) => Number(a) - Number(b));
  return [...indexes, ...keys.filter((key) => !isIndexKey(key))];
}

/**
 * `items` as `JSON.stringify` writes them inside an array at `indent`: `\n` + inner indent +
 * item, joined by commas, without the brackets. The engine indents them itself when the array is
 * put as deep in arrays as `indent` says (a copy with every line break re-indented would cost as
 * much again).
 */
function nativeItems(items: unknown[], indent: string): string {
  const depth = indent.length / 2;
  let wrapped: unknown = items;
  for (let level = 0; level < depth; level++) wrapped = [wrapped];
  const text = JSON.stringify(wrapped, null, 2);
  // Opening: depth + 1 brackets, each but the last followed by a line break and indent.
  let start = 0;
  for (let level = 0; level < depth; level++) start = text.indexOf('[', start + 1);
  // Closing: `\n` + indent + `]` for `items`, then `\n` + (level × 2 spaces) + `]` for each wrapper.
  let closing = 0;
  for (let level = 0; level < depth; level++) closing += 2 + 2 * level;
  return text.slice(start + 1, text.length - closing - indent.length - 2);
}

/**
 * How many items from `from` on (before `limit`) can be written by the engine in one piece: objects or arrays
 * (a string, number or null is as quick either way), each `native`, together within the part's
 * budget; 0 when the item at `from` is not such.
 */
function nativeRun(array: readonly unknown[], from: number, schema: KeyOrderSchema, items: KeyOrderSchema, memo: OrderMemo, limit: number): number {
  const budget = { left: NATIVE_NODES };
  let end = from;
  while (end < limit) {
    const item = array[end];
    if (typeof item !== 'object' || item === null) break;
    const before = budget.left;
    if (!native(item, memo.resolve(schema.prefixItems?.[end] ?? items), memo, budget)) {
      budget.left = before;
      break;
    }
    end++;
  }
  return end - from;
}

/** The most objects and arrays one engine-written part may hold: a part is one string in memory, and the report must never be. */
const NATIVE_NODES = 256;

/**
 * True when `JSON.stringify(value)` writes what the ordered copy would: plain arrays and plain
 * objects (no `toJSON`, which the copy never calls) whose keys are in the schema's order already,
 * at every depth; anything else inside is a string, number, boolean, null or left out alike. Only
 * small parts (at most `budget` objects and arrays) are looked at.
 */
function native(value: object, schema: KeyOrderSchema, memo: OrderMemo, budget: { left: number }): boolean {
  if (--budget.left < 0) return false;
  if (Array.isArray(value)) {
    // An array with items written already is written here, to copy them.
    if (Object.getPrototypeOf(value) !== Array.prototype || written.has(value)) return false;
    const items = typeof schema.items === 'object' ? schema.items : {};
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (typeof item === 'object' && item !== null && !native(item, memo.resolve(schema.prefixItems?.[i] ?? items), memo, budget)) return false;
    }
    return true;
  }
  const prototype: unknown = Object.getPrototypeOf(value);
  if ((prototype !== Object.prototype && prototype !== null) || typeof (value as { toJSON?: unknown }).toJSON === 'function') return false;
  const record = value as Record<string, unknown>;
  const properties = memo.propertiesOf(schema, record);
  if (!memo.inOrder(record, properties)) return false;
  for (const key in record) {
    const item = record[key];
    if (typeof item === 'object' && item !== null && !native(item, memo.resolve(properties[key] ?? {}), memo, budget)) return false;
  }
  return true;
}
