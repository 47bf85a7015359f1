/**
 * The JSON report written in pieces gives the bytes of `JSON.stringify(orderKeys(value, schema), null, 2)`,
 * whatever the value holds: nested objects, arrays, holes, undefined, functions, integer-like keys,
 * strings that need escaping, and any piece size.
 */
import { describe, expect, it } from 'vitest';
import { orderKeys, type KeyOrderSchema } from '../../src/report/order-keys.js';
import { markWritten, writeOrderedJson } from '../../src/report/ordered-json.js';

const schema: KeyOrderSchema = {
  $defs: {
    item: { properties: { z: {}, a: {}, nested: { $ref: '#/$defs/item' } } },
    tagged: { oneOf: [{ properties: { type: { const: 'x' }, b: {}, a: {} } }, { properties: { type: { const: 'y' }, a: {}, b: {} } }] },
  },
  properties: { title: {}, items: { items: { $ref: '#/$defs/item' } }, pair: { prefixItems: [{ $ref: '#/$defs/item' }, {}] }, tagged: { items: { $ref: '#/$defs/tagged' } } },
};

function written(value: unknown, chunk?: number): string {
  const pieces: string[] = [];
  writeOrderedJson(value, schema, (piece) => pieces.push(piece), chunk);
  return pieces.join('');
}

const values: Array<[string, unknown]> = [
  ['a plain report-like value', { items: [{ a: 1, z: 2, other: 'x', nested: { a: [], z: {} } }], title: 'T', extra: null }],
  ['integer-like keys', { b: 1, 10: 'ten', 2: 'two', a: { 1: true, x: false } }],
  ['undefined, functions and holes', { a: undefined, f: () => 1, items: [undefined, () => 2, , 3] }],
  ['escapes and odd numbers', { title: 'quote " back\\slash \n tab\t \u2028 \ud800 “curly”', n: [-0, 1e21, 0.1, Number.NaN, Number.POSITIVE_INFINITY] }],
  ['tagged branches and prefix items', { tagged: [{ a: 1, b: 2, type: 'x' }, { b: 2, a: 1, type: 'y' }, { a: 0, type: 'none' }], pair: [{ nested: { z: 1, a: 2 }, z: 0 }, { b: 1, a: 2 }] }],
  ['empty containers and scalars at the top', [[], {}, 'x', 1, true, null]],
  ['parts already in order (written by the engine)', { title: 'T', items: [{ z: 1, a: 'x\ny', nested: { z: [1, { q: [] }], a: {} }, other: undefined }, { z: null }] }],
  ['a date (its inherited toJSON never called)', { items: [{ z: 1 }, new Date(0)] }],
  ['long runs of items in order, broken by others, at several depths', { title: [[[{ z: 1 }, { z: 2, a: [[]] }], []]], items: Array.from({ length: 700 }, (_, i) => (i % 97 === 5 ? { a: i, z: i } : i % 89 === 7 ? 'text' : { z: i, a: [i, { x: 'é\n' }], nested: { z: null } })), pair: [{ z: 1 }, [{ b: 1 }, { b: 2 }]] }],
  ['a long array of arrays at the top', Array.from({ length: 400 }, (_, i) => [{ i }, [i, [{ j: i }]]])],
  ['an object without a prototype', { items: [Object.assign(Object.create(null) as object, { z: 1, a: 2 })] }],
];

describe('writeOrderedJson', () => {
  it.each(values)('writes %s as JSON.stringify of the ordered copy', (_, value) => {
    const expected = JSON.stringify(orderKeys(value, schema), null, 2);
    expect(written(value)).toBe(expected);
    expect(written(value, 1)).toBe(expected);
  });

  it('sends pieces of about the size asked', () => {
    const pieces: string[] = [];
    const value = { items: Array.from({ length: 2000 }, (_, i) => ({ a: i, z: 'word '.repeat(20) })) };
    writeOrderedJson(value, schema, (piece) => pieces.push(piece), 10_000);
    expect(pieces.length).toBeGreaterThan(10);
    expect(pieces.slice(0, -1).every((piece) => piece.length >= 10_000 && piece.length < 11_000)).toBe(true);
  });
});

describe('writeOrderedJson with runs of items written already', () => {
  const value = { title: 'T', items: Array.from({ length: 600 }, (_, i) => ({ z: i, a: [i, { x: 'é\n' }] })) };
  const expected = JSON.stringify(orderKeys(value, schema), null, 2);
  /** The text of items `from` to `to` as the writer puts them at an item's depth (4 spaces here), separated as it does. */
  const textOf = (from: number, to: number) => value.items.slice(from, to).map((item) => JSON.stringify(orderKeys(item, schema.$defs!.item!), null, 2).replaceAll('\n', '\n    ')).join(',\n    ');

  function writtenWithRuns(runs: Array<{ from: number; to: number; text?: string; indent?: string }>, withBytes: boolean): { text: string; copied: number } {
    const copy = { ...value, items: [...value.items] };
    markWritten(copy.items, runs.map(({ from, to, text, indent }) => ({ from, to, bytes: Buffer.from(text ?? textOf(from, to)), indent: indent ?? '    ' })));
    const pieces: string[] = [];
    let copied = 0;
    const bytes = withBytes
      ? (piece: Uint8Array) => {
          copied += piece.length;
          pieces.push(Buffer.from(piece).toString('utf8'));
        }
      : undefined;
    writeOrderedJson(copy, schema, (piece) => pieces.push(piece), 1000, bytes);
    return { text: pieces.join(''), copied };
  }

  it('copies the runs in their place, as bytes or as text, and writes the other items', () => {
    const runs = [{ from: 0, to: 3 }, { from: 10, to: 300 }, { from: 300, to: 301 }, { from: 599, to: 600 }];
    const asBytes = writtenWithRuns(runs, true);
    expect(asBytes.text).toBe(expected);
    expect(asBytes.copied).toBe(runs.reduce((sum, run) => sum + Buffer.byteLength(textOf(run.from, run.to)), 0));
    expect(writtenWithRuns(runs, false).text).toBe(expected);
  });

  it('uses the given bytes, not the items: the caller vouches for them', () => {
    expect(writtenWithRuns([{ from: 1, to: 2, text: textOf(2, 3) }], true).text).not.toBe(expected);
  });

  it('reads the bytes of a run given as a reader only as it writes them, and writes the items when it gives none', () => {
    const copy = { ...value, items: [...value.items] };
    const read: number[] = [];
    const reader = (from: number, to: number, give: boolean) => () => (read.push(from), give ? Buffer.from(textOf(from, to)) : undefined);
    markWritten(copy.items, [
      { from: 0, to: 3, bytes: reader(0, 3, true), indent: '    ' },
      { from: 5, to: 9, bytes: reader(5, 9, false), indent: '    ' },
      { from: 9, to: 12, bytes: reader(9, 12, true), indent: '    ' },
    ]);
    expect(read).toEqual([]);
    let copied = 0;
    const pieces: string[] = [];
    writeOrderedJson(copy, schema, (piece) => pieces.push(piece), 1000, (piece) => {
      copied += piece.length;
      pieces.push(Buffer.from(piece).toString('utf8'));
    });
    expect(pieces.join('')).toBe(expected);
    expect(read).toEqual([0, 5, 9]);
    expect(copied).toBe(Buffer.byteLength(textOf(0, 3)) + Buffer.byteLength(textOf(9, 12)));
  });

  it('ignores runs made for another depth, and empty ones', () => {
    const { text, copied } = writtenWithRuns([{ from: 0, to: 5, indent: '  ' }, { from: 6, to: 6, text: 'x' }], true);
    expect(text).toBe(expected);
    expect(copied).toBe(0);
  });
});
