/** How many threads extract: `--jobs N` as given, else one per core the process may use. */
import { UsageError } from '../errors/index.js';

/** Reads `--jobs`: a whole number from 1 up (1 extracts in the main thread, with no pool); `available` when not given. */
export function jobsFrom(value: string | undefined, available: number): number {
  if (value === undefined) return Math.max(1, available);
  if (!/^[1-9]\d*$/.test(value.trim())) throw new UsageError(`--jobs must be a whole number of threads from 1 up, e.g. --jobs 2, got '${value}'`);
  return Number(value);
}
