/**
 * How a figure's words read: what it measures when its unit does not say ("1.5 percent of its GDP"
 * → gdp), the noun family that names it, a rate ("per km", "to the dollar"), and the words shown for
 * it. Used by the quantity extractor (extractors/quantity.ts).
 */
import type { parseQuantity } from '../normalize/numbers/index.js';
import type { Rule } from '../rules/types.js';
import { parsedQuantity } from './parsed-quantity.js';

/** The noun a family names for what a figure measures ("vessel" → ship, by the rule's `nounFamilies`), else the noun itself. */
export function nounFamily(noun: string, rule: Rule): string {
  if (!noun) return noun;
  for (const [head, members] of Object.entries(rule.extract?.nounFamilies ?? {})) if (members.includes(noun)) return head;
  return noun;
}

/** "320 km (199 miles) per hour": a conversion in brackets is not part of the quantity. */
export function withoutAsides(text: string): string {
  return text.replace(/\s*\([^)]*\)/g, '');
}

/**
 * "7.53450 kuna per euro", "Rp16,283 to the dollar": a currency per another is an exchange rate;
 * "41.96 million US dollars per km" is a price per unit, not a sum.
 */
export function rateOf(quantity: ReturnType<typeof parseQuantity>, text: string): ReturnType<typeof parseQuantity> {
  if (!quantity?.currency) return quantity;
  const clean = withoutAsides(text);
  const per = /^\S+(?:\s+\S+){0,3}?\s+(?:per|to\s+(?:one|a|the|1))\s+([\p{L}$€£¥.]+)/u.exec(clean)?.[1];
  const other = per ? parsedQuantity(`1 ${per}`)?.currency : undefined;
  if (other && other !== quantity.currency) return { ...quantity, unit: `${quantity.unit}/${other}` };
  const each = /^\S+(?:\s+\S+){0,3}?\s+per\s+(\p{L}+)/u.exec(clean)?.[1];
  if (!each || other) return quantity;
  const unit = parsedQuantity(`1 ${each}`)?.unit ?? each.toLowerCase().replace(/s$/, '');
  return { ...quantity, unit: `${quantity.unit}/${unit}` };
}

export function isPartOfWord(text: string, at: number): boolean {
  return at > 0 && /[\w+\-/.]/.test(text[at - 1] ?? '');
}

const NOT_MEASURED = new Set(
  'of in on to and or but from for with by at as per via into onto over under above below before after across since until during within without about against among between through than more less were was is are be been has have had this that these those the a an its their his her year-on-year drove rode flew went came took ran'.split(' '),
);

/**
 * What a quantity measures when its unit does not say: "1.5 percent of its GDP" → gdp,
 * "the 2 percent target" → target, "10 tons of narcotic drugs" → drug.
 */
export function measuredThing(text: string, unit: string): string {
  // "99% of current exports": a percentage written with its sign.
  const sign = unit === 'percent' && !/percent/i.test(text) ? text.indexOf('%') : -1;
  const at = sign >= 0 ? sign : text.toLowerCase().indexOf(unit.toLowerCase());
  if (at < 0) return '';
  const end = sign >= 0 ? sign + 1 : at + unit.length;
  const tail = /^\S*/.exec(text.slice(end))?.[0] ?? '';
  // "roughly 40 minutes, operators say": a word after a comma is not what was measured.
  if (/[,;:.)]/.test(tail)) return '';
  const rest = text.slice(end + tail.length);
  const word = /^\s+of\s+(?:(?:the|its|their|his|her|a|an|all)\s+)?(?:[\w-]+\s+){0,2}?([A-Za-z-]+)\b(?!\s+(?:[a-z-]+|[A-Z]{2,}|[A-Z][a-z]+)\b(?<!\b(?:were|was|is|are|on|in|and|to|from|for|by|at|has|have|had|will)))/.exec(rest)?.[1]
    ?? /^\s+([a-z][\w-]+)/.exec(rest)?.[1];
  if (!word || NOT_MEASURED.has(word.toLowerCase()) || /ed$/.test(word)) return '';
  return word.toLowerCase().replace(/s$/, '');
}

/** The words of the quantity up to its unit: "1,151 crimes related to" → "1,151 crimes"; "up to 350 km per hour" stays whole. */
export function displayOf(text: string, unit: string): string {
  const at = text.toLowerCase().indexOf(unit.toLowerCase());
  const end = at >= 0 ? at + unit.length + (/^\S*/.exec(text.slice(at + unit.length))?.[0].length ?? 0) : text.length;
  const digit = text.search(/\d/);
  return `${text.slice(0, digit)}${trimDisplay(text.slice(digit, end))}`.trim();
}

/** A rate as written up to the unit after "per" or "to": "41.96 million US dollars per km". */
export function rateDisplay(text: string, fallback: string): string {
  return /^.*?\b(?:per|to\s+(?:one|a|the|1))\s+[\p{L}$€£¥.]+/u.exec(withoutAsides(text).slice(0, 120))?.[0].replace(/[.,]+$/, '') ?? fallback;
}

function trimDisplay(text: string): string {
  return text.replace(/\s+(of|in|to|and|from|for|the|were|was|with|by|at)(\s.*)?$/i, '').replace(/[,.;:]+$/, '').trim();
}
