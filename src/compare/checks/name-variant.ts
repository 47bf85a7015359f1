/**
 * name-variant: differently written names of one kind of thing (an operation, a drill) that
 * share enough facts around them (time, quantities, participants) to be one thing. A name
 * containing another is never enough on its own ("Steadfast Defender 2024" is one exercise of a series).
 * Pairs come from an index of features (set-join.ts) and of spellings, never from all pairs.
 */
import { sharedFeatures } from '../../extract/features.js';
import { NAME_PARTICLES } from '../../normalize/names.js';
import type { Claim } from '../../types.js';
import { fileOf } from '../describe.js';
import type { Check, Draft } from '../types.js';
import { setJoin } from '../set-join.js';
import { UnionFind } from '../union-find.js';
import { wordDiff } from './word-diff.js';

export const nameVariant: Check = (group, options) => {
  const minEvidence = options.minEvidence ?? 2;
  // Each claim's spelling made once (a cluster of thousands looks at its claims' spellings often).
  const spelled = new Map<Claim, string>();
  const normal = (claim: Claim): string => {
    let written = spelled.get(claim);
    if (written === undefined) spelled.set(claim, (written = spelling(claim)));
    return written;
  };
  const alike = options.ignoreMiddleNames ? sameButMiddleNames : (a: string, b: string) => a === b;
  const features = group.map((c) => (Array.isArray(c.qualifiers.features) ? c.qualifiers.features : []));
  const sets = new UnionFind(group.length);
  /** What linked pairs share, by a member of the pair (a cluster's evidence is what its linked pairs share). */
  const evidence = new Map<number, Set<string>>();
  const record = (i: number, shared: string[]) => {
    const held = evidence.get(i) ?? evidence.set(i, new Set()).get(i)!;
    for (const s of shared) held.add(s);
  };
  // Equal names are one thing, and what they share links them.
  for (const same of classesOf(group.map(normal))) {
    for (const i of same) sets.union(same[0]!, i);
    record(same[0]!, sharedByTwo(same.map((i) => features[i]!)));
  }
  if (options.nested) {
    // Only a name that is another with words left out is linked to it ("… Economic Corridor" / "… Corridor").
    const spellings = classesOf(group.map(normal));
    for (const [x, a] of spellings.entries()) {
      for (const b of spellings.slice(x + 1)) {
        if (!nestedNames(normal(group[a[0]!]!), normal(group[b[0]!]!))) continue;
        for (const i of [...a, ...b]) sets.union(a[0]!, i);
        record(a[0]!, ['one name is the other with words left out']);
      }
    }
  } else if (minEvidence <= 0) {
    // Any shared fact is enough: claims sharing one are linked, through each fact's holders.
    const holders = new Map<string, number[]>();
    features.forEach((fs, i) => fs.forEach((f) => (holders.get(f) ?? holders.set(f, []).get(f)!).push(i)));
    for (const [feature, held] of holders) {
      for (const i of held) sets.union(held[0]!, i);
      if (held.length > 1) record(held[0]!, sharedFeatures([feature], [feature]));
    }
    // With minEvidence 0 the key that grouped them is evidence enough.
    if (minEvidence === 0) group.forEach((_, i) => sets.union(0, i));
  } else {
    // Different names need minEvidence shared facts.
    const join = setJoin(features, () => minEvidence);
    for (const same of join.classes) {
      if (same.length < 2 || features[same[0]!]!.length < minEvidence) continue;
      for (const i of same) sets.union(same[0]!, i);
      record(same[0]!, sharedFeatures(features[same[0]!]!, features[same[0]!]!));
    }
    for (const [a, b] of join.candidates) {
      const shared = sharedFeatures(features[a]!, features[b]!);
      if (shared.length < minEvidence) continue;
      sets.union(a, b);
      record(a, shared);
    }
  }
  const drafts: Draft[] = [];
  for (const cluster of sets.clusters()) {
    const claims = cluster.map((i) => group[i]!);
    const names = [...new Set(claims.map((c) => (c.value.type === 'name' ? c.value.text : '')))];
    const spellings = [...new Set(claims.map(normal))];
    if (spellings.every((a) => spellings.every((b) => alike(a, b)))) continue;
    // A nested name shortened within one article is how it is written, not a variant across sources.
    // (Two claims of different sources and spellings exist exactly when the cluster has two of each:
    // of two claims of different sources, one spells otherwise than a third, or they differ.)
    if (options.nested && (spellings.length < 2 || new Set(claims.map((c) => c.source)).size < 2)) continue;
    // One article that writes both the long name and the short one ("Muan International Airport" …
    // "Muan Airport") shows the short one is how the name is shortened, not another name.
    if (options.nested && writtenTogether(claims, normal)) continue;
    const shared = [...new Set(cluster.flatMap((i) => [...(evidence.get(i) ?? [])]))].sort();
    // With minEvidence 0 the grouping key itself (a spelling-tolerant name key) is what links them.
    const linked = shared.length > 0 ? shared : ['names alike once spelling differences are set aside'];
    const first = claims[0]!;
    const sources = new Set(claims.map((c) => c.source));
    const files = new Map<string, string[]>();
    for (const c of claims) if (c.value.type === 'name') (files.get(c.value.text) ?? files.set(c.value.text, []).get(c.value.text)!).push(fileOf(c));
    drafts.push({
      kind: 'name-variant',
      outcome: 'name-variant',
      confidence: Math.min(0.95, 0.5 + 0.1 * linked.length),
      subject: first.subject.text,
      property: first.property,
      message: `${first.subject.text} is named ${names.map((n) => `"${n}" in ${(files.get(n) ?? []).join(', ')}`).join(' vs ')}${sources.size === 1 ? ' (within one source)' : ''}; linked by ${linked.join(', ')}`,
      linkedBy: linked,
      claims,
      diff: wordDiff(names[0] ?? '', names[1] ?? ''),
    });
  }
  return drafts;
};

/** Whether one source writes every spelling of the cluster. */
function writtenTogether(claims: Claim[], normal: (claim: Claim) => string): boolean {
  const all = new Set(claims.map(normal));
  const bySource = new Map<string, Set<string>>();
  for (const c of claims) (bySource.get(c.source) ?? bySource.set(c.source, new Set()).get(c.source)!).add(normal(c));
  return [...bySource.values()].some((written) => written.size === all.size);
}

/** Case, punctuation and diacritics folded: "Plenković" and "Plenkovic", "Al Jaber" and "al-Jaber" are one spelling. */
function spelling(claim: Claim): string {
  return claim.value.type === 'name' ? claim.value.text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim() : '';
}


/**
 * Two spellings of one name given more or less fully: the shorter is the longer with middle names
 * left out ("sultan al jaber" / "sultan ahmed al jaber"). A dropped particle ("diamantino azevedo" /
 * "diamantino de azevedo") or a middle name spelled otherwise ("michael mousa adamo" / "michael
 * moussa adamo") is a difference.
 */
function sameButMiddleNames(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.split(' ').length <= b.split(' ').length ? [a.split(' '), b.split(' ')] : [b.split(' '), a.split(' ')];
  if (short[0] !== long[0] || short.at(-1) !== long.at(-1)) return false;
  let i = 0;
  for (const [j, word] of long.entries()) {
    if (word === short[i]) i++;
    else if (j === 0 || j === long.length - 1 || NAME_PARTICLES.has(word)) return false;
  }
  return i === short.length;
}

/**
 * Whether the shorter name is the longer with one or two words left out, its first and last
 * words kept: "india middle east europe corridor" in "india middle east europe economic corridor".
 */
function nestedNames(a: string, b: string): boolean {
  const [short, long] = a.split(' ').length <= b.split(' ').length ? [a.split(' '), b.split(' ')] : [b.split(' '), a.split(' ')];
  if (long.length - short.length < 1 || long.length - short.length > 2 || short[0] !== long[0] || short.at(-1) !== long.at(-1)) return false;
  let i = 0;
  for (const word of long) if (word === short[i]) i++;
  return i === short.length;
}

/** Indexes with equal keys, in order of first appearance. */
function classesOf(keys: string[]): number[][] {
  const classes = new Map<string, number[]>();
  keys.forEach((key, i) => (classes.get(key) ?? classes.set(key, []).get(key)!).push(i));
  return [...classes.values()];
}

/** The facts that at least two of the lists hold, as `sharedFeatures` words them. */
function sharedByTwo(lists: string[][]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const list of lists) for (const f of new Set(list)) (seen.has(f) ? twice : seen).add(f);
  const held = [...twice];
  return sharedFeatures(held, held);
}
