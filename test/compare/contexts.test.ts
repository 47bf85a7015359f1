import { describe, expect, it } from 'vitest';
import { sameContexts } from '../../src/compare/checks/contexts.js';
import type { Claim } from '../../src/types.js';
import { claim, day } from '../support/claims.js';

const qty = (source: string, amount: number, verb: string | undefined, entities: string[], offset?: number) => {
  const c = claim(source, { type: 'quantity', amount, unit: 'USD' }, day('2024-01-01'), { property: 'quantity', qualifiers: { ...(verb ? { verb } : {}), entities } });
  return offset === undefined ? c : { ...c, evidence: { ...c.evidence, offset } };
};
const sizes = (claims: Claim[]) => sameContexts(claims).map((set) => set.length).sort();

describe('sameContexts', () => {
  it.each<[string, Claim[], number[]]>([
    ['same verb, a shared entity: one context', [qty('a', 1, 'seize', ['Interpol']), qty('b', 2, 'seize', ['Interpol'])], [2]],
    ['same verb, no entities on either side: one context', [qty('a', 1, 'seize', []), qty('b', 2, 'seize', [])], [2]],
    ['one shared name and different verbs: two contexts (trade with two regions)', [qty('a', 1, 'hit', ['Paris', 'Africa']), qty('b', 2, 'reach', ['Paris', 'Asia'])], [1, 1]],
    ['two shared names: one context', [qty('a', 1, 'hit', ['Paris', 'Africa']), qty('b', 2, 'reach', ['Paris', 'Africa'])], [2]],
    ['one sentence: never one context', [qty('a', 40, 'hold', ['Acme'], 5), qty('a', 60, 'hold', ['Acme'], 5)], [1, 1]],
  ])('%s', (_name, claims, expected) => {
    expect(sizes(claims)).toEqual(expected);
  });
});
