/** `--max-size`: a size as typed (`20mb`, `500 KB`, `1.5GiB`, `1048576`) in bytes. */
import { UsageError } from '../errors/index.js';

/** Units are binary, as file sizes are shown by most tools: 1 kb = 1024 bytes, 1 mb = 1024 kb. */
const UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, kib: 1024, m: 1024 ** 2, mb: 1024 ** 2, mib: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3, gib: 1024 ** 3 };

/** The number of bytes a size names; a `UsageError` (exit 2) saying what was expected otherwise. */
export function parseSize(flag: string, typed: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(typed);
  const unit = UNITS[match?.[2]?.toLowerCase() ?? 'x'];
  if (!match || unit === undefined || Number(match[1]) <= 0) {
    throw new UsageError(`${flag} must be a positive size such as 20mb, 500kb or 1048576 (bytes), got '${typed}'`);
  }
  return Math.floor(Number(match[1]) * unit);
}
