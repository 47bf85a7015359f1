/**
 * The file one shard writes (`claims-i.jsonl`): JSON Lines, a header and then one line per
 * source of the shard. The header says which shard of which drop it is, under which rules and
 * tool, and carries the organisations the whole drop defines (every shard learns them from the
 * whole drop, so all headers agree). A source's line holds its place in the drop, what the
 * report says of it, its claims, and its text for finding reprints (none for an unreadable input).
 */
import { UsageError } from '../errors/index.js';
import type { Claim, ReportSource } from '../types.js';

export const SHARD_FORMAT = 1;

export interface ShardHeader {
  factdiff: 'claims-shard';
  format: number;
  /** `i/n`. */
  shard: string;
  tool: { name: string; version: string };
  /** sha256 of the rules as loaded. */
  rules: string;
  /** sha256 of the drop's source ids and unreadable paths, in order: shards of one drop share it. */
  drop: string;
  /** How many report entries (sources and unreadable inputs) the whole drop has. */
  entries: number;
  /** The organisations the extraction used: the rules' own and what the drop defines. */
  organisations: Record<string, string[]>;
}

export interface ShardEntry {
  /** The entry's place in the drop, as a single run reads it. */
  at: number;
  source: ReportSource;
  claims: Claim[];
  /** The source's text, for grouping reprints; absent for an input that could not be read. */
  story?: string;
}

export interface Shard {
  header: ShardHeader;
  entries: ShardEntry[];
}

/** The shard as JSON Lines, one entry per line. */
export function formatShardFile(shard: Shard): string {
  return [shard.header, ...shard.entries].map((line) => `${JSON.stringify(line)}\n`).join('');
}

/** Reads a shard file; `name` is used in errors. Throws a UsageError saying what is wrong. */
export function parseShardFile(text: string, name: string): Shard {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  const parse = (line: string, n: number): unknown => {
    try {
      return JSON.parse(line);
    } catch {
      throw new UsageError(`${name}:${n + 1}: not a line of JSON`);
    }
  };
  const header = parse(lines[0] ?? '', 0) as Partial<ShardHeader> | null;
  if (header?.factdiff !== 'claims-shard') throw new UsageError(`${name}: not a factdiff shard (written by \`factdiff extract --shard i/n --out FILE\`)`);
  if (header.format !== SHARD_FORMAT) throw new UsageError(`${name}: shard format ${String(header.format)}, expected ${SHARD_FORMAT}; extract it again with this version`);
  const entries = lines.slice(1).map((line, n) => parse(line, n + 1) as ShardEntry);
  return { header: header as ShardHeader, entries };
}
