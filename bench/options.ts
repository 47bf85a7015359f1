/** The benchmark's options: `npm run bench -- --sizes 100,1000,10000 --jobs 2 [--warm-only]`. */
import { availableParallelism } from 'node:os';

export interface BenchOptions {
  /** Articles per generated drop. */
  sizes: number[];
  /** Threads for the cold check (default: one per core). */
  jobs: number;
  /** Characters of text the naive baseline tags before extrapolating (default 4 MB, about 1,000 articles). */
  baselineSample: number;
  /** Claim counts for the compare stage alone. */
  compareClaims: number[];
  /** `--warm-only`: the cold check (which fills the cache) and the warm +10 only: no one-thread extraction, no baseline, no compare stage alone. */
  warmOnly: boolean;
}

export function benchOptions(argv: readonly string[]): BenchOptions {
  const value = (name: string): string | undefined => {
    const inline = argv.find((a) => a.startsWith(`--${name}=`));
    if (inline) return inline.slice(name.length + 3);
    const at = argv.indexOf(`--${name}`);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const numbers = (text: string) => text.split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0);
  return {
    sizes: numbers(value('sizes') ?? '100,1000'),
    jobs: Number(value('jobs') ?? availableParallelism()),
    baselineSample: Number(value('baseline-sample') ?? 4_000_000),
    compareClaims: numbers(value('compare-claims') ?? '10000,100000'),
    warmOnly: argv.includes('--warm-only'),
  };
}
