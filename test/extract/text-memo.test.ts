import { describe, expect, it } from 'vitest';
import { passageFeatures } from '../../src/extract/features.js';
import { parsedQuantity } from '../../src/extract/parsed-quantity.js';
import { TextMemo, forgetTextMemos } from '../../src/extract/text-memo.js';
import { parseQuantity } from '../../src/normalize/numbers/index.js';

describe('TextMemo: pure steps remembered by their text', () => {
  it('computes a key once and hands out copies', () => {
    let calls = 0;
    const memo = new TextMemo<string[]>((v) => [...v]);
    const first = memo.get('a', () => (calls++, ['x']));
    first.push('changed');
    expect(memo.get('a', () => (calls++, ['y']))).toEqual(['x']);
    expect(calls).toBe(1);
    forgetTextMemos();
    expect(memo.get('a', () => (calls++, ['y']))).toEqual(['y']);
  });

  it('remembers undefined too, and starts again past its size', () => {
    let calls = 0;
    const memo = new TextMemo<number | undefined>((v) => v, 2);
    memo.get('none', () => (calls++, undefined));
    memo.get('none', () => (calls++, undefined));
    expect(calls).toBe(1);
    memo.get('b', () => 2);
    memo.get('c', () => 3);
    memo.get('none', () => (calls++, undefined));
    expect(calls).toBe(2);
  });

  it.each(['nearly 10 tons of narcotic drugs', 'US$890 billion', 'more than 600', 'the summit'])('parsedQuantity(%j) is parseQuantity', (text) => {
    expect(parsedQuantity(text)).toEqual(parseQuantity(text));
    expect(parsedQuantity(text)).toEqual(parseQuantity(text));
  });

  it('gives the same features for a repeated passage, whatever a caller did with the first', () => {
    const text = 'Police in France seized 12 tons of narcotics in March 2024.';
    const first = passageFeatures(text, '2024-04-01', ['Police']);
    const copy = [...first];
    first.length = 0;
    expect(passageFeatures(text, '2024-04-01', ['Police'])).toEqual(copy);
    expect(passageFeatures(text, undefined, [])).not.toEqual([]);
  });
});
