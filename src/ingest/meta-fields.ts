import type { Diagnostic } from '../types.js';
import { isoDateOf } from './date-parts.js';
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
 * Reads the contract's metadata fields (`title`, `url`, `publisher`, `published`, `language`,
 * `translated_from`) from front matter, a JSON object or a sidecar. A field of the wrong type or
 * a `published` that is not an ISO date is a warning at its place and is left out.
 */
export function readMetaFields(fields: ReadonlyMap<string, FieldValue>, where = ''): { meta: Meta; diagnostics: Diagnostic[] } {
  const meta: Meta = {};
  const diagnostics: Diagnostic[] = [];
  for (const [key, field] of STRING_FIELDS) {
    const entry = fields.get(key);
    if (!entry || entry.value === undefined || entry.value === null) continue;
    if (typeof entry.value === 'string') {
      if (entry.value.trim()) meta[field] = entry.value.trim();
    } else {
      diagnostics.push(diagnostic('invalid-field', 'warning', { where, field: key, found: describe(entry.value) }, entry.place));
    }
  }
  const published = fields.get('published');
  if (published && published.value !== undefined && published.value !== null) {
    const written = published.value instanceof Date ? published.value.toISOString() : published.value;
    const date = typeof written === 'string' ? isoDateOf(written) : undefined;
    if (date && typeof written === 'string') {
      meta.published = date;
      meta.publishedEvidence = written.trim();
    } else {
      diagnostics.push(diagnostic('invalid-date', 'warning', { where, field: 'published', found: describe(written) }, published.place));
    }
  }
  return { meta, diagnostics };
}
