import { anniversaryYear } from './anniversary.js';
import { sentencesOf } from './sentences.js';

/** The year a text is written in, as far as its own words tell. */
export interface TextYear {
  year: number;
  from: 'anniversary' | 'latest-past-year';
  evidence: string;
}

const YEAR = /(?<![\d$€£¥.,/-])\b(1[5-9]\d{2}|20\d{2})\b(?![\d%]|[.,]\d)/g;
const FUTURE = /\b(?:will|shall|is (?:expected|set|scheduled|due) to|are (?:expected|set|scheduled|due) to|plans? to|aims? to|to be held|upcoming|next year)\b/i;
const RANGE = /\b\d{4}\s*[-–—/]\s*\d{2,4}\b/g;
const NOT_BEFORE = /\b(?:by|until|till|towards?|through|declared?|declares|designated?|vision|agenda|horizon)\s+$/i;
const NOT_AFTER = /^\s+(?:agenda|vision|goals?|targets?|horizon|the year of)\b/i;
const COUNT_NOUN = /^\s+(?!was\b|has\b|is\b|as\b|its\b|this\b|marks\b|sees\b|saw\b)[a-z]+s\b/;

/**
 * The year a text treats as past or present: an anniversary said to fall "this year" whose base
 * year is known wins; otherwise the latest year the text states as past or present. Years in
 * ranges (`2018-2022`), plans and targets (`for 2023-2027`, `by 2030`), designations
 * (`declare 2025 the Year of ...`), sentences about the future and counts (`2000 people`) are
 * not evidence.
 */
export function textEvidenceYear(paragraphs: readonly string[]): TextYear | undefined {
  const anniversary = anniversaryYear(paragraphs);
  if (anniversary) return { year: anniversary.year, from: 'anniversary', evidence: anniversary.evidence };
  let best: TextYear | undefined;
  for (const sentence of paragraphs.flatMap(sentencesOf)) {
    for (const year of pastYears(sentence)) {
      if (!best || year > best.year) best = { year, from: 'latest-past-year', evidence: sentence };
    }
  }
  return best;
}

/** The years one sentence states as past or present (see `textEvidenceYear`). */
export function pastYears(sentence: string): number[] {
  if (FUTURE.test(sentence)) return [];
  const masked = sentence.replace(RANGE, (range) => ' '.repeat(range.length));
  const years: number[] = [];
  for (const m of masked.matchAll(YEAR)) {
    const before = masked.slice(0, m.index);
    const after = masked.slice(m.index + m[0].length);
    if (NOT_BEFORE.test(before) || NOT_AFTER.test(after) || COUNT_NOUN.test(after)) continue;
    years.push(Number(m[1]));
  }
  return years;
}
