/**
 * `factdiff baseline [paths…] [--out FILE]`: runs the check and records its findings by fingerprint,
 * so that `check --baseline FILE` reports only new ones. The file is meant to be committed.
 */
import { DEFAULT_BASELINE, baselineOf, formatBaseline } from '../baseline/baseline-file.js';
import { check } from '../index.js';
import { plural } from '../report/vocabulary.js';
import { caches, type CommandIo } from './check-command.js';
import { planCheck, type PlanFlags } from './check-plan.js';
import { writeAtomically } from './write-reports.js';

export interface BaselineFlags extends Pick<PlanFlags, 'config' | 'rules' | 'facts'> {
  /** Where to write (default: the config's `baseline`, else `factdiff-baseline.json`). */
  out?: string;
  cache?: boolean;
  cacheDir?: string;
}

export async function runBaseline(paths: string[], flags: BaselineFlags, tool: { name: string; version: string }, io: CommandIo): Promise<number> {
  const plan = planCheck(paths, { ...(flags.config ? { config: flags.config } : {}), ...(flags.rules ? { rules: flags.rules } : {}), ...(flags.facts ? { facts: flags.facts } : {}) });
  const { cache, ingestCache, keyMemo, extracted } = caches(flags, io.stderr, plan.paths);
  const report = await check({ paths: plan.paths, rules: plan.rules, tool, generatedAt: new Date().toISOString(), ...(plan.verified ? { verified: plan.verified } : {}), ...(cache ? { cache } : {}), ...(ingestCache ? { ingestCache } : {}), ...(keyMemo ? { keyMemo } : {}), stage: (name) => name === 'extract' && extracted() });
  if (report.sources.every((s) => s.publishedFrom === 'unreadable')) {
    io.stderr(`factdiff: no readable source in ${plan.named}\n`);
    return 2;
  }
  const out = flags.out ?? plan.config?.baseline ?? DEFAULT_BASELINE;
  const baseline = baselineOf(report);
  writeAtomically(out, formatBaseline(baseline));
  io.stdout(`baseline of ${plural(baseline.findings.length, 'finding')} written to ${out}\n`);
  return 0;
}
