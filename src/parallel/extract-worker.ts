/**
 * The worker of the extraction pool. It runs from the built `dist/` (a `.ts` worker entry does
 * not load under tsx on Node 20), is given the run's rules once, with the drop's learned
 * organisations already merged in, and is sent one source at a time.
 */
import { workerData } from 'piscina';
import { extractClaims } from '../extract/index.js';
import type { RuleSet } from '../rules/types.js';
import type { Source } from '../types.js';
import { extractOne, type Extracted } from './extract-one.js';

const { rules } = workerData as { rules: RuleSet };

/** One task: one source in, its claims and diagnostics out. */
export default function extractTask({ source }: { source: Source }): Extracted {
  return extractOne(extractClaims, source, rules);
}
