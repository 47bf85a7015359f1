import type { FailedInput, Source, SourceFormat } from '../types.js';
import { assembleSource, isSource } from './assemble-source.js';
import { decode } from './decode.js';
import { diagnostic } from './diagnostics.js';
import type { Draft } from './draft.js';
import { readHtml } from './formats/html.js';
import { readJson } from './formats/json.js';
import { readMd } from './formats/md.js';
import { readTxt } from './formats/txt.js';
import { lineStartsOf } from './lines.js';
import { readSidecar, type SidecarFile } from './sidecar.js';

/** What ingest gives for one or more files: the sources read and the inputs that failed. */
export interface IngestResult {
  sources: Source[];
  failed: FailedInput[];
}

const FORMATS: Record<string, SourceFormat> = { txt: 'txt', md: 'md', markdown: 'md', json: 'json', html: 'html', htm: 'html' };

/** The source format of a path by its extension, if ingest reads it. */
export function formatOf(path: string): SourceFormat | undefined {
  return FORMATS[extensionOf(path)];
}

function extensionOf(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/**
 * Reads one file's bytes into sources (a JSON array gives one per element). Pure: no I/O.
 * A sidecar's metadata overrides the file's. Problems become diagnostics, never exceptions.
 */
export function ingestFile(path: string, bytes: Uint8Array, sidecar?: SidecarFile): IngestResult {
  const file = path.replace(/\\/g, '/');
  try {
    return ingestDecoded(file, bytes, sidecar);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return failed(file, diagnostic('unreadable', 'error', { path: file, reason }));
  }
}

function ingestDecoded(file: string, bytes: Uint8Array, sidecar?: SidecarFile): IngestResult {
  const format = formatOf(file);
  if (!format) return failed(file, diagnostic('unsupported-format', 'error', { ext: `.${extensionOf(file)}` }));
  if (bytes.length === 0) return failed(file, diagnostic('empty-file', 'error', {}));
  const decoded = decode(bytes);
  if ('error' in decoded) return failed(file, decoded.error);
  const { text, diagnostics: decoding } = decoded;
  const lineStarts = lineStartsOf(text);
  const side = sidecar ? readSidecar(sidecar) : { meta: {}, diagnostics: [] };
  const items: Array<{ id: string; draft?: Draft; diagnostics: FailedInput['diagnostics'] }> =
    format === 'json'
      ? readJson(text, lineStarts).map((item) => ({ ...item, id: item.index === undefined ? file : `${file}#${item.index}` }))
      : [{ id: file, diagnostics: [], draft: readDraft(format, text, lineStarts) }];
  const result: IngestResult = { sources: [], failed: [] };
  for (const item of items) {
    if (!item.draft) {
      result.failed.push({ path: item.id, diagnostics: [...decoding, ...item.diagnostics] });
      continue;
    }
    const draft = { ...item.draft, diagnostics: [...decoding, ...side.diagnostics, ...item.draft.diagnostics] };
    const out = assembleSource(draft, { id: item.id, path: file, format, lineStarts }, side.meta);
    if (isSource(out)) result.sources.push(out);
    else result.failed.push({ ...out, path: item.id });
  }
  return result;
}

function readDraft(format: Exclude<SourceFormat, 'json'>, text: string, lineStarts: readonly number[]): Draft {
  if (format === 'md') return readMd(text, lineStarts);
  if (format === 'html') return readHtml(text, lineStarts);
  return readTxt(text);
}

function failed(path: string, ...diagnostics: FailedInput['diagnostics']): IngestResult {
  return { sources: [], failed: [{ path, diagnostics }] };
}
