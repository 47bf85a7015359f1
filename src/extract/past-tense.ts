/**
 * Whether the verb nearest a value is in the past ("In 2017, the group had eight members"):
 * only then does a time written in the sentence date the value. A value stated in the present
 * ("It has 10 member states", "31 members meet on Tuesday") holds on the publication date.
 */
import type { NlpDoc } from './context.js';
import { verbsOf } from './verbs.js';

/** Whether the verb nearest offset `at` of a tagged sentence is in the past tense. */
export function pastTense(doc: NlpDoc, at: number): boolean {
  const nearest = [...verbsOf(doc)].sort((a, b) => Math.abs(a.offset.start - at) - Math.abs(b.offset.start - at))[0];
  return nearest?.terms.some((t) => t.tags.includes('PastTense')) ?? false;
}
