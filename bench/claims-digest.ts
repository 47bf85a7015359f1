/**
 * `npx tsx bench/claims-digest.ts [--sizes 300] [--out dir]`: extracts every claim from the seed
 * corpus, the evaluation corpora, the test fixtures and generated drops, and prints one digest
 * per input with the claim count and the extract time. A change meant to keep extraction
 * identical (a cheaper tagging path) must leave every digest as it was; `--out` writes the
 * claims themselves as JSON, to diff when a digest moves. Besides wall time it prints the CPU
 * seconds of the extracting thread (from Linux's `schedstat`, steadier than wall time on a shared
 * machine) and how many tagged sentences were new and how many repeated an earlier one's text
 * (tag-memo.ts); `--no-memo` forgets tagged sentences and remembered texts (text-memo.ts) after
 * every source, to measure without the drop's repeats.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractClaims } from '../src/extract/index.js';
import { withLearnedOrganisations } from '../src/extract/learn-organisations.js';
import { forgetTaggedSentences, taggingCounts } from '../src/extract/tag-memo.js';
import { forgetTextMemos } from '../src/extract/text-memo.js';
import { readInputs } from '../src/ingest/index.js';
import { loadRules } from '../src/rules/load-rules.js';
import { generateDrop } from './generate.js';

const FOLDERS = ['sources', 'test/corpus/dev', 'test/corpus/test', 'test/corpus/test2', 'test/fixtures/alliance'];

const argument = (name: string): string | undefined => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const sizes = (argument('--sizes') ?? '300').split(',').map(Number).filter((n) => n > 0);
const out = argument('--out');
const noMemo = process.argv.includes('--no-memo');

/** CPU seconds this thread has run (Linux), or NaN elsewhere. */
function threadCpu(): number {
  try {
    return Number(readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').split(' ')[0]) / 1e9;
  } catch {
    return Number.NaN;
  }
}
const rules = loadRules(['rules']);
if (out) mkdirSync(out, { recursive: true });

/** Extracts the claims of one folder (with the drop's learned organisations) and prints their digest. */
async function digest(label: string, dir: string): Promise<void> {
  const { sources } = await readInputs([dir]);
  const withLearned = withLearnedOrganisations(rules, sources);
  forgetTaggedSentences();
  forgetTextMemos();
  const t0 = performance.now();
  const cpu0 = threadCpu();
  const claims = sources.map((s) => {
    const found = { source: s.id, claims: extractClaims(s, withLearned) };
    if (noMemo) {
      forgetTaggedSentences();
      forgetTextMemos();
    }
    return found;
  });
  const seconds = (performance.now() - t0) / 1000;
  const cpu = threadCpu() - cpu0;
  const { tagged, reused } = taggingCounts();
  const json = JSON.stringify(claims, null, 1);
  const hash = createHash('sha256').update(json).digest('hex').slice(0, 16);
  const count = claims.reduce((n, c) => n + c.claims.length, 0);
  console.log(`${label.padEnd(24)} ${String(count).padStart(6)} claims  ${hash}  ${seconds.toFixed(2)}s  cpu ${cpu.toFixed(2)}s${noMemo ? '' : `  tagged ${tagged} + ${reused} repeats`}`);
  if (out) writeFileSync(join(out, `${label.replace(/\W+/g, '_')}.json`), json);
}

for (const folder of FOLDERS) await digest(folder, folder);
for (const n of sizes) {
  // A fixed folder: a source's id is its path, and claim ids hash it.
  const dir = join(tmpdir(), 'factdiff-digest', String(n));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const file of generateDrop(n).files) writeFileSync(join(dir, file.name), file.text);
  await digest(`generated-${n}`, dir);
  rmSync(dir, { recursive: true, force: true });
}
