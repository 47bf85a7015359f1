/**
 * The built `factdiff check` in a child process, as a user runs it, timed from outside: its wall
 * time, its stage times and its peak memory and CPU as it prints them under `FACTDIFF_STAGES=1`
 * (src/cli/stage-times.ts). Standard output (the terminal rendering) is discarded.
 */
import { spawnSync } from 'node:child_process';
import type { BuiltCli } from './build-cli.js';

export interface CliRun {
  /** Wall seconds of the whole process, start to exit. */
  seconds: number;
  /** Seconds per stage as the CLI printed them: read, reprints, extract, compare, report. */
  stages: Record<string, number>;
  /** Peak resident memory of the process (every thread), MB; NaN when not printed. */
  rssMb: number;
  /** CPU seconds of the process (every thread); NaN when not printed. */
  cpu: number;
  status: number | null;
  /** Standard error less the measuring lines: warnings, errors. */
  messages: string[];
}

export function runCli(built: BuiltCli, args: readonly string[]): CliRun {
  const t0 = performance.now();
  const run = spawnSync(process.execPath, [built.cli, ...args], {
    cwd: built.root,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, FACTDIFF_STAGES: '1' },
  });
  const seconds = (performance.now() - t0) / 1000;
  const stages: Record<string, number> = {};
  let rssMb = NaN;
  let cpu = NaN;
  const messages: string[] = [];
  for (const line of (run.stderr ?? '').split('\n')) {
    const stage = /^factdiff: stage (\w+) ([\d.]+) s$/.exec(line);
    const used = /^factdiff: peak RSS (\d+) MB · CPU ([\d.]+) s$/.exec(line);
    if (stage) stages[stage[1]!] = Number(stage[2]);
    else if (used) [rssMb, cpu] = [Number(used[1]), Number(used[2])];
    else if (line.trim() !== '') messages.push(line);
  }
  return { seconds, stages, rssMb, cpu, status: run.status, messages };
}
