/**
 * What a figure measures, read from the words around it: a part of something, named as the
 * subject of the verb before it ("a new expressway whose Zhongshan section spans 44.1 km", "the
 * undersea stretch runs about 6.8 km": the part, never the whole thing's length); a size written
 * into its noun ("the 63-metre rocket"), said of a noun before "is" ("the bridge is 21.8 km long")
 * or a price written before its noun ("The $325 million mission"). Used by the quantity extractor.
 */
const PART = /\b(section|segment|stretch|portion|leg|part)\s+(?:(?:that|which)\s+)?(?:alone\s+)?(?:spans?|measures?|stretches|runs?|is|was|covers?|extends?(?:\s+(?:for|over))?)\s+(?:(?:about|around|some|roughly|nearly|almost|more than|over|just over|up to)\s+)?$/i;

/** The part a figure at `at` measures ("section"), or undefined. */
export function measuredPart(text: string, at: number): string | undefined {
  return PART.exec(text.slice(Math.max(0, at - 80), at))?.[1]?.toLowerCase();
}

/** "the bridge, which is 3 km-long", "The bridge is 21.8 km long": the noun a size is said of before its verb. */
const SIZED = /\b(?:(?:the|a|an|its|their)\s+)?([a-z]+),?\s+(?:(?:which|that)\s+)?(?:is|was|are|were)\s+(?:(?:about|around|some|roughly|nearly|almost|more than|over|just over|just under|up to)\s+)?$/i;

/** A size after "is" or "which is" ending in long, wide, high, tall or deep. */
const SIZE_AFTER = /^[\d,.]+\s*(?:[a-z]+)[-\s](?:long|wide|high|tall|deep)\b/i;

/** The thing a predicated size at `at` measures ("the bridge … is 3 km long" → bridge), or undefined. */
export function sizedThing(text: string, at: number, digit: number): string | undefined {
  if (!SIZE_AFTER.test(text.slice(digit, digit + 40))) return undefined;
  const noun = SIZED.exec(text.slice(Math.max(0, at - 80), at))?.[1]?.toLowerCase();
  return noun && !/^(?:it|this|that|which|who|there|he|she|they)$/.test(noun) ? noun : undefined;
}

/** "63-metre rocket", "a 985-foot (300-metre) vessel": a figure and its unit joined into an adjective before a noun. */
export const ADJECTIVAL = /^\d[\d,.]*(?:-[a-z]+|\s*[a-z]+-(?:long|wide|high|tall|deep|thick))(?:\s*\([^()]{1,30}\))?\s+[a-z]/i;

/** The names in a size's own noun phrase: "the 2.6-mile Francis Scott Key Bridge" → Francis Scott Key Bridge. */
export function sizeNames(text: string, digit: number): string[] {
  const phrase = /^[\d,.]+[\s-]*[\p{L}]+(?:-[\p{L}]+)?(?:\s*\([^()]{1,30}\))?\s+((?:\p{Lu}[\p{L}-]*\s+)*\p{Lu}[\p{L}-]*)/u.exec(text.slice(digit, digit + 80));
  return phrase?.[1] ? [phrase[1]] : [];
}

/** Words after a figure that are no noun it is written before ("$330 million was spent", "$2 billion in aid"). */
const NOT_A_NOUN = new Set('was were is are has have had will would could in of for to from and or but by on at as with a an the that which this its their more less each per'.split(' '));

/**
 * The noun a price is written before, after an article: "The $325 million mission" → mission, "a
 * €1.2 billion bridge" → bridge, "The 1.5 billion euro probe" → probe; none for "$330 million was
 * spent" or "raised $2 billion for".
 */
export function pricedNoun(text: string, at: number, digit: number): string | undefined {
  if (!/\b(?:the|a|an|its|this|their)\s+$/i.test(text.slice(Math.max(0, at - 8), at))) return undefined;
  // "The 1.5 billion euro probe": a currency written as a word stands between the figure and its noun.
  const word = /^[\d,.]+(?:\s*(?:million|billion|trillion|bn|m))?(?:\s+(?:euro|dollar|pound|yen|yuan|rupee|won|franc|krona|krone|rouble|ruble)s?)?\s+([a-z][a-z-]+)\b/i.exec(text.slice(digit, digit + 50))?.[1]?.toLowerCase();
  return word && !NOT_A_NOUN.has(word) && !/(?:ed|ly)$/.test(word) ? word.replace(/s$/, '') : undefined;
}
