/**
 * What ingest made of each file, kept between runs beside the claims (the same folder, files and
 * safety rules: see file-entry-store.ts), so that a warm run does not parse every article again.
 * An entry's key is a hash of the file's path and bytes and of its sidecar's; the folder's salt
 * (a fingerprint of the running code) keeps entries of another build apart. Each entry also
 * holds, per source, the digest its claim key starts from and its reprint features, so a warm
 * run computes neither again.
 */
import { createHash } from 'node:crypto';
import { endianness } from 'node:os';
import { rememberStoryFeatures, takeStoryFeatures } from '../compare/voices/story-words.js';
import { DEFAULT_REPRINT_THRESHOLDS } from '../compare/voices/group-reprints.js';
import type { IngestResult } from '../ingest/index.js';
import type { IngestCache, RawFile } from '../ingest/read-inputs.js';
import type { Source } from '../types.js';
import { rememberSourceDigest, sha256, sourceDigest } from './claim-key.js';
import type { FileEntryStore } from './file-entry-store.js';

const KIND = 'ingest';
const FORMAT = 1;

/** Per source of an entry: the claim key's digest and the reprint features (sorted hashes, base64). */
interface Extra {
  digest: string;
  k: number;
  shingles: string;
  contentPairs: string;
}

interface Entry {
  result: IngestResult;
  extras: Extra[];
}

export class FileIngestCache implements IngestCache {
  /** Counts for this instance: files found, files not found (or damaged), files written. */
  readonly stats = { hits: 0, misses: 0, writes: 0 };

  constructor(
    private readonly store: FileEntryStore,
    private readonly options: { warn?: (message: string) => void } = {},
  ) {}

  get(file: RawFile): IngestResult | undefined {
    const key = keyOf(file);
    const read = this.store.read(KIND, FORMAT, key);
    const entry = read && 'value' in read ? checked(read.value) : undefined;
    if (read && !entry) {
      const why = 'damaged' in read ? read.damaged : 'its content is not that of an ingested file';
      this.options.warn?.(`damaged cache entry ${this.store.fileOf(KIND, key)} (${why}): ignored, the file is read again`);
    }
    if (!entry) {
      this.stats.misses++;
      return undefined;
    }
    entry.result.sources.forEach((source, i) => {
      const extra = entry.extras[i]!;
      rememberSourceDigest(source, extra.digest);
      rememberStoryFeatures(source, extra.k, { shingles: decode(extra.shingles), contentPairs: decode(extra.contentPairs) });
    });
    this.stats.hits++;
    return entry.result;
  }

  set(file: RawFile, result: IngestResult): void {
    const k = DEFAULT_REPRINT_THRESHOLDS.shingleWords;
    const extras = result.sources.map((source): Extra => {
      // Features computed ahead (by a worker that ingested the file, parallel/ingest-task.ts) are used, not computed again.
      const features = takeStoryFeatures(source, k);
      rememberStoryFeatures(source, k, features);
      return { digest: sourceDigest(source), k, shingles: encode(features.shingles), contentPairs: encode(features.contentPairs) };
    });
    if (this.store.write(KIND, FORMAT, keyOf(file), { result, extras } satisfies Entry)) this.stats.writes++;
  }
}

/** The key of a file as read: its path and bytes, its sidecar's, and how numbers are laid out in the stored features. */
function keyOf(file: RawFile): string {
  return sha256(JSON.stringify([endianness(), file.path, sha256Bytes(file.bytes), file.sidecar?.path ?? null, file.sidecar ? sha256Bytes(file.sidecar.bytes) : null]));
}

function sha256Bytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A stored entry if it has the shape this code writes, else undefined (a damaged entry). */
function checked(value: unknown): Entry | undefined {
  const entry = value as Partial<Entry> | null;
  if (!entry || typeof entry !== 'object' || !entry.result || !Array.isArray(entry.extras)) return undefined;
  const { sources, failed } = entry.result as Partial<IngestResult>;
  if (!Array.isArray(sources) || !Array.isArray(failed) || sources.length !== entry.extras.length) return undefined;
  const sane = (source: Source, extra: Extra) => typeof source?.text === 'string' && typeof extra?.digest === 'string' && typeof extra.shingles === 'string' && typeof extra.contentPairs === 'string' && typeof extra.k === 'number';
  return sources.every((source, i) => sane(source, entry.extras![i]!)) ? (entry as Entry) : undefined;
}

function encode(hashes: Uint32Array): string {
  return Buffer.from(hashes.buffer, hashes.byteOffset, hashes.byteLength).toString('base64');
}

function decode(text: string): Uint32Array {
  const bytes = Buffer.from(text, 'base64');
  const copy = new Uint8Array(bytes.length - (bytes.length % 4));
  copy.set(bytes.subarray(0, copy.length));
  return new Uint32Array(copy.buffer);
}

