/**
 * What ingest made of each file, kept between runs beside the claims (the same folder, files and
 * safety rules: see file-entry-store.ts), so that a warm run does not parse every article again.
 * An entry's key is a hash of the file's path and bytes and of its sidecar's; the folder's salt
 * (a fingerprint of the running code) keeps entries of another build apart. Each entry also
 * holds, per source, the digest its claim key starts from and its reprint features, so a warm
 * run computes neither again. The features (sorted 32-bit hashes, about a third of what ingest
 * keeps per file) are stored as bytes beside the entry (`ingest-features`), not as text in it: a
 * warm run reads them as they lie, with no text to decode, parse and turn back into numbers.
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
const FORMAT = 2;
/** An entry's reprint features, as bytes: per source, the counts of its shingles and content pairs (32-bit words), then both. */
const FEATURES = 'ingest-features';
const FEATURES_FORMAT = 1;

/** Per source of an entry: the claim key's digest and the shingle length its features were made with. */
interface Extra {
  digest: string;
  k: number;
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
    // A file that gave no source (a JSON array of none, say) has no features to store.
    const features = entry && (entry.extras.length === 0 ? [] : featuresOf(this.store.readRaw(FEATURES, FEATURES_FORMAT, key), entry.extras.length));
    if (read && !features) {
      const why = 'damaged' in read ? read.damaged : !entry ? 'its content is not that of an ingested file' : 'its reprint features are missing or cut short';
      this.options.warn?.(`damaged cache entry ${this.store.fileOf(KIND, key)} (${why}): ignored, the file is read again`);
    }
    if (!entry || !features) {
      this.stats.misses++;
      return undefined;
    }
    entry.result.sources.forEach((source, i) => {
      const extra = entry.extras[i]!;
      rememberSourceDigest(source, extra.digest);
      rememberStoryFeatures(source, extra.k, features[i]!);
    });
    this.stats.hits++;
    return entry.result;
  }

  set(file: RawFile, result: IngestResult): void {
    const k = DEFAULT_REPRINT_THRESHOLDS.shingleWords;
    // Features computed ahead (by a worker that ingested the file, parallel/ingest-task.ts) are used, not computed again.
    const features = result.sources.map((source) => takeStoryFeatures(source, k));
    const extras = result.sources.map((source, i): Extra => {
      rememberStoryFeatures(source, k, features[i]!);
      return { digest: sourceDigest(source), k };
    });
    const key = keyOf(file);
    // The features first: an entry is never found without them (a run killed between the two writes leaves bytes no entry points to).
    const stored = features.length === 0 || this.store.writeRaw(FEATURES, FEATURES_FORMAT, key, encodeFeatures(features));
    if (stored && this.store.write(KIND, FORMAT, key, { result, extras } satisfies Entry)) this.stats.writes++;
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
  const sane = (source: Source, extra: Extra) => typeof source?.text === 'string' && typeof extra?.digest === 'string' && typeof extra.k === 'number';
  return sources.every((source, i) => sane(source, entry.extras![i]!)) ? (entry as Entry) : undefined;
}

interface Features {
  shingles: Uint32Array;
  contentPairs: Uint32Array;
}

/** The features of an entry's sources as one run of 32-bit words (in this machine's byte order, which the key holds). */
function encodeFeatures(features: readonly Features[]): Uint8Array {
  const words = new Uint32Array(features.reduce((sum, f) => sum + 2 + f.shingles.length + f.contentPairs.length, 0));
  let at = 0;
  for (const { shingles, contentPairs } of features) {
    words[at++] = shingles.length;
    words[at++] = contentPairs.length;
    words.set(shingles, at);
    words.set(contentPairs, at + shingles.length);
    at += shingles.length + contentPairs.length;
  }
  return new Uint8Array(words.buffer);
}

/** The features of `count` sources from their bytes (copied once: the bytes may be a view into a pack); undefined when they do not fit. */
function featuresOf(bytes: Uint8Array | undefined, count: number): Features[] | undefined {
  if (!bytes || bytes.length % 4 !== 0) return undefined;
  const copy = new Uint8Array(bytes.length);
  copy.set(bytes);
  const words = new Uint32Array(copy.buffer);
  const features: Features[] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    if (at + 2 > words.length) return undefined;
    const shingles = words[at]!;
    const contentPairs = words[at + 1]!;
    at += 2;
    if (at + shingles + contentPairs > words.length) return undefined;
    features.push({ shingles: words.subarray(at, at + shingles), contentPairs: words.subarray(at + shingles, at + shingles + contentPairs) });
    at += shingles + contentPairs;
  }
  return at === words.length ? features : undefined;
}
