/**
 * `factdiff extract [paths…] --shard i/n --out FILE`: one runner of a CI matrix extracts its
 * share of a drop (every nth file, sorted by path) into a shard file; `factdiff compare` joins
 * the shards into the report a single `check` would write. Takes the same `--rules`, cache and
 * `--jobs` options as `check`.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname } from 'node:path';
import { codeSaltedCache } from '../cache/code-salted-cache.js';
import { jobsFrom } from '../parallel/jobs.js';
import { loadRules } from '../rules/load-rules.js';
import { extractShard } from '../shard/extract-shard.js';
import { parseShard } from '../shard/partition.js';
import { formatShardFile } from '../shard/shard-file.js';
import type { CommandIo } from './check-command.js';

export interface ExtractFlags {
  rules?: string[];
  /** `i/n`; `1/1` (the whole drop) when not given. */
  shard?: string;
  /** The shard file; `claims-i.jsonl` when not given. */
  out?: string;
  cache?: boolean;
  cacheDir?: string;
  jobs?: string;
}

export async function runExtract(paths: string[], flags: ExtractFlags, tool: { name: string; version: string }, io: CommandIo): Promise<number> {
  const shard = parseShard(flags.shard ?? '1/1');
  const jobs = jobsFrom(flags.jobs, availableParallelism());
  const rules = loadRules(flags.rules && flags.rules.length > 0 ? flags.rules : ['rules']);
  const warn = (message: string) => io.stderr(`factdiff: ${message}\n`);
  const cache = flags.cache === false ? undefined : codeSaltedCache(flags.cacheDir ?? '.factdiff-cache', warn);
  const extracted = await extractShard({ paths: paths.length > 0 ? paths : ['sources'], rules, tool, shard, jobs, warn, ...(cache ? { cache } : {}) });
  const out = flags.out ?? `claims-${shard.index}.jsonl`;
  writeAtomically(out, formatShardFile(extracted));
  const claims = extracted.entries.reduce((n, e) => n + e.claims.length, 0);
  io.stdout(`shard ${extracted.header.shard}: ${extracted.entries.length} of ${extracted.header.entries} sources, ${claims} claims written to ${out}\n`);
  return 0;
}

/** Writes to a temporary file and renames it, so a killed runner never leaves half a shard. */
function writeAtomically(file: string, content: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, content);
  renameSync(temporary, file);
}
