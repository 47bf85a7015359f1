/**
 * The worker of the run's pool (worker-pool.ts). It runs from the built `dist/` (a `.ts` worker
 * entry does not load under tsx on Node 20). It takes two kinds of task: files to ingest
 * (ingest-task.ts), and a few neighbouring sources to extract (batches.ts) with the run's
 * rules, the drop's learned organisations merged in, sent as a reference to shared bytes and
 * read once per rule set (or given once as `workerData.rules`, for a pool started with them).
 */
import { deserialize, serialize } from 'node:v8';
import { workerData } from 'piscina';
import { extractClaims } from '../extract/index.js';
import type { RuleSet } from '../rules/types.js';
import type { Source } from '../types.js';
import { extractOne, type Extracted } from './extract-one.js';
import { ingestTask, type IngestedFile, type IngestTask } from './ingest-task.js';
import type { SharedRules } from './worker-pool.js';

const given = (workerData as { rules?: RuleSet } | undefined)?.rules;
let known: { id: number; rules: RuleSet } | undefined;

function rulesOf(shared: SharedRules | undefined): RuleSet {
  if (!shared) {
    if (!given) throw new Error('no rules were sent to the worker');
    return given;
  }
  if (known?.id !== shared.id) known = { id: shared.id, rules: deserialize(new Uint8Array(shared.bytes)) as RuleSet };
  return known.rules;
}

/** Sources to extract; `packed` asks for the results serialised (`v8.serialize`), to be read when the caller chooses. */
type ExtractTask = { sources: Source[]; rules?: SharedRules; packed?: boolean };

/** One task: files to ingest, or sources to extract (each one's claims and diagnostics out, in the same order). */
export default function task(input: ExtractTask | IngestTask): Extracted[] | IngestedFile[] | Uint8Array {
  if ('ingest' in input) return ingestTask(input);
  const rules = rulesOf(input.rules);
  const results = input.sources.map((source) => extractOne(extractClaims, source, rules));
  return input.packed ? serialize(results) : results;
}
