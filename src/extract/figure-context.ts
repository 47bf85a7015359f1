/**
 * What the words right around a figure say about it, beyond its number and unit: a part of the
 * figure before it ("33 of them seriously"), people said to be missing, a lesser event's measure,
 * a revision "up to" a figure.
 */
import type { Rule } from '../rules/types.js';

/** "33 of them seriously", "37 of them in serious condition": how badly some of the people the figure before counts are hurt. */
const OF_THEM = /^[\d,.]+\s+of\s+them\s+(?:were\s+|are\s+)?(?:seriously|critically|severely|badly|gravely|lightly|slightly|in\s+(?:a\s+)?(?:serious|critical|grave|stable)\s+condition)\b/i;

/** Whether the figure at `digit` counts some of the people the figure before it counts, by how badly they are hurt. */
export function ofThem(text: string, digit: number): boolean {
  return OF_THEM.test(text.slice(digit));
}

/** A count of people said to be missing or unaccounted for, right after its noun. */
const MISSING = /^[\d,.]+(?:\s+(?:million|thousand))?\s+(?:[a-z]+\s+){0,2}?(?:(?:are|were|is|was|remain|remained|still)\s+)*(?:missing|unaccounted)\b/i;

/** "1,663 injured, with more than 500 people missing": whether the figure at `digit` counts people said to be missing. */
export function saidMissing(text: string, digit: number): boolean {
  return MISSING.test(text.slice(digit, digit + 60));
}

/**
 * A lesser event named before a measure in its clause ("followed by at least five strong aftershocks,
 * one of them of magnitude 5.5"): the measure is that event's (the rule's `lesserEvents`, singular).
 */
export function lesserEvent(text: string, digit: number, rule: Rule): string | undefined {
  const clause = text.slice(Math.max(0, digit - 80), digit).split(/[.;]/).at(-1) ?? '';
  const words = clause.toLowerCase().split(/[^a-z]+/);
  const found = (rule.extract?.lesserEvents ?? []).find((noun) => words.includes(noun));
  return found?.replace(/s$/, '');
}

/** A revision's verb right before a figure written "up to" or "down to" it. */
const REVISED = /\b(?:revised|raised|lowered|adjusted|corrected)\s+$/i;

/**
 * "The number of injured has been revised up to 173": the figure's match from its number on ("up
 * to" after a verb of revision is no approximation); any other match as it is.
 */
export function revisedTo(text: string, match: RegExpMatchArray): RegExpMatchArray {
  const lead = /^(?:up|down)\s+to\s+/i.exec(match[0]);
  if (!lead || !REVISED.test(text.slice(0, match.index ?? 0))) return match;
  return Object.assign([match[0].slice(lead[0].length)], { index: (match.index ?? 0) + lead[0].length, input: match.input }) as RegExpMatchArray;
}
