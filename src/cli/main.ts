#!/usr/bin/env node
/**
 * The factdiff command line. The only place that reads the clock, the environment and the
 * terminal; errors become one clear line and exit code 2.
 */
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { RuleError, UsageError } from '../errors/index.js';
import { runCheck, type CheckFlags } from './check-command.js';
import { runCompare, type CompareFlags } from './compare-command.js';
import { runExtract, type ExtractFlags } from './extract-command.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { name: string; version: string };
const tool = { name: pkg.name, version: pkg.version };

const program = new Command('factdiff')
  .description('Checks news articles against each other and reports where they disagree.')
  .version(pkg.version)
  .exitOverride();

program
  .command('check')
  .description('extract dated facts from the sources and compare them')
  .argument('[paths...]', 'files or folders to check (default: sources/)')
  .option('--rules <dir>', 'a rule folder; repeat for more (default: rules/)', (dir: string, dirs: string[] = []) => [...dirs, dir])
  .option('--json <file>', 'write the JSON report here')
  .option('--html <file>', 'write the HTML report here')
  .option('--format <format>', 'terminal | json (github and sarif: not yet)', 'terminal')
  .option('--baseline <file>', 'compare with a baseline of reviewed findings (not yet)')
  .option('--fail-on <level>', 'error | warning | info | never', 'error')
  .option('--cache-dir <dir>', 'where claims extracted per source are kept between runs (default: .factdiff-cache/)')
  .option('--no-cache', 'extract every source again, reading and writing no cache')
  .option('--jobs <n>', 'threads extracting sources (default: one per core; 1: no worker pool)')
  .action(async (paths: string[], flags: CheckFlags) => {
    const io = { stdout: (s: string) => process.stdout.write(s), stderr: (s: string) => process.stderr.write(s), color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR };
    process.exitCode = await runCheck(paths, flags, tool, io);
  });

program
  .command('extract')
  .description("extract one shard of a drop's claims, for `factdiff compare` (CI matrices)")
  .argument('[paths...]', 'files or folders of the whole drop (default: sources/)')
  .option('--shard <i/n>', 'extract the ith of n shards: every nth file, sorted by path (default: 1/1)')
  .option('--out <file>', 'the shard file to write (default: claims-i.jsonl)')
  .option('--rules <dir>', 'a rule folder; repeat for more (default: rules/)', (dir: string, dirs: string[] = []) => [...dirs, dir])
  .option('--cache-dir <dir>', 'where claims extracted per source are kept between runs (default: .factdiff-cache/)')
  .option('--no-cache', 'extract every source again, reading and writing no cache')
  .option('--jobs <n>', 'threads extracting sources (default: one per core; 1: no worker pool)')
  .action(async (paths: string[], flags: ExtractFlags) => {
    const io = { stdout: (s: string) => process.stdout.write(s), stderr: (s: string) => process.stderr.write(s), color: false };
    process.exitCode = await runExtract(paths, flags, tool, io);
  });

program
  .command('compare')
  .description('join the shard files of one drop into the report one `check` gives')
  .argument('<shards...>', 'the shard files written by `factdiff extract --shard i/n`')
  .option('--rules <dir>', 'the rule folders given to extract; repeat for more (default: rules/)', (dir: string, dirs: string[] = []) => [...dirs, dir])
  .option('--json <file>', 'write the JSON report here')
  .option('--html <file>', 'write the HTML report here')
  .option('--format <format>', 'what to print, as for check (terminal | json …)', 'terminal')
  .option('--fail-on <level>', 'error | warning | info | never', 'error')
  .action(async (files: string[], flags: CompareFlags) => {
    const io = { stdout: (s: string) => process.stdout.write(s), stderr: (s: string) => process.stderr.write(s), color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR };
    process.exitCode = await runCompare(files, flags, tool, io);
  });

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) process.exitCode = error.exitCode === 0 ? 0 : 2;
  else if (error instanceof RuleError || error instanceof UsageError) {
    process.stderr.write(`factdiff: ${error.message}\n`);
    process.exitCode = 2;
  } else {
    process.stderr.write(`factdiff: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  }
}
