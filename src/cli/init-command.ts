/**
 * `factdiff init [dir] [--pack NAME…]`: a starter setup in a folder: `factdiff.config.json` (with
 * `$schema` for completion), the generic rules with their schema under `rules/`, the domain packs
 * asked for under `rules/domain/`, and an empty review file. It never overwrites a file that exists;
 * it says what it wrote and what it kept, and which packs it did not copy.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_BASELINE } from '../baseline/baseline-file.js';
import { DEFAULT_REVIEW } from '../baseline/review-file.js';
import { CONFIG_FILE } from '../config/load-config.js';
import type { CommandIo } from './check-command.js';

const RULES = fileURLToPath(new URL('../../rules/', import.meta.url));
const CONFIG_SCHEMA = fileURLToPath(new URL('../config/config.schema.json', import.meta.url));
const REVIEW_SCHEMA = fileURLToPath(new URL('../baseline/review.schema.json', import.meta.url));

/** A `$schema` value: the path from `dir` to `schema`, with `/`. */
function schemaRef(dir: string, schema: string): string {
  const path = relative(dir, schema).split('\\').join('/');
  return path.startsWith('.') ? path : `./${path}`;
}

/** The starter config: every field with its default, so editors see what can be set. */
export function starterConfig(dir: string): string {
  const config = {
    $schema: schemaRef(dir, CONFIG_SCHEMA),
    sources: ['sources'],
    rules: ['rules'],
    severity: {},
    failOn: 'error',
    reports: { json: 'reports/report.json', html: 'reports/report.html', sarif: 'reports/report.sarif', markdown: 'reports/summary.md' },
    baseline: DEFAULT_BASELINE,
    review: DEFAULT_REVIEW,
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}

/** The starter review file: no decisions yet, and a commented example of one. */
export function starterReview(dir: string): string {
  return [
    `$schema: ${schemaRef(dir, REVIEW_SCHEMA)}`,
    '# Decisions on findings, keyed by the finding id (its fingerprint, `id` in the JSON report):',
    '#   3f2e9a01b2c3d4e5:',
    '#     decision: source-error   # accepted-change | translation-difference | false-alarm | source-error',
    '#     source: sources/article.txt',
    '#     note: The article counts observers as members.',
    '#     by: A. Editor',
    '#     date: 2025-09-01',
    'decisions: {}',
    '',
  ].join('\n');
}

function files(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)).map((f) => join(name, f)) : [name]));
}

/** The domain packs shipped with factdiff, by name (the file name without `.yaml`). */
export function domainPacks(): string[] {
  return files(join(RULES, 'domain')).filter((f) => f.endsWith('.yaml')).map((f) => f.slice(0, -'.yaml'.length));
}

export function runInit(dir: string, io: CommandIo, options: { packs?: string[] } = {}): number {
  const available = domainPacks();
  const asked = options.packs ?? [];
  const unknown = asked.filter((p) => p !== 'all' && !available.includes(p));
  if (unknown.length > 0) {
    io.stderr(`factdiff init: no domain pack named ${unknown.map((p) => `"${p}"`).join(', ')}; the packs are: ${available.join(', ')}\n`);
    return 2;
  }
  const packs = asked.includes('all') ? available : available.filter((p) => asked.includes(p));
  const wrote: string[] = [];
  const kept: string[] = [];
  const put = (path: string, write: (target: string) => void) => {
    const target = join(dir, path);
    if (existsSync(target)) return void kept.push(target);
    mkdirSync(dirname(target), { recursive: true });
    write(target);
    wrote.push(target);
  };
  put(CONFIG_FILE, (target) => writeFileSync(target, starterConfig(dir)));
  put('rules/rule.schema.json', (target) => copyFileSync(join(RULES, 'rule.schema.json'), target));
  for (const file of files(join(RULES, 'generic'))) put(join('rules/generic', file), (target) => copyFileSync(join(RULES, 'generic', file), target));
  for (const pack of packs) put(join('rules/domain', `${pack}.yaml`), (target) => copyFileSync(join(RULES, 'domain', `${pack}.yaml`), target));
  put(DEFAULT_REVIEW, (target) => writeFileSync(target, starterReview(dir)));
  for (const path of wrote) io.stdout(`wrote ${path}\n`);
  for (const path of kept) io.stdout(`kept ${path} (exists)\n`);
  const left = available.filter((p) => !packs.includes(p));
  if (left.length > 0) io.stdout(`domain packs not copied (add with --pack NAME, or --pack all): ${left.join(', ')}\n`);
  return 0;
}
