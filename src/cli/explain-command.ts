/**
 * `factdiff explain FILE:LINE [paths…]`: runs the check over the drop (the paths, else the configured
 * sources, else `sources/`; FILE is added when they do not hold it) and says what was read at that
 * line and what became of it.
 */
import { readFileSync } from 'node:fs';
import { UsageError } from '../errors/index.js';
import { explainLine } from '../explain/explain-line.js';
import { formatExplanation } from '../explain/format-explanation.js';
import { check } from '../index.js';
import { caches, type CommandIo } from './check-command.js';
import { planCheck, type PlanFlags } from './check-plan.js';
import { finishReport } from './finish-report.js';

export type ExplainFlags = Pick<PlanFlags, 'config' | 'rules' | 'facts' | 'review'> & { cache?: boolean; cacheDir?: string };

/** `sources/a.txt:39` → the file and the line; anything else is a usage error. */
export function parseTarget(target: string): { path: string; line: number } {
  const match = /^(.+):(\d+)$/.exec(target);
  const line = Number(match?.[2]);
  if (!match || !Number.isInteger(line) || line < 1) throw new UsageError(`explain needs FILE:LINE (e.g. sources/article.txt:39), got '${target}'`);
  return { path: match[1]!.replace(/\\/g, '/'), line };
}

/** Whether `path` is one of `paths` or lies in one of them (as folders). */
function covers(paths: string[], path: string): boolean {
  return paths.some((p) => {
    const dir = p.replace(/\\/g, '/').replace(/\/+$/, '');
    return path === dir || path.startsWith(`${dir}/`);
  });
}

export async function runExplain(target: string, paths: string[], flags: ExplainFlags, tool: { name: string; version: string }, io: CommandIo): Promise<number> {
  const { path, line } = parseTarget(target);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new UsageError(`explain: cannot read ${path}`);
  }
  const plan = planCheck(paths, flags);
  const drop = covers(plan.paths, path) ? plan.paths : [...plan.paths, path];
  const { cache, ingestCache, keyMemo, extracted } = caches(flags, io.stderr, drop);
  const report = await check({ paths: drop, rules: plan.rules, tool, generatedAt: new Date().toISOString(), ...(plan.verified ? { verified: plan.verified } : {}), ...(cache ? { cache } : {}), ...(ingestCache ? { ingestCache } : {}), ...(keyMemo ? { keyMemo } : {}), stage: (name) => name === 'extract' && extracted() });
  const finished = finishReport(report, plan).report;
  io.stdout(formatExplanation(`${path}:${line}`, explainLine(finished, plan.rules, { path, text }, line)));
  return 0;
}
