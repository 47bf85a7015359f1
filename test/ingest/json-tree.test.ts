import { describe, expect, it } from 'vitest';
import { JsonSyntaxError, parseJsonTree } from '../../src/ingest/json-tree.js';

describe('parseJsonTree', () => {
  it('keeps the position of every value', () => {
    const tree = parseJsonTree('{"a": ["x\\ny", 2, true, null]}');
    expect(tree).toMatchObject({
      type: 'object',
      entries: [{ key: 'a', value: { type: 'array', start: 6, items: [{ type: 'string', value: 'x\ny', start: 7, end: 13 }, { value: 2 }, { value: true }, { type: 'null' }] } }],
    });
  });

  it.each([
    ['{"a": 1,}', 8, 'a property name in double quotes', '"}"'],
    ['{"a" 1}', 5, "':' after the property name", '"1"'],
    ['[1 2]', 3, "',' or ']' after an array element", '"2"'],
    ['"abc', 4, 'a closing \'"\'', 'end of input'],
    ['{"a": 1} x', 9, 'end of input after the top-level value', '"x"'],
    ['', 0, 'a value (object, array, string, number, true, false or null)', 'end of input'],
    ['['.repeat(300), 256, 'at most 256 levels of nesting', '"["'],
  ])('%j fails at %i', (text, offset, expected, found) => {
    let error: unknown;
    try {
      parseJsonTree(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(JsonSyntaxError);
    expect(error).toMatchObject({ offset, expected, found });
  });
});
