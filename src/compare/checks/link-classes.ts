/**
 * Links claims whose features are the same once, as classes: a drop repeats one figure in the same
 * words many times, and every copy answers every pair test alike. Two claims are linked when the
 * pair test says `always` and they stand in different sentences, or `across` and they come from
 * different sources; the sets are the connected claims, exactly as testing every pair would give,
 * but the tests run once per pair of classes and the unions follow one edge per claim. This holds
 * for tests that link a class with itself at least as strongly as with any class it links
 * (`always` with another means `always` with itself), as the tests in contexts.ts do;
 * test/compare/link-classes.test.ts checks it against testing every pair.
 */
import type { Features } from './contexts.js';

export type Link = 'always' | 'across' | 'never';

interface Class {
  features: Features;
  members: number[];
}

export function linkClasses(features: readonly Features[], test: (a: Features, b: Features) => Link, union: (i: number, j: number) => void): void {
  const classes = classesOf(features);
  const sentence = (i: number) => features[i]!.sentence;
  const source = (i: number) => features[i]!.source;
  for (const cls of classes) {
    const link = test(cls.features, cls.features);
    if (link !== 'never') connect(cls.members, cls.members, link === 'always' ? sentence : source, union);
  }
  for (let x = 0; x < classes.length; x++) {
    for (let y = x + 1; y < classes.length; y++) {
      const [a, b] = [classes[x]!, classes[y]!];
      const link = test(a.features, b.features);
      if (link === 'never') continue;
      const key = link === 'always' ? sentence : source;
      connect(a.members, b.members, key, union);
      connect(b.members, a.members, key, union);
    }
  }
}

/**
 * Joins each claim of `from` to a claim of `to` whose key differs from its own (its sentence, or its
 * source): one edge per claim that has any, which keeps every linked claim in its set.
 */
function connect(from: readonly number[], to: readonly number[], key: (i: number) => string, union: (i: number, j: number) => void): void {
  const first = to[0]!;
  const other = to.find((j) => key(j) !== key(first));
  for (const i of from) {
    const k = key(i);
    const j = key(first) !== k ? first : other !== undefined && key(other) !== k ? other : undefined;
    if (j !== undefined && j !== i) union(i, j);
  }
}

/** Claims with equal features, in the order of their first claim. */
function classesOf(features: readonly Features[]): Class[] {
  const byKey = new Map<string, Class>();
  features.forEach((f, i) => {
    const key = signature(f);
    const found = byKey.get(key);
    if (found) found.members.push(i);
    else byKey.set(key, { features: f, members: [i] });
  });
  return [...byKey.values()];
}

/** What the pair tests read of a claim, apart from its source and sentence. */
function signature(f: Features): string {
  const beside = f.beside.map((c) => JSON.stringify(c.value)).sort();
  return JSON.stringify([f.verb ?? null, [...f.entities].sort(), f.purpose, f.within ?? null, f.among ?? null, f.kind ?? null, f.payer ?? null, f.per ?? null, beside, f.boxed]);
}
