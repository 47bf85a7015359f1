/** Disjoint sets over indexes: groups claims linked pair by pair into clusters. */
export class UnionFind {
  private readonly parent: number[];
  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, i) => i);
  }
  find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root] ?? root;
    // Every index on the way now points at the root, so later finds are short.
    for (let at = i; this.parent[at] !== root; ) {
      const next = this.parent[at] ?? root;
      this.parent[at] = root;
      at = next;
    }
    return root;
  }
  union(a: number, b: number): void {
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
  /** Clusters of two or more members, each sorted, in order of their smallest member. */
  clusters(): number[][] {
    const groups = new Map<number, number[]>();
    this.parent.forEach((_, i) => {
      const root = this.find(i);
      const members = groups.get(root);
      if (members) members.push(i);
      else groups.set(root, [i]);
    });
    return [...groups.values()].filter((g) => g.length > 1);
  }
}
