import { readdirSync, readFileSync, statSync } from 'node:fs';
import { InOrder } from '../parallel/in-order.js';
import type { Diagnostic, FailedInput } from '../types.js';
import { diagnostic } from './diagnostics.js';
import { formatOf, ingestFile, type IngestResult } from './ingest-file.js';
import type { SidecarFile } from './sidecar.js';

const SIDECAR = /\.meta\.(?:json|ya?ml)$/i;
const SIDECAR_EXTENSIONS = ['json', 'yaml', 'yml'];

/** Files over this many bytes are skipped unless a caller sets another limit: 20 MiB. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** What `readInputs` needs of a file system; tests pass one that fails on purpose. */
export interface InputFs {
  stat(path: string): Promise<{ size: number; dev: number; ino: number; isFile(): boolean; isDirectory(): boolean; isFIFO(): boolean; isSocket(): boolean }>;
  readdir(path: string): Promise<string[]>;
  readFile(path: string): Promise<Uint8Array>;
}

export interface ReadOptions {
  /** A file over this many bytes is skipped with a `too-large` diagnostic, never read (default 20 MiB). */
  maxBytes?: number;
  /** The file system to read (default: node:fs). */
  fs?: InputFs;
  /** What earlier runs ingested, by file (its path and bytes, its sidecar's): a file found there is not parsed again. */
  cache?: IngestCache;
  /**
   * Ingests the files the cache does not hold, all at once, each one's result in order (as
   * `ingestFile` would give it): on worker threads, say. Without it each file is ingested here
   * as it is read. With it, every file not in the cache is read before any is ingested. It may
   * tell `placed` of each result as soon as it has it (in any order), so that the cache is
   * written while the rest are still being ingested.
   */
  ingest?: (files: RawFile[], placed?: (k: number, result: IngestResult) => void) => Promise<IngestResult[]>;
}

/** One file as read: what `ingestFile` is given, so all its result depends on. */
export interface RawFile {
  path: string;
  bytes: Uint8Array;
  sidecar?: SidecarFile;
}

/**
 * Files ingested by earlier runs. A store must never fail a run: an entry it cannot read is a
 * miss, a write it cannot make is dropped.
 */
export interface IngestCache {
  get(file: RawFile): IngestResult | undefined;
  set(file: RawFile, result: IngestResult): void;
}

/**
 * node:fs, asked synchronously behind the async interface: a drop is thousands of small files,
 * and each asynchronous call costs a round trip through the thread pool (about twice the time
 * of the read itself on a warm run). Nothing else runs while the drop is read.
 */
const nodeFs: InputFs = { stat: async (path) => statSync(path), readdir: async (path) => readdirSync(path), readFile: async (path) => readFileSync(path) };

/**
 * Reads every source under the given paths: files as given, directories walked recursively in
 * sorted order (hidden entries skipped), keeping `.txt .md .json .html .htm` files and using
 * `NAME.meta.json|yaml|yml` as the sidecar of `NAME.ext`. Paths stay as given, with forward
 * slashes; files are read in path order, whatever order they were given in. Every path that yields no source is a `FailedInput` saying why (missing, unreadable,
 * too large, not a regular file, a symbolic-link loop, a directory named like a source with no
 * sources in it); this never throws for a bad source.
 */
export async function readInputs(paths: readonly string[], options: ReadOptions = {}): Promise<IngestResult> {
  const fs = options.fs ?? nodeFs;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const result: IngestResult = { sources: [], failed: [] };
  const files: string[] = [];
  const seen: Seen = { stats: new Map(), listings: new Map() };
  for (const given of paths) {
    const path = given.replace(/\\/g, '/');
    const found = await walk(fs, path.length > 1 ? path.replace(/\/+$/, '') : path, new Set(), true, seen);
    files.push(...found.files);
    result.failed.push(...found.failed);
  }
  // One order whatever order the paths were given in, so that every later stage sees the same drop.
  const ordered = [...new Set(files)].sort(byCodeUnit);
  // Files are read a few at a time (the disk waits overlap) and ingested in order; only one
  // batch's bytes are held at once, unless `options.ingest` takes them all together.
  const later: Array<{ file: RawFile; at: number }> = [];
  const parts: IngestResult[] = [];
  for (let start = 0; start < ordered.length; start += READ_AHEAD) {
    const batch = ordered.slice(start, start + READ_AHEAD);
    const reads = await Promise.all(batch.map(async (path) => {
      const read = await readSource(fs, path, maxBytes, seen.stats.get(path));
      return { path, read, sidecar: 'diagnostic' in read ? undefined : await findSidecar(fs, path, maxBytes, seen) };
    }));
    for (const { path, read, sidecar } of reads) {
      if ('diagnostic' in read) {
        parts.push({ sources: [], failed: [failure(path, read.diagnostic)] });
        continue;
      }
      const file: RawFile = { path, bytes: read.bytes, ...(sidecar ? { sidecar } : {}) };
      let ingested = options.cache?.get(file);
      if (!ingested && options.ingest) {
        later.push({ file, at: parts.length });
        parts.push({ sources: [], failed: [] });
        continue;
      }
      if (!ingested) {
        ingested = ingestFile(path, read.bytes, sidecar);
        options.cache?.set(file, ingested);
      }
      parts.push(ingested);
    }
  }
  if (options.ingest && later.length > 0) {
    // Cache entries are written in file order, each as soon as every file before it is in.
    const cache = options.cache;
    const written = new InOrder<IngestResult>((k, ingested) => cache?.set(later[k]!.file, ingested));
    const made = await options.ingest(later.map(({ file }) => file), cache ? (k, result) => written.give(k, result) : undefined);
    later.forEach(({ file, at }, k) => {
      const ingested = made[k] ?? ingestFile(file.path, file.bytes, file.sidecar);
      if (k >= written.handed) cache?.set(file, ingested);
      parts[at] = ingested;
    });
  }
  for (const part of parts) {
    result.sources.push(...part.sources);
    result.failed.push(...part.failed);
  }
  return result;
}

/** Files read at once. */
const READ_AHEAD = 16;

type Walked = { files: string[]; failed: FailedInput[] };
type Info = Awaited<ReturnType<InputFs['stat']>>;

/**
 * What one read has learned of the file system, so nothing is asked twice: each walked path's
 * `stat`, and each folder's names (lower-cased, NFC) for finding sidecars without trying names
 * that are not there (undefined when the folder cannot be listed).
 */
interface Seen {
  stats: Map<string, Info>;
  listings: Map<string, Promise<Set<string> | undefined>>;
}

/** The source files at a path; `ancestors` (device:inode) stops a linked folder from being walked inside itself. */
async function walk(fs: InputFs, path: string, ancestors: ReadonlySet<string>, given: boolean, seen: Seen): Promise<Walked> {
  let info: Info;
  try {
    info = await fs.stat(path);
  } catch (error) {
    return { files: [], failed: [failure(path, unreadable(path, error))] };
  }
  if (!info.isDirectory()) {
    if (SIDECAR.test(path) || (!given && !formatOf(path))) return { files: [], failed: [] };
    seen.stats.set(path, info);
    return { files: [path], failed: [] };
  }
  const id = `${info.dev}:${info.ino}`;
  if (ancestors.has(id)) return { files: [], failed: [failure(path, diagnostic('symlink-loop', 'error', { path }))] };
  let names: string[];
  try {
    const all = await fs.readdir(path);
    seen.listings.set(path, Promise.resolve(new Set(all.map(folded))));
    names = all.filter((name) => !name.startsWith('.')).sort(byCodeUnit);
  } catch (error) {
    return { files: [], failed: [failure(path, unreadable(path, error))] };
  }
  const inside = new Set([...ancestors, id]);
  const walked: Walked = { files: [], failed: [] };
  for (const name of names) {
    const child = await walk(fs, path === '/' ? `/${name}` : `${path}/${name}`, inside, false, seen);
    walked.files.push(...child.files);
    walked.failed.push(...child.failed);
  }
  const ext = formatOf(path) && path.slice(path.lastIndexOf('.'));
  if (ext && walked.files.length === 0 && walked.failed.length === 0) {
    walked.failed.push(failure(path, diagnostic('directory-named-like-source', 'warning', { path, ext })));
  }
  return walked;
}

/** A regular file's bytes, or why it is not read (its size is checked before any byte is read; `known` is its `stat` from the walk). */
async function readSource(fs: InputFs, path: string, maxBytes: number, known?: Info): Promise<{ bytes: Uint8Array } | { diagnostic: Diagnostic }> {
  try {
    const info = known ?? (await fs.stat(path));
    const kind = info.isFIFO() ? 'a named pipe' : info.isSocket() ? 'a socket' : info.isFile() ? undefined : 'a device or special file';
    if (kind) return { diagnostic: diagnostic('not-a-file', 'error', { path, kind }) };
    if (info.size > maxBytes) return { diagnostic: diagnostic('too-large', 'error', { size: info.size, limit: maxBytes }) };
    return { bytes: await fs.readFile(path) };
  } catch (error) {
    return { diagnostic: unreadable(path, error) };
  }
}

async function findSidecar(fs: InputFs, path: string, maxBytes: number, seen: Seen): Promise<SidecarFile | undefined> {
  const base = path.replace(/\.[^./]+$/, '');
  const slash = base.lastIndexOf('/');
  const folder = slash < 0 ? '.' : slash === 0 ? '/' : base.slice(0, slash);
  let listing = seen.listings.get(folder);
  if (listing === undefined) {
    listing = fs.readdir(folder).then((names) => new Set(names.map(folded)), () => undefined);
    seen.listings.set(folder, listing);
  }
  const names = await listing;
  for (const ext of SIDECAR_EXTENSIONS) {
    const candidate = `${base}.meta.${ext}`;
    // Only names the folder holds (compared loosely, for file systems that ignore case) are tried.
    if (names && !names.has(folded(candidate.slice(slash + 1)))) continue;
    const read = await readSource(fs, candidate, maxBytes).catch(() => undefined);
    if (read && 'bytes' in read) return { path: candidate, bytes: read.bytes };
  }
  return undefined;
}

function folded(name: string): string {
  return name.normalize('NFC').toLowerCase();
}

function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function failure(path: string, problem: Diagnostic): FailedInput {
  return { path, diagnostics: [problem] };
}

function unreadable(path: string, error: unknown): Diagnostic {
  const code = (error as { code?: string }).code;
  if (code === 'ELOOP') return diagnostic('symlink-loop', 'error', { path });
  return diagnostic('unreadable', 'error', { path, reason: reasonOf(code, error) });
}

function reasonOf(code: string | undefined, error: unknown): string {
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'ENAMETOOLONG') return 'the path is too long';
  return error instanceof Error ? error.message : String(error);
}
