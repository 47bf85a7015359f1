/**
 * The command-line options a worker of the pool starts with: the process's own, less those that
 * load code into every module graph (`--import`, `--require`, `--loader`). A worker runs the built
 * JavaScript of `dist/` and needs no loader; one inherited from the parent costs it dearly. Under
 * `tsx` (the benchmark, `npm run check`), the process has tsx's loader, and each worker that
 * inherited it loaded its modules (compromise's one-file build among them) through esbuild:
 * about three times as long as without it. Other options (`--cpu-prof`, memory limits) are kept.
 */

/** Options that take the next argument as their value when not written `--option=value`. */
const LOADERS = new Set(['--import', '--require', '-r', '--loader', '--experimental-loader']);

/** `argv` (a process's `execArgv`) without its module loaders. */
export function workerExecArgv(argv: readonly string[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const option = argv[i]!;
    if (LOADERS.has(option)) {
      i++; // its value
      continue;
    }
    const name = option.slice(0, option.indexOf('='));
    if (option.startsWith('--') && LOADERS.has(name)) continue;
    kept.push(option);
  }
  return kept;
}
