/**
 * Totals named before their figure: "the death toll has risen to 131", "put the toll at 72", and
 * told again in the sentence after ("It stood at 128 on Sunday and 168 on Monday"). The noun gives
 * the figure its unit (the quantity rule's `namedTotals`), whatever word follows the number.
 */
import type { Rule } from '../rules/types.js';
import type { parseQuantity } from '../normalize/numbers/index.js';
import { UNIT_WORDS } from './quantity-units.js';

/** Units that make a span of the calendar, an age or a time of day, which time expressions cover (minutes and hours stay). */
export const DURATIONS = new Set(['year', 'month', 'week', 'day', 'decade', 'century', 'am', 'pm', 'a.m', 'p.m']);

/**
 * "The death toll … has risen to 131, local authorities said": a total named before its figure
 * gives the unit, whatever word follows the number (none, "people", "authorities").
 */
export function namedTotal(quantity: ReturnType<typeof parseQuantity>, before: string, rule: Rule, earlier?: string, after = ''): ReturnType<typeof parseQuantity> {
  if (!quantity || quantity.currency || UNIT_WORDS.has(quantity.unit) || DURATIONS.has(quantity.unit)) return quantity;
  // A total referred to is a bare figure ("it was 180, NHK said"), not one with a noun of its own ("It was 25 degrees").
  const referred = earlier !== undefined && BARE_FIGURE.test(after) && TOTAL_REFERRED.test(before);
  const unit = namedTotalPatterns(rule).find(([, pattern]) => pattern.test(before))?.[0] ?? (referred ? earlier : undefined);
  return unit ? { ...quantity, unit } : quantity;
}

/** A figure with no noun after it: a comma, a full stop or a preposition follows. */
const BARE_FIGURE = /^[\d,.]*\d(?:\s*[,.;:)]|\s+(?:on|by|in|as|at|and|with|when|after|before|of)\b|\s*$)/;

/**
 * "It stood at 128 on Sunday and 168 on Monday", "By Tuesday it was 180": "it" after a sentence that
 * gave a named total is that total; so is a figure joined to one ("… at 128 on Sunday and 168"), and
 * one another authority counted ("the prefecture put the toll at 72 …, while NHK counted 73").
 */
const TOTAL_REFERRED = /(?:\b[Ii]t\s+(?:has\s+|had\s+)?(?:stood\s+at|stands\s+at|was|is|rose\s+to|risen\s+to|reached|climbed\s+to|jumped\s+to)|\d[\d,.]*\s+(?:on|by)\s+\p{Lu}\p{Ll}+\s+and|\b(?:counted|counts|put\s+it\s+at|puts\s+it\s+at|gave|gives))\s+(?:(?:at least|about|around|some|nearly|almost|more than|over)\s+)?$/u;

const totalPatterns = new WeakMap<Rule, Array<[string, RegExp]>>();

/** Each named total's pattern, compiled once per rule: "the death toll … has risen to" right before the figure. */
function namedTotalPatterns(rule: Rule): Array<[string, RegExp]> {
  let patterns = totalPatterns.get(rule);
  if (!patterns) {
    patterns = Object.entries(rule.extract?.namedTotals ?? {}).map(([unit, nouns]) => {
      const alternatives = [...nouns].sort((a, b) => b.length - a.length).map((n) => n.replace(/\s+/g, '\\s+')).join('|');
      return [unit, new RegExp(`\\b(?:${alternatives})\\b(?:[^.;]|\\.\\d){0,70}?\\s(?:has\\s+|had\\s+|have\\s+)?(?:rose|risen|rises|jumped|jumps|climbed|climbs|increased|reached|reaches|hit|stood\\s+at|stands\\s+at|is|was|of|to|at)\\s+(?:to\\s+)?(?:(?:at least|about|around|some|nearly|almost|more than|over)\\s+)?$`, 'i')];
    });
    totalPatterns.set(rule, patterns);
  }
  return patterns;
}

/** Whether a unit comes from a named total (its words stand before the figure, so the display stops at a comma). */
export function namedUnit(unit: string, rule: Rule): boolean {
  return Object.hasOwn(rule.extract?.namedTotals ?? {}, unit);
}

