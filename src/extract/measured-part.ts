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
