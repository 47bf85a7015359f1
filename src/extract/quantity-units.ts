/**
 * What a figure counts or measures, when the words beside it say more than its head noun:
 * casualties ("2,122 dead", "killing at least 632 people", "1,648 people died" are all `death`)
 * and measures named beside their figure ("magnitude 6.8", "at a depth of 18.5 km"). The
 * vocabularies come from the quantity rule (`casualties`, `namedMeasures`).
 */
import { parsedQuantity } from './parsed-quantity.js';
import { singular } from '../normalize/numbers/noun.js';
import { parseNumber, type ParsedQuantity } from '../normalize/numbers/index.js';
import { UNIT_ALIASES } from '../normalize/numbers/vocabulary.js';
import type { Rule } from '../rules/types.js';

/** Units that are measures, not head nouns: a named total never overrides them ("a toll of 5 km" is not deaths). */
export const UNIT_WORDS = new Set(UNIT_ALIASES.map(([, unit]) => unit));

/** Head nouns of a count of people. */
export const PEOPLE = new Set(['person', 'people', 'inhabitant', 'resident', 'citizen']);

/**
 * "a magnitude 6.8 earthquake", "a 6.9-magnitude quake", "at a depth of 18.5 km": a measure named
 * beside its figure. A figure with no unit of its own takes the measure as its unit (magnitude);
 * one with a unit keeps it (km) and the measure says what it measures.
 */
export function namedMeasure(quantity: ParsedQuantity | undefined, text: string, digit: number, rule: Rule): { quantity: ParsedQuantity | undefined; measure?: string } {
  const measures = rule.extract?.namedMeasures ?? [];
  if (!quantity || quantity.currency || measures.length === 0) return { quantity };
  const before = /([a-z]+)(?:\s+of)?[\s-]+$/i.exec(text.slice(Math.max(0, digit - 24), digit))?.[1]?.toLowerCase();
  const after = /^[\d.,]+[\s-]+([a-z]+)/i.exec(text.slice(digit, digit + 40))?.[1]?.toLowerCase();
  const measure = measures.find((m) => m === before || m === after);
  if (!measure) return { quantity };
  return { quantity: UNIT_WORDS.has(quantity.unit) ? quantity : { ...quantity, unit: measure }, measure };
}

/** "the magnitude-7 quake": a figure glued to a named measure before it is read, not part of a word. */
export function afterMeasure(text: string, at: number, rule: Rule): boolean {
  const word = /([a-z]+)-$/i.exec(text.slice(Math.max(0, at - 24), at))?.[1]?.toLowerCase();
  return word !== undefined && (rule.extract?.namedMeasures ?? []).includes(word);
}

/**
 * A casualty unit by the words: the head noun ("2,122 dead"), or for a count of people or a bare
 * figure, a casualty verb right before the figure ("killing at least 632 people", "injuring 329")
 * or right after its noun ("1,648 people died", "5,674 people have been injured").
 */
export function casualtyByWords(unit: string, text: string, at: number, rule: Rule): string {
  const patterns = casualtyPatterns(rule);
  for (const { unit: casualty, nouns } of patterns) if (unit === casualty || nouns.has(unit)) return casualty;
  const beside = `${text.slice(Math.max(0, at - 40), at)}\u0000${text.slice(at, at + 60)}`;
  // "205 bodies have been recovered" (but "165 bodies had been placed" in a hangar is no recovery).
  for (const { unit: casualty, withVerb, near } of patterns) if (withVerb.has(unit)) return near.test(beside) ? casualty : unit;
  if (!countsPeople(unit, rule) && unit !== 'other' && unit !== '') return unit;
  for (const { unit: casualty, near } of patterns) if (near.test(beside)) return casualty;
  return unit;
}

/** A count of people that the governing verb makes a casualty ("the quake has killed … people"). */
export function casualtyByVerb(unit: string, verb: string | undefined, rule: Rule): string {
  if (verb === undefined) return unit;
  const lower = verb.toLowerCase();
  const bodies = casualtyPatterns(rule).find((p) => p.withVerb.has(unit));
  if (bodies) return rule.extract?.casualties?.[bodies.unit]?.verbs?.some((stem) => lower.startsWith(stem)) ? bodies.unit : unit;
  if (!countsPeople(unit, rule) && unit !== 'other') return unit;
  for (const [casualty, { verbs = [] }] of Object.entries(rule.extract?.casualties ?? {})) if (verbs.some((stem) => lower.startsWith(stem))) return casualty;
  return unit;
}

/** Whether a unit counts bodies: a noun that is a casualty only with one of its verbs ("bodies"). */
export function countsBodies(unit: string, rule: Rule): boolean {
  return casualtyPatterns(rule).some((p) => p.withVerb.has(unit));
}

/** Whether a unit counts people: person, people, or one of the rule's `peopleNouns` ("pilgrim"). */
export function countsPeople(unit: string, rule: Rule): boolean {
  return PEOPLE.has(unit) || (rule.extract?.peopleNouns ?? []).includes(unit);
}

/**
 * "at least 530 Egyptians", "60 Jordanians": a capitalised head noun right after a figure, in the
 * middle of a sentence, names people by where they come from. Its folded singular, else undefined.
 */
export function demonymAfter(text: string, digit: number): string | undefined {
  const word = /^[\d.,]+(?:\s+(?:million|thousand))?\s+(\p{Lu}\p{Ll}+(?:ians?|ans?|ese|is|ites?|ers?|ns?|s))\b(?!\s+\p{Lu})/u.exec(text.slice(digit, digit + 40))?.[1];
  return word ? singular(word.toLowerCase()) : undefined;
}

export function isCasualty(unit: string, rule: Rule): boolean {
  return Object.hasOwn(rule.extract?.casualties ?? {}, unit);
}

const casualtyCache = new WeakMap<Rule, CasualtyPattern[]>();

/** A casualty unit as a rule gives it, compiled for reading figures. */
interface CasualtyPattern {
  unit: string;
  /** Head nouns that are the unit ("dead", "deaths"). */
  nouns: Set<string>;
  /** Head nouns that are the unit only with one of its verbs ("bodies" recovered). */
  withVerb: Set<string>;
  /** One of its verbs right before or after a figure (the figure as ␀). */
  near: RegExp;
}

/** Per casualty unit: its nouns (as written and singular) and a pattern of its verbs beside a figure, compiled once per rule. */
function casualtyPatterns(rule: Rule): CasualtyPattern[] {
  let patterns = casualtyCache.get(rule);
  if (!patterns) {
    patterns = Object.entries(rule.extract?.casualties ?? {}).map(([unit, { nouns = [], verbs = [], nounsWithVerb = [] }]) => {
      const stems = verbs.map((v) => `${v}\\w*`).join('|');
      // "killing at least ␀632 people" or "␀1,648 people died", "␀5,674 people have been injured",
      // "␀151 people were now confirmed dead", "␀2,053 people are dead" (a noun of the unit after the verb),
      // "␀1,575 people from 315 households had been displaced", "␀34,297 people were in evacuation centres".
      const near = new RegExp(`\\b(?:${stems})\\s+(?:(?:at least|about|around|some|nearly|almost|more than|over|an estimated)\\s+|all\\s+but\\s+[\\w-]+\\s+of\\s+(?:the\\s+)?)?\\u0000|\\u0000[\\d.,]+(?:\\s+(?:million|thousand))?\\s+(?:[a-z]+\\s+){0,2}?(?:from\\s+[\\d.,]+\\s+[a-z]+\\s+)?(?:(?:are|is|were|was)\\s+(?:believed|feared|thought|estimated|presumed|said|reported)\\s+to\\s+have\\s+)?(?:(?:have|has|had|were|was|are|is)\\s+)?(?:been\\s+)?(?:(?:in|at)\\s+)?(?:${stems})\\b|\\u0000[\\d.,]+(?:\\s+(?:million|thousand))?\\s+(?:[a-z]+\\s+){0,2}?(?:have|has|had|were|was|are|is)\\s+(?:been\\s+)?(?:now\\s+|all\\s+)?(?:(?:confirmed|reported|feared|found|declared|presumed|pronounced)\\s+)?(?:${[...nouns].map((n) => n.replace(/[.*+?^${}()|[\\]\\\\]/g, '\\\\$&')).join('|') || '(?!)'})\\b`, 'i');
      const forms = (words: string[]) => new Set(words.flatMap((n) => [n, singular(n)]));
      return { unit, nouns: forms(nouns), withVerb: forms(nounsWithVerb), near };
    });
    casualtyCache.set(rule, patterns);
  }
  return patterns;
}

/**
 * "bringing the number of Egyptians who died during the hajj to 658": a total of the people a
 * casualty verb names, right before its figure. The casualty, and the people when they are named by
 * where they come from (a capitalised noun: a part of the toll); people counted by `peopleNouns`
 * or "people" are the whole toll.
 */
export function peopleTotal(before: string, rule: Rule): { unit: string; among?: string } | undefined {
  const match = /\bnumber\s+of\s+([\p{L}-]+)\s+(?:who|that)\s+(?:have\s+|had\s+|were\s+|was\s+)?(\p{Ll}+)\b[^.;]{0,80}?\b(?:to|at|is|was|reached|stood\s+at)\s+(?:(?:at least|about|around|some|nearly|almost|more than|over)\s+)?$/u.exec(before);
  if (!match) return undefined;
  const [, noun = '', verb = ''] = match;
  const casualty = Object.entries(rule.extract?.casualties ?? {}).find(([, { verbs = [] }]) => verbs.some((stem) => verb.toLowerCase().startsWith(stem)))?.[0];
  if (!casualty) return undefined;
  const one = singular(noun.toLowerCase());
  if (/^\p{Lu}/u.test(noun)) return { unit: casualty, among: one };
  return countsPeople(one, rule) || one === 'person' ? { unit: casualty } : undefined;
}

/**
 * "killing all but two of the 181 people on board": the people a casualty verb spared, written
 * right before the figure of all there were (the toll is the figure less them).
 */
export function allBut(text: string, at: number): { n: number; phrase: string } | undefined {
  const found = /\ball\s+but\s+([\w,-]+)\s+of\s+(?:the\s+)?$/i.exec(text.slice(Math.max(0, at - 40), at));
  const spared = found?.[1] ? parseNumber(found[1]) : undefined;
  return found && spared && Number.isInteger(spared.n) ? { n: spared.n, phrase: found[0] } : undefined;
}

/**
 * "146 of the 179 dead had been identified", "174 of 179 Muan crash victims identified": a figure
 * with no noun of its own, a part of a whole written right after it, counts what the whole counts
 * (people, when the whole is a toll: the 146 are people identified, not deaths).
 */
export function ofWhole(read: ParsedQuantity | undefined, text: string, rule: Rule): ParsedQuantity | undefined {
  if (!read || read.unit !== '' || read.currency) return read;
  const found = /^[\d,.]+\s+of\s+(?:the\s+|all\s+)?(?=\d)/.exec(text);
  const whole = found ? parsedQuantity(text.slice(found[0].length)) : undefined;
  if (!whole?.unit || whole.currency) return read;
  const unit = casualtyByWords(whole.unit, '', 0, rule);
  return { ...read, unit: isCasualty(unit, rule) ? 'person' : whole.unit };
}

/**
 * "Of the 181 people on board, 179 died": the figure after "Of the" that a comma and another
 * figure follow is the whole the part is counted in, not what the verb did.
 */
export function wholeOfPart(text: string, at: number): boolean {
  return /(?:^|[\s,;:])[Oo]f\s+(?:the\s+|all\s+)?$/.test(text.slice(Math.max(0, at - 12), at)) && /^[\d,.]+[^,;.\d]{0,40},\s*(?:(?:about|around|some|nearly|almost|at least|more than|over)\s+)?\d/.test(text.slice(at));
}
