/**
 * The worker of the extraction pool. It runs from the built `dist/` (a `.ts` worker entry does
 * not load under tsx on Node 20), is given the run's rules once, with the drop's learned
 * organisations already merged in, and is sent a few neighbouring sources at a time
 * (batches.ts).
 */
import { workerData } from 'piscina';
import { extractClaims } from '../extract/index.js';
import type { RuleSet } from '../rules/types.js';
import type { Source } from '../types.js';
import { extractOne, type Extracted } from './extract-one.js';

const { rules } = workerData as { rules: RuleSet };

/** One task: sources in, each one's claims and diagnostics out, in the same order. */
export default function extractTask({ sources }: { sources: Source[] }): Extracted[] {
  return sources.map((source) => extractOne(extractClaims, source, rules));
}
