import { describe, expect, it } from 'vitest';
import { isWhitespace, wordCount } from '../../src/ingest/word-count.js';

describe('wordCount', () => {
  it.each([
    ['', 1],
    ['   ', 1],
    ['Qatar', 1],
    ['The bloc has 10 members.', 5],
    ['  two\u00a0 words\n', 2],
    ['zero\u200bwidth joins', 2],
    ['\ufeffBOM then text', 3],
  ])('%j has %i', (text, count) => {
    expect(wordCount(text)).toBe(count);
    expect(wordCount(text)).toBe(text.trim().split(/\s+/).length);
  });

  it('tells whitespace as /\\s/ does, for every UTF-16 unit', () => {
    for (let code = 0; code < 0x10000; code++) expect(isWhitespace(code)).toBe(/\s/.test(String.fromCharCode(code)));
  });
});
