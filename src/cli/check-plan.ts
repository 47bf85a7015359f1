/**
 * What a `check` (or `baseline`, `explain`) run will do, from its flags and the config file:
 * flags win over the config, the config over the defaults. Loads and validates everything the
 * run needs before any source is read (rules with severity overrides, verified facts), so a bad
 * file stops it at once with exit 2.
 */
import { existsSync } from 'node:fs';
import { DEFAULT_REVIEW } from '../baseline/review-file.js';
import { UsageError } from '../errors/index.js';
import { applySeverity } from '../config/apply-severity.js';
import { expandSources } from '../config/expand-sources.js';
import { findConfig, type Config } from '../config/load-config.js';
import { loadFacts, type VerifiedFacts } from '../facts/load-facts.js';
import { loadRules } from '../rules/load-rules.js';
import type { RuleSet } from '../rules/types.js';
import type { FailOn } from './exit-code.js';

/** The flags that shape a run, shared by `check`, `baseline` and `explain`. */
export interface PlanFlags {
  config?: string;
  rules?: string[];
  facts?: string;
  failOn?: string;
  json?: string;
  html?: string;
  sarif?: string;
  markdown?: string;
  baseline?: string;
  review?: string;
}

export interface ReportFiles {
  json?: string;
  html?: string;
  sarif?: string;
  markdown?: string;
}

export interface CheckPlan {
  config?: Config;
  /** The paths handed to the kernel. */
  paths: string[];
  /** What was read, in words, for "no readable source in …". */
  named: string;
  rules: RuleSet;
  failOn: FailOn;
  reports: ReportFiles;
  /** The baseline to compare with, when one was named (flag) or configured and present. */
  baseline?: string;
  /** The review file, when named or present at its default place. */
  review?: string;
  verified?: VerifiedFacts;
}

const FAIL_LEVELS = ['error', 'warning', 'info', 'never'];

/** Builds the plan; `cwd` is where the config is looked for (the working folder). */
export function planCheck(paths: string[], flags: PlanFlags, cwd = '.'): CheckPlan {
  const config = findConfig(cwd, flags.config);
  const failOn = flags.failOn ?? config?.failOn ?? 'error';
  if (!FAIL_LEVELS.includes(failOn)) throw new UsageError(`--fail-on must be one of ${FAIL_LEVELS.join(', ')}, got '${failOn}'`);
  const given = paths.length > 0;
  const sources = given ? paths : config?.sources ? expandSources(config.sources) : ['sources'];
  const loaded = loadRules(flags.rules && flags.rules.length > 0 ? flags.rules : (config?.rules ?? ['rules']));
  const rules = config ? applySeverity(loaded, config) : loaded;
  const facts = flags.facts ?? config?.facts;
  const baseline = flags.baseline ?? (config?.baseline && existsSync(config.baseline) ? config.baseline : undefined);
  if (flags.baseline !== undefined && !existsSync(flags.baseline)) throw new UsageError(`--baseline ${flags.baseline}: no such file (write one with 'factdiff baseline')`);
  const review = flags.review ?? config?.review ?? (existsSync(DEFAULT_REVIEW) ? DEFAULT_REVIEW : undefined);
  return {
    ...(config ? { config } : {}),
    paths: sources,
    named: given ? paths.join(', ') : config?.sources ? `${config.file} sources` : 'sources/',
    rules,
    failOn: failOn as FailOn,
    reports: reportFiles(flags, config, given),
    ...(baseline ? { baseline } : {}),
    ...(review ? { review } : {}),
    ...(facts ? { verified: loadFacts(facts, rules) } : {}),
  };
}

/** Each report file: the flag, else the config, else (no paths, no configured reports) `reports/`. */
export function reportFiles(flags: Pick<PlanFlags, keyof ReportFiles>, config: Config | undefined, given: boolean): ReportFiles {
  const fallback: ReportFiles = !given && !config?.reports ? { json: 'reports/report.json', html: 'reports/report.html' } : {};
  const out: ReportFiles = {};
  for (const kind of ['json', 'html', 'sarif', 'markdown'] as const) {
    const file = flags[kind] ?? config?.reports?.[kind] ?? fallback[kind];
    if (file) out[kind] = file;
  }
  return out;
}
