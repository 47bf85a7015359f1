/**
 * Candidate pairs among many sets of words or features, without comparing every set with every
 * other: identical sets are grouped first (a drop repeats one quote hundreds of times), then the
 * distinct sets are joined through an index of each set's rarest tokens (prefix filtering, as in
 * set-similarity joins). If every pair a check can accept shares at least `minOverlap(size)`
 * tokens with a set of that size, such a pair always shares a token within both sets' first
 * `size - minOverlap(size) + 1` tokens in rarity order, so no acceptable pair is missed. The
 * caller still checks each candidate; the index only decides which pairs are looked at.
 */

export interface SetJoin {
  /** Items with identical sets, in order of first appearance; every item is in exactly one class. */
  classes: number[][];
  /** Pairs `[a, b]` (a < b, each the first item of its class) that may share enough tokens. */
  candidates: Array<[number, number]>;
}

/**
 * `minOverlap(size)`: the fewest tokens a set of `size` tokens shares with any partner the caller
 * can accept (a lower bound; 1 at least). A set smaller than that can have no partner.
 */
export function setJoin(sets: ReadonlyArray<ReadonlyArray<string>>, minOverlap: (size: number) => number): SetJoin {
  const byContent = new Map<string, number[]>();
  sets.forEach((set, i) => {
    const key = [...new Set(set)].sort().join('\0');
    const members = byContent.get(key);
    if (members) members.push(i);
    else byContent.set(key, [i]);
  });
  const classes = [...byContent.values()];
  const frequency = new Map<string, number>();
  for (const members of classes) for (const token of new Set(sets[members[0]!])) frequency.set(token, (frequency.get(token) ?? 0) + 1);
  const rarer = (a: string, b: string) => frequency.get(a)! - frequency.get(b)! || (a < b ? -1 : a > b ? 1 : 0);
  const index = new Map<string, number[]>();
  const candidates: Array<[number, number]> = [];
  for (const members of classes) {
    const first = members[0]!;
    const tokens = [...new Set(sets[first])].sort(rarer);
    const overlap = Math.max(1, minOverlap(tokens.length));
    if (overlap > tokens.length) continue;
    const prefix = tokens.slice(0, tokens.length - overlap + 1);
    const seen = new Set<number>();
    for (const token of prefix) {
      for (const other of index.get(token) ?? []) {
        if (seen.has(other)) continue;
        seen.add(other);
        candidates.push([other, first]);
      }
    }
    for (const token of prefix) {
      const holders = index.get(token);
      if (holders) holders.push(first);
      else index.set(token, [first]);
    }
  }
  return { classes, candidates };
}
