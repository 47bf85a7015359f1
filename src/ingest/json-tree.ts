/**
 * A small JSON parser that keeps positions, so that JSON sources can map body paragraphs back
 * to the file and report syntax errors at a line and column (`JSON.parse` gives neither).
 */

/** A parsed JSON value with its `[start, end)` offsets in the text. */
export type JsonNode =
  | { type: 'object'; start: number; end: number; entries: JsonEntry[] }
  | { type: 'array'; start: number; end: number; items: JsonNode[] }
  | { type: 'string'; start: number; end: number; value: string }
  | { type: 'number'; start: number; end: number; value: number }
  | { type: 'boolean'; start: number; end: number; value: boolean }
  | { type: 'null'; start: number; end: number };

/** One `"key": value` member of an object. */
export interface JsonEntry {
  key: string;
  value: JsonNode;
}

/** A syntax error: where, what was expected and what was found. */
export class JsonSyntaxError extends Error {
  constructor(
    readonly offset: number,
    readonly expected: string,
    readonly found: string,
  ) {
    super(`expected ${expected}, found ${found}`);
    this.name = 'JsonSyntaxError';
  }
}

const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
/** Deeper nesting is refused rather than overflowing the stack. */
const MAX_DEPTH = 256;
const LITERALS: ReadonlyArray<[string, JsonNode['type'], boolean | null]> = [['true', 'boolean', true], ['false', 'boolean', false], ['null', 'null', null]];

/** Parses JSON text into a positioned tree; throws `JsonSyntaxError`. */
export function parseJsonTree(text: string): JsonNode {
  let pos = 0;
  let depth = 0;
  const found = () => (pos >= text.length ? 'end of input' : JSON.stringify(text[pos]));
  const fail = (expected: string): never => {
    throw new JsonSyntaxError(pos, expected, found());
  };
  const ws = () => {
    while (pos < text.length && ' \t\n\r'.includes(text[pos] as string)) pos++;
  };
  const expect = (ch: string, expected: string) => {
    ws();
    if (text[pos] !== ch) fail(expected);
    pos++;
  };

  function string(): Extract<JsonNode, { type: 'string' }> {
    const start = pos;
    if (text[pos] !== '"') fail('a string in double quotes');
    pos++;
    let value = '';
    for (;;) {
      const ch = text[pos];
      if (ch === undefined) fail('a closing \'"\'');
      if (ch === '"') break;
      if (ch !== undefined && ch < ' ') fail('an escaped control character (e.g. \\n)');
      if (ch === '\\') {
        const esc = text[pos + 1] ?? '';
        if (esc === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(pos + 2, pos + 6))) {
          value += String.fromCharCode(parseInt(text.slice(pos + 2, pos + 6), 16));
          pos += 6;
          continue;
        }
        pos++;
        const decoded = ESCAPES[esc];
        if (decoded === undefined) fail('a valid escape (\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)');
        value += decoded;
        pos++;
        continue;
      }
      value += ch;
      pos++;
    }
    pos++;
    return { type: 'string', start, end: pos, value };
  }

  function value(): JsonNode {
    ws();
    const start = pos;
    const ch = text[pos];
    if (ch === '"') return string();
    if ((ch === '{' || ch === '[') && ++depth > MAX_DEPTH) fail(`at most ${MAX_DEPTH} levels of nesting`);
    if (ch === '{') return object();
    if (ch === '[') return array();
    NUMBER.lastIndex = pos;
    const num = NUMBER.exec(text);
    if (num) {
      pos += num[0].length;
      return { type: 'number', start, end: pos, value: Number(num[0]) };
    }
    for (const [word, type, literal] of LITERALS) {
      if (!text.startsWith(word, pos)) continue;
      pos += word.length;
      return type === 'null' ? { type, start, end: pos } : { type: 'boolean', start, end: pos, value: literal === true };
    }
    return fail('a value (object, array, string, number, true, false or null)');
  }

  function close(node: JsonNode): JsonNode {
    depth--;
    return node;
  }

  function object(): JsonNode {
    const start = pos++;
    const entries: JsonEntry[] = [];
    ws();
    if (text[pos] === '}') return close({ type: 'object', start, end: ++pos, entries });
    for (;;) {
      ws();
      if (text[pos] !== '"') fail('a property name in double quotes');
      const key = string().value;
      expect(':', "':' after the property name");
      entries.push({ key, value: value() });
      ws();
      if (text[pos] === '}') return close({ type: 'object', start, end: ++pos, entries });
      expect(',', "',' or '}' after a property value");
    }
  }

  function array(): JsonNode {
    const start = pos++;
    const items: JsonNode[] = [];
    ws();
    if (text[pos] === ']') return close({ type: 'array', start, end: ++pos, items });
    for (;;) {
      items.push(value());
      ws();
      if (text[pos] === ']') return close({ type: 'array', start, end: ++pos, items });
      expect(',', "',' or ']' after an array element");
    }
  }

  const root = value();
  ws();
  if (pos < text.length) fail('end of input after the top-level value');
  return root;
}
