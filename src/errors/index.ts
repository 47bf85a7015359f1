/**
 * Named errors raised at the edges (rules, config, usage) and turned into one clear line
 * plus an exit code by the CLI. Bad sources are never errors: they become diagnostics.
 */

/** A rule or config file that cannot be used: the run stops with exit 2. */
export class RuleError extends Error {
  readonly code = 'bad-rule';
  constructor(
    readonly file: string,
    readonly reason: string,
    readonly place?: { line: number; column: number },
    options?: { cause?: unknown },
  ) {
    super(`${file}${place ? `:${place.line}:${place.column}` : ''}: ${reason}`, options);
    this.name = 'RuleError';
  }
}

/** Wrong command-line usage or an option that is not built yet: exit 2. */
export class UsageError extends Error {
  readonly code = 'usage';
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
