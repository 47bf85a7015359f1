/**
 * Extracting one source, the same way in the main thread and in a worker: a source whose
 * extraction throws keeps its other diagnostics and gains one saying no facts were read, and
 * every other source is still extracted.
 */
import type { RuleSet } from '../rules/types.js';
import type { Claim, Diagnostic, Source } from '../types.js';

/** One source's claims and its diagnostics (the ingest ones, plus a failed extraction). */
export interface Extracted {
  found: Claim[];
  diagnostics: Diagnostic[];
}

export type ExtractFunction = (source: Source, rules: RuleSet) => Claim[];

/** Runs `extract` on one source; an exception becomes an `extract-failed` diagnostic. */
export function extractOne(extract: ExtractFunction, source: Source, rules: RuleSet): Extracted {
  try {
    return { found: extract(source, rules), diagnostics: source.diagnostics };
  } catch (error) {
    return failed(source, error instanceof Error ? error.message : String(error));
  }
}

/** What a source gets when its extraction failed (in a worker too: a crashed worker fails its task). */
export function failed(source: Source, reason: string): Extracted {
  const message = `extraction failed, no facts read from this source: ${reason}`;
  return { found: [], diagnostics: [...source.diagnostics, { code: 'extract-failed', severity: 'error', message }] };
}
