/**
 * `factdiff compare claims-*.jsonl`: joins the shard files of one drop (from `factdiff extract
 * --shard i/n`) into the report a single `check` of the drop gives, and writes and prints it with
 * the same output options. Shards that do not fit together exit 2 saying why.
 */
import { readFileSync } from 'node:fs';
import { UsageError } from '../errors/index.js';
import { loadRules } from '../rules/load-rules.js';
import { compareShards } from '../shard/compare-shards.js';
import { parseShardFile } from '../shard/shard-file.js';
import { checkOutputFlags, writeOutputs, type CheckFlags, type CommandIo } from './check-command.js';

export type CompareFlags = Pick<CheckFlags, 'rules' | 'json' | 'html' | 'format' | 'failOn'>;

export async function runCompare(files: string[], flags: CompareFlags, tool: { name: string; version: string }, io: CommandIo): Promise<number> {
  checkOutputFlags(flags);
  const rules = loadRules(flags.rules && flags.rules.length > 0 ? flags.rules : ['rules']);
  const shards = files.map((name) => ({ name, shard: parseShardFile(readShard(name), name) }));
  const report = compareShards(shards, rules, tool, new Date().toISOString());
  return writeOutputs(report, flags, io, { named: files.join(', '), defaults: false });
}

function readShard(name: string): string {
  try {
    return readFileSync(name, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read the shard ${name}: ${(error as { code?: string }).code === 'ENOENT' ? 'no such file' : error instanceof Error ? error.message : String(error)}`);
  }
}
