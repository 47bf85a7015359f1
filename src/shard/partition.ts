/**
 * Which shard reads which file: the drop's files, sorted by path, dealt round-robin, so every
 * runner of a CI matrix takes every nth file and shards differ in size by at most one file.
 * Sources of one file (the elements of a JSON array) stay together.
 */
import { UsageError } from '../errors/index.js';

export interface ShardSpec {
  /** 1-based, as CI matrices count: `--shard 2/3` is the second of three. */
  index: number;
  count: number;
}

/** Reads `--shard i/n` (1 ≤ i ≤ n). */
export function parseShard(value: string): ShardSpec {
  const match = /^\s*([1-9]\d*)\s*\/\s*([1-9]\d*)\s*$/.exec(value);
  const [index, count] = [Number(match?.[1]), Number(match?.[2])];
  if (!match || index > count) throw new UsageError(`--shard must be i/n with 1 ≤ i ≤ n, e.g. --shard 2/3, got '${value}'`);
  return { index, count };
}

/** The shard (1-based) of every path: sorted paths dealt round-robin. */
export function assignShards(paths: readonly string[], count: number): Map<string, number> {
  const sorted = [...new Set(paths)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return new Map(sorted.map((path, k) => [path, (k % count) + 1]));
}

export function formatShard(shard: ShardSpec): string {
  return `${shard.index}/${shard.count}`;
}
