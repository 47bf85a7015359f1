/**
 * name-variant: differently written names of one kind of thing (an operation, a drill) that
 * share enough facts around them (time, quantities, participants) to be one thing. A name
 * containing another is never enough on its own ("Steadfast Defender 2024" is one exercise of a series).
 */
import { sharedFeatures } from '../../extract/features.js';
import type { Claim } from '../../types.js';
import { fileOf } from '../describe.js';
import type { Check, Draft } from '../types.js';
import { UnionFind } from '../union-find.js';
import { wordDiff } from './word-diff.js';

export const nameVariant: Check = (group, options) => {
  const minEvidence = options.minEvidence ?? 2;
  const features = group.map((c) => (Array.isArray(c.qualifiers.features) ? c.qualifiers.features : []));
  const sets = new UnionFind(group.length);
  const evidence = new Map<number, Set<string>>();
  // Candidate pairs come from an index of features, never from all pairs of the corpus.
  const index = new Map<string, number[]>();
  features.forEach((fs, i) => fs.forEach((f) => index.set(f, [...(index.get(f) ?? []), i])));
  const candidates = new Set<string>();
  for (const members of index.values()) for (const a of members) for (const b of members) if (a < b) candidates.add(`${a},${b}`);
  for (const pair of [...candidates].sort()) {
    const [a, b] = pair.split(',').map(Number) as [number, number];
    const shared = sharedFeatures(features[a]!, features[b]!);
    if (shared.length < minEvidence && normal(group[a]!) !== normal(group[b]!)) continue;
    sets.union(a, b);
    const root = Math.min(a, b);
    evidence.set(root, new Set([...(evidence.get(root) ?? []), ...shared]));
  }
  // Equal names are one thing; with minEvidence 0 the key that grouped them is evidence enough.
  group.forEach((c, i) => group.forEach((d, j) => i < j && (minEvidence === 0 || normal(c) === normal(d)) && sets.union(i, j)));
  const drafts: Draft[] = [];
  for (const cluster of sets.clusters()) {
    const claims = cluster.map((i) => group[i]!);
    const names = [...new Set(claims.map((c) => (c.value.type === 'name' ? c.value.text : '')))];
    if (new Set(claims.map(normal)).size < 2) continue;
    const shared = [...new Set(cluster.flatMap((i) => [...(evidence.get(sets.find(i)) ?? []), ...(evidence.get(i) ?? [])]))].sort();
    // With minEvidence 0 the grouping key itself (a spelling-tolerant name key) is what links them.
    const linked = shared.length > 0 ? shared : ['names alike once spelling differences are set aside'];
    const first = claims[0]!;
    const sources = new Set(claims.map((c) => c.source));
    drafts.push({
      kind: 'name-variant',
      outcome: 'name-variant',
      confidence: Math.min(0.95, 0.5 + 0.1 * linked.length),
      subject: first.subject.text,
      property: first.property,
      message: `${first.subject.text} is named ${names.map((n) => `"${n}" in ${claims.filter((c) => c.value.type === 'name' && c.value.text === n).map(fileOf).join(', ')}`).join(' vs ')}${sources.size === 1 ? ' (within one source)' : ''}; linked by ${linked.join(', ')}`,
      linkedBy: linked,
      claims,
      diff: wordDiff(names[0] ?? '', names[1] ?? ''),
    });
  }
  return drafts;
};

/** Case, punctuation and diacritics folded: "Plenković" and "Plenkovic" are one spelling. */
function normal(claim: Claim): string {
  return claim.value.type === 'name' ? claim.value.text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim() : '';
}
