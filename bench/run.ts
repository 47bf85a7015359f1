/**
 * `npm run bench [-- --sizes 100,1000]`: times a full check on generated drops and prints
 * throughput, time per stage, peak memory and the recall of injected disagreements.
 * Figures, never assertions: targets live in docs/performance.md, not in unit tests.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compareClaims } from '../src/compare/index.js';
import { extractClaims } from '../src/extract/index.js';
import { readInputs } from '../src/ingest/index.js';
import { buildReport } from '../src/report/build-report.js';
import { formatHtml } from '../src/report/format-html.js';
import { formatJson } from '../src/report/format-json.js';
import { loadRules } from '../src/rules/load-rules.js';
import type { Claim } from '../src/types.js';
import { generateDrop } from './generate.js';

const flag = process.argv.indexOf('--sizes');
const sizes = (process.argv.find((a) => a.startsWith('--sizes='))?.slice(8) ?? (flag > 0 ? process.argv[flag + 1] : undefined) ?? '100,1000')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);

const rules = loadRules(['rules']);
console.log(`factdiff bench · node ${process.version} · sizes ${sizes.join(', ')}`);
console.log('articles      MB   total s   MB/s  art/s   ingest  extract  compare   report  findings  injected recall  peak RSS MB');
for (const n of sizes) {
  const drop = generateDrop(n);
  const dir = mkdtempSync(join(tmpdir(), 'factdiff-bench-'));
  mkdirSync(dir, { recursive: true });
  for (const file of drop.files) writeFileSync(join(dir, file.name), file.text);
  const t0 = performance.now();
  const { sources } = await readInputs([dir]);
  const t1 = performance.now();
  const claims: Claim[] = sources.flatMap((s) => extractClaims(s, rules));
  const t2 = performance.now();
  const discrepancies = compareClaims(claims, rules);
  const t3 = performance.now();
  const report = buildReport({ sources: [], claims, discrepancies, tool: { name: 'factdiff', version: 'bench' }, generatedAt: new Date().toISOString() });
  formatJson(report);
  formatHtml(report);
  const t4 = performance.now();
  rmSync(dir, { recursive: true, force: true });
  const conflicts = new Set(discrepancies.filter((d) => d.kind === 'conflict' && d.property === 'member-states').map((d) => d.subject));
  const recall = drop.injected.filter((org) => conflicts.has(org)).length / Math.max(1, drop.injected.length);
  const total = (t4 - t0) / 1000;
  const mb = drop.bytes / 1e6;
  const row = [
    String(n).padStart(8),
    mb.toFixed(1).padStart(7),
    total.toFixed(2).padStart(9),
    (mb / total).toFixed(2).padStart(6),
    (n / total).toFixed(0).padStart(6),
    ...[t1 - t0, t2 - t1, t3 - t2, t4 - t3].map((ms) => `${(ms / 1000).toFixed(2)}s`.padStart(8)),
    String(discrepancies.length).padStart(9),
    `${drop.injected.length} ${recall.toFixed(2)}`.padStart(16),
    (process.resourceUsage().maxRSS / 1024).toFixed(0).padStart(12),
  ];
  console.log(row.join(' '));
}
