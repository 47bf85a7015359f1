/**
 * A figure broken down by place: "So far 205 bodies have been recovered: 202 in Valencia, two in
 * neighbouring Castilla-La Mancha and one in Andalusia"; "155 people died in the Valencian
 * Community and three in Castilla-La Mancha". Each part is the same count limited to its place,
 * the unit written once for all of them.
 */
import { parseNumber } from '../normalize/numbers/index.js';
import { DAY_AND_MONTH_NAMES } from '../normalize/time/months.js';
import { SMALL, TENS } from '../normalize/numbers/words.js';
import { fold } from './fold.js';

export interface BreakdownPart {
  /** Where the part's figure starts in the text. */
  at: number;
  /** The part as written: "202 in Valencia". */
  phrase: string;
  amount: number;
  approx?: string;
  /** The place the part is counted in, folded: "castilla-la mancha". */
  within: string;
}

const WORDS = [...Object.keys(SMALL), ...Object.keys(TENS)].filter((w) => w !== 'zero').join('|');
const FIGURE = `(?:(?:about|around|some|nearly|almost|more than|over|at least)\\s+)?(?:\\d[\\d,]*|(?:${WORDS})(?:-(?:${Object.keys(SMALL).join('|')}))?)`;
/** What may stand between a part's figure and its place: "two people", "three bodies were found", "39 were". */
const COUNTED = '(?:\\s+(?:people|persons|dead|deaths|bodies|victims|others|of\\s+them))?(?:\\s+(?:died|were\\s+killed|have\\s+died|had\\s+died|were\\s+found|were\\s+recovered|were|was))?';
const PLACE = "(?:the\\s+)?(?:(?:neighbouring|neighboring|nearby|southern|northern|eastern|western|central)\\s+)?([A-Z][\\p{L}'’-]*(?:[ \\t]+[A-Z][\\p{L}'’-]*){0,2})";
const PART = `(${FIGURE})${COUNTED}\\s+in\\s+${PLACE}`;

/** The first part: after a colon, a dash or a bracket, or after a comma or "and" that ends the figure's clause. */
const FIRST = new RegExp(`^([^.;:()\\d]{0,60}?(?::|—|–|\\(|,|\\band\\b)\\s*)${PART}`, 'u');
/** The parts after it: ", two in …", " and one in …". */
const NEXT = new RegExp(`^(,\\s*(?:and\\s+)?|\\s+and\\s+)${PART}`, 'u');

/**
 * The parts of a breakdown that follows a figure, read from `from` (just after the figure's
 * number). A comma alone does not open one unless two parts follow ("12 people died, three in
 * hospital" is no breakdown; "95 people died, 92 in Valencia and 3 in Castilla-La Mancha" is).
 */
export function breakdownAfter(text: string, from: number): BreakdownPart[] {
  const first = FIRST.exec(text.slice(from, from + 240));
  if (!first) return [];
  const parts: BreakdownPart[] = [];
  let at = from + first[1]!.length;
  let match: RegExpExecArray | null = first;
  let lead = first[1]!;
  while (match) {
    const part = partOf(match, at, text);
    if (!part) break;
    parts.push(part);
    at += match[0].length - lead.length;
    match = NEXT.exec(text.slice(at, at + 120));
    if (match) {
      lead = match[1]!;
      at += lead.length;
    }
  }
  const opener = first[1]!.trim().slice(-1);
  return opener === ',' && parts.length < 2 ? [] : parts;
}

function partOf(match: RegExpExecArray, at: number, text: string): BreakdownPart | undefined {
  const [whole = '', lead = '', figure = '', place = ''] = match;
  const read = parseNumber(figure.replace(/,/g, ''));
  if (!read || DAY_AND_MONTH_NAMES.has(place.toLowerCase()) || /['’]s$/.test(place)) return undefined;
  const phrase = whole.slice(lead.length);
  // "… and one in Andalusia, in the south": the part ends with its place.
  if (!text.startsWith(phrase, at)) return undefined;
  return { at, phrase, amount: read.n, ...(read.approx ? { approx: read.approx } : {}), within: fold(place) };
}
