import type { Diagnostic } from '../types.js';
import { diagnostic } from './diagnostics.js';
import { lineColumn, lineStartsOf } from './lines.js';

/** A decoded file, or why it cannot be read as text. */
export type Decoded = { text: string; diagnostics: Diagnostic[] } | { error: Diagnostic };

/** How many leading bytes are checked for a NUL byte (a binary file). */
const BINARY_PROBE = 8000;

/**
 * Decodes UTF-8 bytes, dropping a BOM. Invalid bytes are replaced (with a warning at the first
 * one) rather than failing the file; a NUL byte near the start means a binary file.
 */
export function decode(bytes: Uint8Array): Decoded {
  const nul = bytes.subarray(0, BINARY_PROBE).indexOf(0);
  if (nul >= 0) return { error: diagnostic('binary-file', 'error', { offset: nul }) };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), diagnostics: [] };
  } catch {
    const text = new TextDecoder('utf-8').decode(bytes);
    const place = lineColumn(lineStartsOf(text), Math.max(0, text.indexOf('\uFFFD')));
    return { text, diagnostics: [diagnostic('invalid-encoding', 'warning', {}, place)] };
  }
}
