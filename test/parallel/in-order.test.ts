import { describe, expect, it } from 'vitest';
import { InOrder } from '../../src/parallel/in-order.js';

describe('InOrder', () => {
  it('hands values on in position order, each once, as soon as every earlier one is in', () => {
    const taken: Array<[number, string]> = [];
    const order = new InOrder<string>((at, value) => taken.push([at, value]));
    order.give(2, 'c');
    order.give(1, 'b');
    expect(taken).toEqual([]);
    order.give(0, 'a');
    expect(taken).toEqual([[0, 'a'], [1, 'b'], [2, 'c']]);
    order.give(1, 'again');
    order.give(4, 'e');
    expect(order.handed).toBe(3);
    order.give(3, 'd');
    expect(taken.map(([at]) => at)).toEqual([0, 1, 2, 3, 4]);
    expect(order.handed).toBe(5);
  });
});
