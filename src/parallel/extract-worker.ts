/**
 * The worker of the run's pool (worker-pool.ts). It runs from the built `dist/` (a `.ts` worker
 * entry does not load under tsx on Node 20). It takes three kinds of task: files to ingest
 * (ingest-task.ts); a few neighbouring sources to extract (batches.ts) with the run's rules,
 * the drop's learned organisations merged in, sent as a reference to shared bytes and read once
 * per rule set (or given once as `workerData.rules`, for a pool started with them); and a
 * request to load the extraction code ahead of the first sources.
 *
 * The extraction code (compromise and the extractors, most of a second to load) is loaded on
 * first need, not when the worker starts: a cold run ingests the drop on the same workers
 * first, and ingest needs none of it, so the workers start ingesting that much sooner. The
 * pool asks each worker to load it as ingest runs out of files (`prepare`), while the main
 * thread learns the drop's organisations; a worker asked to extract before that loads it then.
 */
import { deserialize, serialize } from 'node:v8';
import { workerData } from 'piscina';
import type { RuleSet } from '../rules/types.js';
import type { Source } from '../types.js';
import { extractOne, type Extracted, type ExtractFunction } from './extract-one.js';
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

let extraction: Promise<ExtractFunction> | undefined;

/** The extractors, loaded once, on first need. */
function extractor(): Promise<ExtractFunction> {
  extraction ??= import('../extract/index.js').then((loaded) => loaded.extractClaims);
  return extraction;
}

/** Sources to extract; `packed` asks for the results serialised (`v8.serialize`), to be read when the caller chooses. */
type ExtractTask = { sources: Source[]; rules?: SharedRules; packed?: boolean };

/** Load the extraction code now (see above); answers true once it is loaded. */
export type PrepareTask = { prepare: true };

/** One task: files to ingest, sources to extract (each one's claims and diagnostics out, in the same order), or loading the extractors. */
export default function task(input: ExtractTask | IngestTask | PrepareTask): IngestedFile[] | Promise<Extracted[] | Uint8Array | boolean> {
  if ('ingest' in input) return ingestTask(input);
  if ('prepare' in input) return extractor().then(() => true);
  return extractor().then((extractClaims) => {
    const rules = rulesOf(input.rules);
    const results = input.sources.map((source) => extractOne(extractClaims, source, rules));
    return input.packed ? serialize(results) : results;
  });
}
