/**
 * A figure that measures a part of something, named as the subject of the verb before it:
 * "a new expressway whose Zhongshan section spans 44.1 km", "the undersea stretch runs about 6.8
 * km". What it measures is the part ("section"), so it never meets the whole thing's length.
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
