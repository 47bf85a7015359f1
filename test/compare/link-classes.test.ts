import { describe, expect, it } from 'vitest';
import type { Features } from '../../src/compare/checks/contexts.js';
import { linkClasses, type Link } from '../../src/compare/checks/link-classes.js';
import { UnionFind } from '../../src/compare/union-find.js';
import { random } from '../../bench/generate.js';

const pick = <T>(next: () => number, items: readonly T[]): T => items[Math.floor(next() * items.length)]!;

function drop(next: () => number, n: number): Features[] {
  return Array.from({ length: n }, () => {
    const source = pick(next, ['a', 'b', 'c']);
    return {
      source,
      sentence: `${source}\0${pick(next, [1, 2, 3])}`,
      verb: pick(next, ['seize', 'hold', undefined]),
      entities: new Set(pick(next, [[], ['Paris'], ['Paris', 'Africa']])),
      purpose: pick(next, [[], ['olympic'], ['paralympic']]),
      within: pick(next, [undefined, undefined, 'gansu']),
      among: pick(next, [undefined, undefined, 'egyptian']),
      kind: pick(next, [undefined, undefined, 'freight']),
      payer: pick(next, [undefined, undefined, 'car']),
      per: pick(next, [undefined, undefined, 'year']),
      beside: [],
      boxed: pick(next, [false, false, true]),
    };
  });
}

/** A test shaped like the real one: vetoes, links that hold always, links that need two sources. */
function test(a: Features, b: Features): Link {
  if (a.within !== b.within || a.per !== b.per || (a.purpose.length > 0 && b.purpose.length > 0 && a.purpose[0] !== b.purpose[0])) return 'never';
  if (a.purpose.length > 0 && a.purpose[0] === b.purpose[0]) return 'always';
  if ((a.boxed || b.boxed) && a.verb !== undefined && a.verb === b.verb) return 'always';
  if (a.verb !== undefined && a.verb === b.verb && [...a.entities].some((e) => b.entities.has(e))) return 'always';
  return a.verb !== undefined && a.verb === b.verb ? 'across' : 'never';
}

function partition(n: number, link: (union: (i: number, j: number) => void) => void): string {
  const sets = new UnionFind(n);
  link((i, j) => sets.union(i, j));
  return JSON.stringify(Array.from({ length: n }, (_, i) => sets.find(i)).map((root, _i, roots) => roots.indexOf(root)));
}

describe('linkClasses', () => {
  it('gives the sets that testing every pair gives, on 300 random drops with many repeated claims', () => {
    const next = random(20261124);
    for (let round = 0; round < 300; round++) {
      const features = drop(next, 2 + Math.floor(next() * 30));
      const everyPair = partition(features.length, (union) => {
        for (let i = 0; i < features.length; i++) {
          for (let j = i + 1; j < features.length; j++) {
            const [a, b] = [features[i]!, features[j]!];
            if (a.sentence === b.sentence) continue;
            const link = test(a, b);
            if (link === 'always' || (link === 'across' && a.source !== b.source)) union(i, j);
          }
        }
      });
      expect(partition(features.length, (union) => linkClasses(features, test, union))).toBe(everyPair);
    }
  });
});
