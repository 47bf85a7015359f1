import type { Diagnostic } from '../types.js';
import { metadataDateOf } from './date-parts.js';
import { describe, diagnostic } from './diagnostics.js';
import type { Meta } from './draft.js';

/** A field's parsed value and where it is written (for diagnostics). */
export interface FieldValue {
  value: unknown;
  place?: { line: number; column: number };
}

const STRING_FIELDS: ReadonlyArray<[key: string, field: Exclude<keyof Meta, 'published' | 'publishedEvidence'>]> = [
  ['title', 'title'],
  ['url', 'url'],
  ['publisher', 'publisher'],
  ['language', 'language'],
  ['translated_from', 'translatedFrom'],
  ['translatedFrom', 'translatedFrom'],
];

/**
 * Names other tools write for the contract's fields (a static-site generator's `date`, a scraper's
 * `outlet`): read when the contract's own name is absent, which wins when both are written.
 */
export const FIELD_ALIASES: Readonly<Record<string, readonly string[]>> = {
  published: ['date', 'pubDate', 'datePublished', 'published_at', 'publishedAt'],
  publisher: ['outlet', 'source', 'site_name', 'siteName'],
  body: ['text', 'content'],
};

/** A field by its contract name, else by the first of its aliases written. */
export function fieldOf<T>(fields: ReadonlyMap<string, T>, name: string): { key: string; entry: T } | undefined {
  for (const key of [name, ...(FIELD_ALIASES[name] ?? [])]) {
    const entry = fields.get(key);
    if (entry !== undefined) return { key, entry };
  }
  return undefined;
}

/**
 * Reads the contract's metadata fields (`title`, `url`, `publisher`, `published`, `language`,
 * `translated_from`) from front matter, a JSON object or a sidecar. A field of the wrong type or
 * a `published` that is not an ISO date is a warning at its place and is left out.
 */
export function readMetaFields(fields: ReadonlyMap<string, FieldValue>, where = ''): { meta: Meta; diagnostics: Diagnostic[] } {
  const meta: Meta = {};
  const diagnostics: Diagnostic[] = [];
  for (const [name, field] of STRING_FIELDS) {
    const found = fieldOf(fields, name);
    const entry = found?.entry;
    const key = found?.key ?? name;
    if (!entry || entry.value === undefined || entry.value === null) continue;
    if (typeof entry.value === 'string') {
      if (entry.value.trim()) meta[field] = entry.value.trim();
    } else {
      diagnostics.push(diagnostic('invalid-field', 'warning', { where, field: key, found: describe(entry.value) }, entry.place));
    }
  }
  const written = fieldOf(fields, 'published');
  const published = written?.entry;
  if (published && published.value !== undefined && published.value !== null) {
    const value = published.value instanceof Date ? published.value.toISOString() : published.value;
    const date = typeof value === 'string' ? metadataDateOf(value) : undefined;
    if (date && typeof value === 'string') {
      meta.published = date;
      meta.publishedEvidence = value.trim();
    } else {
      diagnostics.push(diagnostic('invalid-date', 'warning', { where, field: written?.key ?? 'published', found: describe(value) }, published.place));
    }
  }
  return { meta, diagnostics };
}
