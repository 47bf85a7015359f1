import { readdir, readFile, stat } from 'node:fs/promises';
import { diagnostic } from './diagnostics.js';
import { formatOf, ingestFile, type IngestResult } from './ingest-file.js';
import type { SidecarFile } from './sidecar.js';

const SIDECAR = /\.meta\.(?:json|ya?ml)$/i;
const SIDECAR_EXTENSIONS = ['json', 'yaml', 'yml'];

/**
 * Reads every source under the given paths: files as given, directories walked recursively in
 * sorted order (hidden entries skipped), keeping `.txt .md .json .html .htm` files and using
 * `NAME.meta.json|yaml|yml` as the sidecar of `NAME.ext`. Paths stay as given, with forward
 * slashes. A file that cannot be read is a `FailedInput`; this never throws for a bad source.
 */
export async function readInputs(paths: readonly string[]): Promise<IngestResult> {
  const result: IngestResult = { sources: [], failed: [] };
  const files: string[] = [];
  for (const given of paths) {
    const path = given.replace(/\\/g, '/');
    try {
      if ((await stat(path)).isDirectory()) files.push(...(await walk(path.replace(/\/+$/, ''))));
      else if (!SIDECAR.test(path)) files.push(path);
    } catch (error) {
      result.failed.push({ path, diagnostics: [diagnostic('unreadable', 'error', { path, reason: reasonOf(error) })] });
    }
  }
  for (const path of [...new Set(files)]) {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(path);
    } catch (error) {
      result.failed.push({ path, diagnostics: [diagnostic('unreadable', 'error', { path, reason: reasonOf(error) })] });
      continue;
    }
    const read = ingestFile(path, bytes, await findSidecar(path));
    result.sources.push(...read.sources);
    result.failed.push(...read.failed);
  }
  return result;
}

async function walk(dir: string): Promise<string[]> {
  const entries = (await readdir(dir, { withFileTypes: true }))
    .filter((e) => !e.name.startsWith('.'))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const entry of entries) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) files.push(...(await walk(path)));
    else if (formatOf(path) && !SIDECAR.test(entry.name)) files.push(path);
  }
  return files;
}

async function findSidecar(path: string): Promise<SidecarFile | undefined> {
  const base = path.replace(/\.[^./]+$/, '');
  for (const ext of SIDECAR_EXTENSIONS) {
    const candidate = `${base}.meta.${ext}`;
    try {
      return { path: candidate, bytes: await readFile(candidate) };
    } catch {
      continue;
    }
  }
  return undefined;
}

function reasonOf(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return error instanceof Error ? error.message : String(error);
}
