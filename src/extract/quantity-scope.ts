/**
 * What a quantity is for, read from the words around it, and figures that share a unit written
 * once: "8.6 million tickets for the Olympics, and over one million for the Paralympics".
 * The purpose keeps parts apart: Olympic tickets, Paralympic tickets and the total of both are
 * three figures, not three accounts of one.
 */
import { COMBINED, EACH } from '../normalize/purpose.js';
import { DAY_AND_MONTH_NAMES } from '../normalize/time/months.js';
import { fold } from './fold.js';

const APPROX = '(?:(?:more than|over|about|around|nearly|almost|some|roughly|up to|at least|less than|under)\\s+)?';
const AMOUNT = '(?:\\d[\\d,]*(?:\\.\\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|a|an)\\s+(?:million|billion|trillion|thousand)';

/**
 * The next figure after a quantity that leaves its unit out: ", and over one million for the
 * Paralympics". Only a scaled amount right after a conjunction counts, so "and 2 others" is not one.
 */
export function elidedFigure(text: string, from: number): { at: number; phrase: string } | undefined {
  const match = new RegExp(`^([^.;]{0,50}?,?\\s*\\b(?:and|while|but|against|versus|with)\\s+)(${APPROX}${AMOUNT})\\b(?!\\s+[a-z]+\\s+(?:of|in)\\b)(?=\\s+(?:for|in|on|at|to|from)\\b|[,.;]|$)`, 'i').exec(text.slice(from, from + 80));
  if (!match) return undefined;
  return { at: from + (match[1]?.length ?? 0), phrase: match[2] ?? '' };
}

/**
 * The thing a quantity is for, as folded words: "9.56 million tickets were sold for the Paris
 * Olympics" → [paris, olympic]; "tickets across Olympics and Paralympics" → [&, olympic,
 * paralympic]; "a total of 12,132,647 tickets" → [&, total].
 */
export function purposeOf(text: string, at: number): string[] {
  const before = text.slice(Math.max(0, at - 24), at);
  const after = text.slice(at, at + 120);
  if (/^[^,;.]{0,60}?\b(?:(?:at|in|for|from)\s+each(?:\s+of)?|each\s+of\s+the|apiece|per\s+(?:site|camp|country|member|state|province))\b/i.test(after)) return [EACH];
  // "up to 15 million won towards the funeral of each person", "… to cover funeral expenses", "20 million won in
  // compensation": what a sum pays for.
  const paysFor = /^\S+(?:\s+[\w$.,()-]+){0,7}?\s+(?:(?:towards?|to\s+cover|to\s+pay\s+for)\s+(?:the\s+|their\s+|its\s+)?([a-z]+)|(?:in|as)\s+(compensation))\b/.exec(after);
  if (paysFor) return [fold(paysFor[1] ?? paysFor[2] ?? '').replace(/(?<=\w{5})s$/, '')];
  const running = totalOf(text, at);
  if (running) return [COMBINED, running, 'total'].sort();
  if (/\b(?:a total of|total of|combined|altogether)\s*$/i.test(before) || /^\S+(?:\s+\S+){0,3}?\s+(?:in total|in all|altogether|combined)\b/i.test(after) || newTotal(text, at)) return [COMBINED, 'total'];
  // "115,000 people had no electricity", "75,000 people … are without electricity": what they lack is what is counted.
  const lacking = LACKING.exec(after)?.[1];
  if (lacking && !NOT_LACKED.has(lacking.toLowerCase())) return [WITHOUT, fold(lacking).replace(/(?<=\w{5})s$/, '')].sort();
  // "across India's longest sea bridge": a possessive place is where, not what for.
  const phrase = /^\S+(?:\s+(?!for\b|across\b)[\w$.,'’-]+){0,5}?\s+(?:for|across)\s+(?:the\s+)?((?:[A-Z\d][\w'’-]*)(?:\s+(?:and\s+)?[A-Z][\w'’-]*)*)/.exec(after)?.[1]?.replace(/^.*['’]s$/, '') || undefined;
  // "Rs 250 for a one-way trip and Rs 375 for a return journey": a price for one of something.
  const single = phrase ? undefined : /^\S+(?:\s+[\w.,-]+){0,2}?\s+for\s+an?\s+((?:[a-z][\w-]*)(?:\s+(?!and\b|or\b|if\b|to\b)[a-z][\w-]*)?)/.exec(after)?.[1];
  if (single) return [...new Set(single.split(/\s+/).map((w) => fold(w).replace(/(?<=\w{5})s$/, '')))].sort();
  // "a daily pass costs Rs 625 and a monthly pass Rs 12,500": the thing priced, before the figure.
  const priced = phrase ? undefined : pricedThing(text, at);
  // One token: "daily pass" and "monthly pass" share a word but are different things.
  if (priced) return [priced.split(/\s+/).map((w) => fold(w)).join(' ')];
  if (!phrase) return [];
  const words = phrase
    .split(/\s+/)
    .filter((w) => w !== 'and')
    .map((w) => fold(w.replace(/['’]s$/, '')).replace(/(?<=\w{5})s$/, ''));
  return /\sand\s/.test(phrase) ? [COMBINED, ...new Set(words)].sort() : [...new Set(words)].sort();
}

/** What a count of people or households goes without: "had no electricity", "are without running water". */
const LACKING = /^(?:[^,;.]|[.,]\d){0,50}?\b(?:had|have|has|were|are|was|is|left|remained|remain)\s+(?:still\s+)?(?:no|without)\s+(?:running\s+|mains\s+|any\s+)?([a-z]+)/i;
const NOT_LACKED = new Set(['longer', 'more', 'one', 'other', 'access', 'choice', 'idea', 'way', 'doubt']);
/** The purpose word of a count of what people go without. */
const WITHOUT = 'without';

/** A currency written before a figure, when the text given stops short of the figure's own symbol. */
const CURRENCY_BEFORE = '(?:US\\$|HK\\$|Rs\\.?\\s?|Rp|[$€£¥₹])?';
const TOTAL_APPROX = `(?:(?:about|around|some|roughly|nearly|almost|more than|over|just over|an estimated)\\s+)?${CURRENCY_BEFORE}`;

const PRICED = new RegExp(`\\b(?:an?|the|each)\\s+((?:[a-z-]+\\s+)?[a-z]+)\\s+(?:costs?|costing|is\\s+priced\\s+at|sells?\\s+for)\\s+${TOTAL_APPROX}$`, 'i');
const PRICED_TOO = new RegExp(`\\band\\s+(?:an?|the|each)\\s+((?:[a-z-]+\\s+)?[a-z]+)\\s+${CURRENCY_BEFORE}$`, 'i');

/** The thing a price is for, named before it: "a monthly pass costs Rs 12,500", "…, and a monthly pass Rs 12,500" after a cost verb. */
function pricedThing(text: string, at: number): string | undefined {
  const before = text.slice(Math.max(0, at - 60), at);
  const named = PRICED.exec(before)?.[1];
  if (named) return named;
  const elided = PRICED_TOO.exec(before)?.[1];
  return elided && /\b(?:costs?|costing|priced)\b/i.test(text.slice(0, at)) ? elided : undefined;
}

/** "pledges totalling $513 million", "…, bringing the day's pledges to about $420 million": a running total. */
const NEW_TOTAL = new RegExp(`(?:\\btotall?ing|,\\s+(?:bringing|taking|raising|lifting|pushing)\\s+(?:the\\s+|its\\s+|their\\s+)?(?:[\\w'’-]+\\s+){0,3}?to)\\s+${TOTAL_APPROX}$`, 'i');
/** "has gathered pledges of more than $700 million": what has come in so far, a running total of the noun. */
const GATHERED = new RegExp(
  `\\b(?:has|have|had)\\s+(?:now\\s+|so far\\s+|already\\s+)?(?:gathered|received|raised|collected|attracted|secured|drawn|amassed|accumulated|mobili[sz]ed)\\s+(?:[\\w'’-]+\\s+){0,2}?([a-z]{3,})\\s+(?:of|worth)\\s+${TOTAL_APPROX}$`,
  'i',
);
/** The noun right before "totalling" or "to" in a running total. */
const TOTAL_NOUN = new RegExp(`\\b([a-z]{3,})\\s+(?:totall?ing|to)\\s+${TOTAL_APPROX}$`, 'i');

/** Whether the figure at `at` is a running total in a participle clause, after "totalling", or of what has come in so far. */
export function newTotal(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 80), at);
  return NEW_TOTAL.test(before) || GATHERED.test(before);
}

/** What a running total totals, when a noun stands right before "totalling" or "to" ("pledges totalling", "the day's pledges to") or names what was gathered ("has gathered pledges of") → pledge. */
function totalOf(text: string, at: number): string | undefined {
  const before = text.slice(Math.max(0, at - 80), at);
  const noun = NEW_TOTAL.test(before)
    ? TOTAL_NOUN.exec(before)?.[1]?.toLowerCase()
    : GATHERED.exec(before)?.[1]?.toLowerCase();
  if (!noun || ['number', 'total', 'figure', 'amount', 'sum', 'tally', 'count'].includes(noun)) return undefined;
  return noun.replace(/(?<=\w{3})ies$/, 'y').replace(/(?<=\w{3}[^s])s$/, '');
}

/** Words that make a figure a running count, true on its day only: "the death toll rose to 86", "has risen to 131", "8 metres by Friday". */
const RUNNING_BEFORE = /\b(?:rose|risen|rises|rising|jumped|jumps|climbed|climbs|increased|increases|grew|grown|surged|soared|reached|reaches|hit|hits|passed|tops|topped)\s+(?:to\s+)?(?:(?:at least|about|around|some|roughly|nearly|almost|more than|over)\s+)?(?:US\$|HK\$|[$€£¥])?$/i;
const RUNNING_AFTER = /^(?:[^,;.]|[.,]\d){0,40}?\b(?:so far|to date|since (?:it|they|its|their|then)\b|by (?:then|now|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b/i;

/** Whether the figure at `at` is a running count (a toll, a tally, a distance so far) rather than a fixed fact. */
export function isRunning(text: string, at: number): boolean {
  return RUNNING_BEFORE.test(text.slice(Math.max(0, at - 40), at)) || RUNNING_AFTER.test(text.slice(at)) || newTotal(text, at);
}

/** Words for a part of a country or a territory, after "in (the)": "in the province of Gansu", "in Qinghai province". */
const AREAS = 'province|state|region|county|district|city|prefecture|municipality|governorate|oblast|territory|island'
  .split('|')
  .map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`)
  .join('|');
const SCOPE = new RegExp(
  `^[^,;:.()]{0,50}?\\bin\\s+(?:the\\s+)?(?:(?:neighbouring|neighboring)\\s+)?(?:(${AREAS})(?:\\s+of\\s+([A-Z][\\w'’-]+(?:\\s+[A-Z][\\w'’-]+)?))?|([A-Z][\\w'’-]+(?:\\s+[A-Z][\\w'’-]+)?)\\s+(?:${AREAS}))\\b`,
);

/**
 * The part of a place a figure is limited to, when the words after it say so: "86 people died in the
 * province of Gansu" → gansu, "killed 86 people … in the province" → province. A figure for a part
 * never meets one for the whole ("At least 95 people have been killed" in all).
 */
export function scopeOf(text: string, at: number, running = false, earlier = ''): string | undefined {
  // "The storm also killed about 170 people elsewhere in eastern Libya": other places than the toll's own.
  if (running && ELSEWHERE.test(text.slice(at, at + 60))) return 'elsewhere';
  const match = SCOPE.exec(text.slice(at, at + 120));
  if (!match) return running ? (tallyPlace(text.slice(at, at + 120)) ?? placeOwning(text, at)) : undefined;
  const name = match[2] ?? match[3] ?? namedBefore(earlier, match[1] ?? '');
  return name ? fold(name) : 'area';
}

/** "170 people elsewhere", "a further 20 elsewhere in the region": the figure, perhaps its noun, then "elsewhere". */
const ELSEWHERE = /^(?:[a-z]+\s+){0,2}?[\d,.]+(?:\s+[a-z]+){0,2}?\s+elsewhere\b/i;

/**
 * "30 deaths in the prefecture" after "the Noto Peninsula in Ishikawa Prefecture": the last place
 * the text before named with the same word ("Ishikawa Prefecture", "the province of Gansu").
 */
function namedBefore(earlier: string, word: string): string | undefined {
  if (!word || !earlier) return undefined;
  const w = `[${word[0]!.toLowerCase()}${word[0]!.toUpperCase()}]${word.slice(1).toLowerCase()}`;
  const pattern = new RegExp(`\\b(?:([A-Z][\\w'’-]+(?:[ \\t]+[A-Z][\\w'’-]+)?)[ \\t]+${w}|${w}[ \\t]+of[ \\t]+([A-Z][\\w'’-]+(?:[ \\t]+[A-Z][\\w'’-]+)?))\\b`, 'g');
  let last: string | undefined;
  for (const m of earlier.matchAll(pattern)) last = (m[1] ?? m[2])?.replace(/^(?:The|In|At|Of)[ \t]+/, '');
  return last;
}

/**
 * A place a running count belongs to by the words before it: "the Kumamoto quake's 276" (another
 * incident's toll), "In Kumamoto, 221 of the 276 deaths were …" (a sentence about one place).
 */
function placeOwning(text: string, at: number): string | undefined {
  const before = text.slice(Math.max(0, at - 60), at);
  const owner = /\b([A-Z][a-z][\w'’-]*)[ \t]+[a-z]+['’]s[ \t]+(?:[a-z]+[ \t]+){0,2}$/.exec(before)?.[1];
  const opening = /^In[ \t]+(?:the[ \t]+)?([A-Z][a-z][\w'’-]*),/.exec(text.slice(0, at))?.[1];
  const name = owner ?? opening;
  return name && !DAY_AND_MONTH_NAMES.has(name.toLowerCase()) ? fold(name) : undefined;
}

/** A running count's place right after its verb or noun: "113 people were killed in the Gansu" → gansu, "20 deaths in Suzu" → suzu, "120 people in Mozambique" → mozambique. */
function tallyPlace(after: string): string | undefined {
  // "155 people died in the Valencian Community": a place of one to three words.
  // "died in Valencia, Castilla-La Mancha and Andalusia": a list of places is the whole, not a part.
  // "killed 120 people in Mozambique and 13 in Malawi", "rose to 45 in Mozambique": the figure, perhaps its noun, then the place.
  const name = /^(?:[^,;:.()]{0,40}?\b(?:[a-z]+ed|died|dead|deaths)|[\d,.]+(?:[ \t]+(?:people|persons|deaths|dead|bodies|victims))?)\s+in\s+(?:the\s+)?([A-Z][a-z][\w'’-]*(?:[ \t]+[A-Z][a-z][\w'’-]*){0,2})\b(?![ \t]+[A-Z])(?!,[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*(?:,|[ \t]+and\b))(?![ \t]+and[ \t]+[A-Z])/.exec(after)?.[1];
  // "killed in Monday's attack": a possessive names what happened, not where.
  return name && !/['’]s$/.test(name) && !DAY_AND_MONTH_NAMES.has(name.toLowerCase()) ? fold(name) : undefined;
}

/**
 * The words between a figure and the noun it counts: "260 freight trains" → freight, "65 passenger
 * trains" → passenger, "329 medal events" → medal. Two figures whose nouns are qualified differently
 * count different things; one qualified and one not ("339 events") may count the same.
 */
export function modifierOf(display: string, unit: string): string | undefined {
  const words = display.replace(/^[^\d]*/, '').split(/\s+/).slice(1);
  const rest = words.filter((w) => !/^(?:million|billion|trillion|thousand|hundred|crore|lakh)$/i.test(w));
  if (rest.length < 2) return undefined;
  const head = rest.at(-1)!.toLowerCase();
  if (!head.startsWith(unit.toLowerCase().slice(0, Math.max(3, unit.length - 1)))) return undefined;
  const modifier = rest.slice(0, -1).join(' ').toLowerCase();
  // "1,373 have been injured": an auxiliary is no kind.
  return /^[a-z][a-z -]*$/.test(modifier) && !/\b(?:have|has|had|been|be|was|were|is|are|will|would)\b/.test(modifier) ? modifier : undefined;
}

/**
 * Who pays a price, when the clause opens with it: "Cars pay Rs 250 for a single trip", "Light
 * commercial vehicles and minibuses are charged Rs 400 one way". Folded, plurals made singular:
 * prices paid by different payers are different prices.
 */
export function payerOf(text: string, at: number): string | undefined {
  const clause = text.slice(0, at).split(/[;:]/).at(-1) ?? '';
  const payer = /^\W*((?:[A-Za-z][a-z-]*\s+){0,4}?[A-Za-z][a-z-]*[a-z]s)\s+(?:will\s+|must\s+|have\s+to\s+|now\s+)?(?:pay|are\s+charged|are\s+billed)\b/.exec(clause)?.[1];
  return payer ? payer.split(/\s+/).filter((w) => w.toLowerCase() !== 'and').map((w) => fold(w).replace(/(?<=\w{3})s$/, '')).join(' ') : undefined;
}

/**
 * The people a toll is limited to, when the words after it say so: "31 deaths as a result of
 * chronic diseases among them" → them, "12 deaths among the pilgrims" → pilgrim. A toll among some
 * people never meets the whole toll.
 */
export function amongOf(text: string, at: number): string | undefined {
  const word = /^[^.;:]{0,60}?\bamong\s+(?:the\s+|its\s+|their\s+|those\s+)?(them|those|[\p{L}-]+)/u.exec(text.slice(at, at + 120))?.[1];
  return word && !/^(?:others?|other|all)$/i.test(word) ? fold(word).replace(/(?<=\w{4})s$/, '') : undefined;
}

/**
 * How badly the people a casualty figure counts are hurt, when its clause says so: "246 had been
 * seriously injured" (serious), "nine people were fighting for their lives" (critical), "1,373 have
 * been injured less seriously" (light). Injured people of one severity are a part of all the injured
 * (`qualifiers.among`).
 */
export function severityOf(text: string, at: number): string | undefined {
  const clause = /^[^,;:.()]{0,80}/.exec(text.slice(at).replace(/^[\d,.]+/, ''))?.[0] ?? '';
  // The first word of severity in the clause is the figure's: "36 of them seriously and 96 lightly" is serious.
  const found = [
    ['light', /\b(?:less|not)\s+serious(?:ly)?\b|\b(?:lightly|slightly|minor)\b/i],
    ['critical', /\b(?:critical(?:ly)?|fighting\s+for\s+(?:their|his|her)\s+li(?:fe|ves))\b/i],
    ['serious', /\b(?:serious(?:ly)?|severe(?:ly)?|grave(?:ly)?|badly)\b/i],
  ] as const;
  let best: { severity: string; at: number } | undefined;
  for (const [severity, pattern] of found) {
    const at = pattern.exec(clause)?.index;
    if (at !== undefined && (best === undefined || at < best.at)) best = { severity, at };
  }
  return best?.severity;
}

/**
 * The period a figure is counted over, when the words after it say so: "around £2 billion a
 * year" → year, "$40 million per month", "1.2 million barrels a day", "exported annually". A
 * figure of a period (a flow) never meets a figure of no period (a stock: "a combined GDP of
 * £12 trillion"), nor one of another period.
 */
export function periodOf(text: string, at: number): string | undefined {
  // Within the figure's own words, up to six of them: "a year ago", "a year-long" or "a year's rain" is no period.
  const after = /^\S+(?:\s+[^\s.;:,()]+){0,5}?\s+(?:(?:a|an|per|each|every)\s+(year|month|week|day)|(annual|year|month|week|dai)ly)\b(?!\s*(?:ago|earlier|later|before|after|-)|['’])/i.exec(text.slice(at, at + 90));
  if (!after) return undefined;
  const word = (after[1] ?? after[2])!.toLowerCase();
  return word === 'annual' ? 'year' : word === 'dai' ? 'day' : word;
}
