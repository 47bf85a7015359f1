/**
 * Ingesting files as a worker does it, and placing what came back in the main thread. A
 * worker parses each file (ingest-file.ts) and also computes, per source, what later stages
 * would otherwise compute in the main thread from its text: the reprint features (for
 * grouping reprints) and, when the run caches, the digest its claim key starts from. The main
 * thread remembers both on the sources it receives, so the result is the same as ingesting there.
 */
import { rememberSourceDigest, sourceDigest } from '../cache/claim-key.js';
import { DEFAULT_REPRINT_THRESHOLDS } from '../compare/voices/group-reprints.js';
import { rememberStoryFeatures, storyFeatures } from '../compare/voices/story-words.js';
import { rememberTextFinds, textFinder, type FindsLexicon, type TextFinds } from '../extract/learn-organisations.js';
import { ingestFile, type IngestResult } from '../ingest/ingest-file.js';
import { isExtractable } from '../ingest/language.js';
import type { RawFile } from '../ingest/read-inputs.js';

/**
 * One ingest task: files in; `digests` asks for each source's claim-key digest too, `finds` for
 * what each English source contributes to the drop's learned organisations with these heads and
 * nouns (learn-organisations.ts), which the main thread would otherwise search for after ingest,
 * while the workers wait.
 */
export interface IngestTask {
  ingest: RawFile[];
  digests: boolean;
  finds?: FindsLexicon;
}

/** One file ingested in a worker, with what was computed ahead for each of its sources (`findsContext`: what its finds were found with). */
export interface IngestedFile {
  result: IngestResult;
  ahead: Array<{ k: number; shingles: Uint32Array; contentPairs: Uint32Array; digest?: string; finds?: TextFinds }>;
  findsContext?: string;
}

/** The finder of the last lexicon a task asked with: built once per run. */
let finder: { lexicon: string; finder: ReturnType<typeof textFinder> } | undefined;

function finderFor(lexicon: FindsLexicon): ReturnType<typeof textFinder> {
  const key = JSON.stringify(lexicon);
  if (finder?.lexicon !== key) finder = { lexicon: key, finder: textFinder(lexicon) };
  return finder.finder;
}

/** The worker's side: each file ingested, in order. */
export function ingestTask({ ingest, digests, finds }: IngestTask): IngestedFile[] {
  const k = DEFAULT_REPRINT_THRESHOLDS.shingleWords;
  const found = finds ? finderFor(finds) : undefined;
  return ingest.map((file) => {
    const result = ingestFile(file.path, file.bytes, file.sidecar);
    const ahead = result.sources.map((source) => ({ k, ...storyFeatures(source.text, k), ...(digests ? { digest: sourceDigest(source) } : {}), ...(found && isExtractable(source) ? { finds: found.find(source.text) } : {}) }));
    return { result, ahead, ...(found ? { findsContext: found.context } : {}) };
  });
}

/** The main thread's side: what a worker computed ahead, remembered on the sources it sent back. */
export function placeIngested(file: IngestedFile): IngestResult {
  file.result.sources.forEach((source, i) => {
    const ahead = file.ahead[i];
    if (!ahead) return;
    rememberStoryFeatures(source, ahead.k, { shingles: ahead.shingles, contentPairs: ahead.contentPairs });
    if (ahead.digest !== undefined) rememberSourceDigest(source, ahead.digest);
    if (ahead.finds && file.findsContext !== undefined) rememberTextFinds(source, file.findsContext, ahead.finds);
  });
  return file.result;
}
