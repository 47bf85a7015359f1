/**
 * The ingest stage's parsing on the run's pool: files cut into batches of neighbours, each
 * batch ingested by a worker, results placed by position, so the drop comes back in the order
 * it was given whichever worker finished first. Without a pool worth starting (little to
 * ingest, `--jobs 1`, no build), or for a batch whose worker failed, files are ingested here.
 * Extraction comes next on the same workers: as soon as fewer batches are left than there are
 * workers, a worker is about to run out of files, and is asked to load the extraction code
 * (extract-worker.ts) while the main thread finishes the read stage.
 */
import type { FindsLexicon } from '../extract/learn-organisations.js';
import { ingestFile, type IngestResult } from '../ingest/ingest-file.js';
import type { RawFile } from '../ingest/read-inputs.js';
import { neighbourBatches } from './batches.js';
import { placeIngested, type IngestedFile, type IngestTask } from './ingest-task.js';
import type { WorkerPool } from './worker-pool.js';

/**
 * Each file ingested, in order; `digests` when the run caches claims, `finds` (the rules' organisation
 * heads and nouns) to have each source's learned-organisation finds computed too (see ingest-task.ts);
 * `placed` hears of each result as it is placed.
 */
export async function ingestFiles(files: readonly RawFile[], pool: WorkerPool, digests: boolean, placed?: (k: number, result: IngestResult) => void, finds?: FindsLexicon): Promise<IngestResult[]> {
  const here = (file: RawFile) => ingestFile(file.path, file.bytes, file.sidecar);
  const bytes = files.reduce((sum, file) => sum + file.bytes.length, 0);
  const started = files.length > 0 ? pool.for(bytes, files.length) : undefined;
  if (!started || 'problem' in started) return files.map(here);
  const results: IngestResult[] = [];
  const positions = files.map((_, i) => i);
  const batches = neighbourBatches(positions, started.threads);
  let left = batches.length;
  let prepared = 0;
  const ranOut = () => {
    left--;
    // Each request goes to an idle worker (one task at a time each); its answer is not waited for.
    for (; prepared < Math.min(started.threads, started.threads - left); prepared++) started.pool.run({ prepare: true }).catch(() => undefined);
  };
  await Promise.all(
    batches.map(async (batch) => {
      const got: unknown = await started.pool.run({ ingest: batch.map((i) => files[i]!), digests, ...(finds ? { finds } : {}) } satisfies IngestTask).catch(() => undefined);
      ranOut();
      if (!Array.isArray(got) || got.length !== batch.length) {
        for (const i of batch) {
          results[i] = here(files[i]!);
          placed?.(i, results[i]);
        }
        return;
      }
      batch.forEach((i, k) => {
        results[i] = placeIngested(got[k] as IngestedFile);
        placed?.(i, results[i]);
      });
    }),
  );
  return results;
}
