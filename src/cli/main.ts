#!/usr/bin/env node
/**
 * The factdiff command line. The only place that reads the clock, the environment and the
 * terminal; errors become one clear line and exit code 2.
 */
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { RuleError, UsageError } from '../errors/index.js';
import { runBaseline, type BaselineFlags } from './baseline-command.js';
import { runCheck, type CheckFlags, type CommandIo } from './check-command.js';
import { runExplain, type ExplainFlags } from './explain-command.js';
import { runInit } from './init-command.js';
import { writesToNullDevice } from './output-discarded.js';
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
  .argument('[paths...]', 'files or folders to check (default: the configured sources, else sources/)')
  .option('--config <file>', 'the config file (default: factdiff.config.json in the working folder, when there is one)')
  .option('--rules <dir>', 'a rule folder; repeat for more (default: rules/)', (dir: string, dirs: string[] = []) => [...dirs, dir])
  .option('--json <file>', 'write the JSON report here')
  .option('--html <file>', 'write the HTML report here')
  .option('--sarif <file>', 'write a SARIF 2.1.0 log here')
  .option('--markdown <file>', 'write a Markdown summary here (for $GITHUB_STEP_SUMMARY or a pull-request comment)')
  .option('--format <format>', 'what to print: terminal | json | github | sarif | markdown', 'terminal')
  .option('--baseline <file>', 'mark findings new or unchanged against this baseline; only new ones fail the run')
  .option('--review <file>', 'editors\' decisions on findings (default: factdiff-review.yaml when present)')
  .option('--facts <path>', 'a folder (or file) of verified facts to check the sources against')
  .option('--fail-on <level>', 'error | warning | info | never (default: the config\'s failOn, else error)')
  .option('--cache-dir <dir>', 'where claims extracted per source are kept between runs (default: .factdiff-cache/)')
  .option('--no-cache', 'extract every source again, reading and writing no cache')
  .option('--jobs <n>', 'threads extracting sources (default: one per core; 1: no worker pool)')
  .option('--max-size <size>', 'skip a source file larger than this, with a diagnostic (default: 20mb)')
  .action(async (paths: string[], flags: CheckFlags) => {
    const io = { stdout: (s: string) => process.stdout.write(s), stdoutBytes: (b: Uint8Array) => process.stdout.write(b), stdoutDiscarded: writesToNullDevice(1), stderr: (s: string) => process.stderr.write(s), color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR, progress: Boolean(process.stderr.isTTY) && !process.env.CI };
    process.exitCode = await runCheck(paths, flags, tool, io);
  });

program
  .command('baseline')
  .description('record the current findings, so that check --baseline reports only new ones')
  .argument('[paths...]', 'files or folders to check (default: the configured sources, else sources/)')
  .option('--out <file>', 'where to write (default: the config\'s baseline, else factdiff-baseline.json)')
  .option('--config <file>', 'the config file')
  .option('--rules <dir>', 'a rule folder; repeat for more (default: rules/)', (dir: string, dirs: string[] = []) => [...dirs, dir])
  .option('--facts <path>', 'a folder (or file) of verified facts')
  .option('--cache-dir <dir>', 'where extracted claims are kept between runs')
  .option('--no-cache', 'extract every source again')
  .action(async (paths: string[], flags: BaselineFlags) => {
    process.exitCode = await runBaseline(paths, flags, tool, terminal());
  });

program
  .command('explain')
  .description('say which claims were read at a line, which findings they are in, and why others were not reported')
  .argument('<target>', 'FILE:LINE')
  .argument('[paths...]', 'the drop to compare with (default: the configured sources, else sources/)')
  .option('--config <file>', 'the config file')
  .option('--rules <dir>', 'a rule folder; repeat for more (default: rules/)', (dir: string, dirs: string[] = []) => [...dirs, dir])
  .option('--facts <path>', 'a folder (or file) of verified facts')
  .option('--review <file>', 'editors\' decisions on findings')
  .option('--cache-dir <dir>', 'where extracted claims are kept between runs')
  .option('--no-cache', 'extract every source again')
  .action(async (target: string, paths: string[], flags: ExplainFlags) => {
    process.exitCode = await runExplain(target, paths, flags, tool, terminal());
  });

program
  .command('init')
  .description('write a starter factdiff.config.json, rules/ and review file (never overwrites)')
  .argument('[dir]', 'the folder to set up', '.')
  .option('--pack <name...>', 'also copy these domain packs into rules/domain/ ("all" for every one)')
  .action((dir: string, flags: { pack?: string[] }) => {
    process.exitCode = runInit(dir, terminal(), { packs: flags.pack ?? [] });
  });

/** Standard output and error; colour only on a terminal and without NO_COLOR. */
function terminal(): CommandIo {
  return { stdout: (s: string) => process.stdout.write(s), stderr: (s: string) => process.stderr.write(s), color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR };
}

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
  .option('--sarif <file>', 'write a SARIF 2.1.0 log here')
  .option('--markdown <file>', 'write a Markdown summary here')
  .option('--format <format>', 'what to print, as for check (terminal | json …)', 'terminal')
  .option('--fail-on <level>', 'error | warning | info | never', 'error')
  .option('--facts <path>', 'verified facts (a YAML file or a folder of them), as for check')
  .option('--baseline <file>', 'mark findings new or unchanged against this baseline; only new ones count for --fail-on')
  .option('--review <file>', "editors' decisions on findings")
  .action(async (files: string[], flags: CompareFlags) => {
    const io = { stdout: (s: string) => process.stdout.write(s), stdoutBytes: (b: Uint8Array) => process.stdout.write(b), stdoutDiscarded: writesToNullDevice(1), stderr: (s: string) => process.stderr.write(s), color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR };
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
