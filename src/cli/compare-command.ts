/**
 * `factdiff compare claims-*.jsonl`: joins the shard files of one drop (from `factdiff extract
 * --shard i/n`) into the report a single `check` of the drop gives, and writes and prints it with
 * the same output options, verified facts (`--facts`), baseline (`--baseline`) and editors'
 * decisions (`--review`). Shards that do not fit together exit 2 saying why.
 */
import { existsSync, readFileSync } from 'node:fs';
import { UsageError } from '../errors/index.js';
import { loadFacts } from '../facts/load-facts.js';
import { loadRules } from '../rules/load-rules.js';
import { compareShards } from '../shard/compare-shards.js';
import { parseShardFile } from '../shard/shard-file.js';
import { checkOutputFlags, writeOutputs, type CheckFlags, type CommandIo } from './check-command.js';
import { reportFiles, type CheckPlan } from './check-plan.js';

export type CompareFlags = Pick<CheckFlags, 'rules' | 'json' | 'html' | 'sarif' | 'markdown' | 'format' | 'failOn' | 'facts' | 'baseline' | 'review'>;

export async function runCompare(files: string[], flags: CompareFlags, tool: { name: string; version: string }, io: CommandIo): Promise<number> {
  checkOutputFlags(flags);
  for (const [flag, path] of [['--baseline', flags.baseline], ['--review', flags.review]] as const) {
    if (path !== undefined && !existsSync(path)) throw new UsageError(`${flag} ${path}: no such file`);
  }
  const rules = loadRules(flags.rules && flags.rules.length > 0 ? flags.rules : ['rules']);
  const verified = flags.facts ? loadFacts(flags.facts, rules) : undefined;
  const shards = files.map((name) => ({ name, shard: parseShardFile(readShard(name), name) }));
  const report = compareShards(shards, rules, tool, new Date().toISOString(), verified);
  const named = files.join(', ');
  const plan: CheckPlan = {
    paths: files,
    named,
    rules,
    failOn: (flags.failOn ?? 'error') as CheckPlan['failOn'],
    reports: reportFiles(flags, undefined, true),
    ...(flags.baseline ? { baseline: flags.baseline } : {}),
    ...(flags.review ? { review: flags.review } : {}),
    ...(verified ? { verified } : {}),
  };
  return writeOutputs(report, flags, io, { named, defaults: false, plan });
}

function readShard(name: string): string {
  try {
    return readFileSync(name, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read the shard ${name}: ${(error as { code?: string }).code === 'ENOENT' ? 'no such file' : error instanceof Error ? error.message : String(error)}`);
  }
}
