/**
 * Facts around a claim that can link it to a claim in another source: the entities named,
 * the quantities given and the time. Two differently named things are the same thing only
 * when enough of these are shared (DESIGN.md, "Resolution").
 */
import { CURRENCY_SYMBOLS } from '../normalize/numbers/vocabulary.js';
import { CARDINAL_WORDS } from '../normalize/numbers/words.js';
import { resolveTime } from '../normalize/time/index.js';
import { parsedQuantity } from './parsed-quantity.js';
import { TextMemo } from './text-memo.js';
import { timeExpressionsIn } from './time-expressions.js';

const MONTHS = /^(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)$/;
/** Capitalised only because they start a sentence: never an entity. */
const FUNCTION_WORDS = new Set(
  'The A An It In On At During This That These Those He She They We I You With For And But As Take Its His Her Their Our According Meanwhile However Since Over After Before Under From Although While When Among Amid Despite Thanks Once Now Today Yesterday Last Next Also Still Then Thus Here There Both Each Every Some Many Most All Such Other Another If Because Until Unlike Like By Through Into About Against Between'.split(' '),
);
/** A number in words, capitalised where it opens a sentence ("Twenty-two governments …"): a figure, never an entity. */
const NUMBER_WORDS = new Set([...CARDINAL_WORDS, 'hundred', 'thousand', 'million', 'billion'].map((w) => w[0]!.toUpperCase() + w.slice(1)));
/** Currency symbols written as words ("Rs 250", "Rp118 trillion"): part of a figure, never an entity. */
const CURRENCY_WORDS = new Set(CURRENCY_SYMBOLS.map(([symbol]) => symbol.replace(/\.$/, '')).filter((symbol) => /^[a-z]+$/.test(symbol)));
const MEASURES = new Set(['ton', 'kg', 'km', 'percent', 'USD', 'EUR', 'GBP', 'CNY', 'RUB', 'INR', 'HKD', 'JPY']);

/**
 * Features of a passage: `entity:France`, `qty:10 ton`, `qty:1151`, `time:2025-08`, `rel:this month`.
 * `exclude` lists words that must not count (the organisation, the name itself).
 */
export function passageFeatures(text: string, anchor: string | undefined, exclude: string[]): string[] {
  // Excluded words count as the words they hold, so joining them with a line break keeps what they mean; the anchor is a date.
  return remembered.get(`${anchor ?? ''}\0${exclude.join('\n')}\0${text}`, () => featuresOf(text, anchor, exclude));
}

/** The features of a passage depend on its text, anchor and excluded words alone: remembered for repeated sentences. */
const remembered = new TextMemo<string[]>((features) => [...features]);

/** {@link passageFeatures}, computed. */
function featuresOf(text: string, anchor: string | undefined, exclude: string[]): string[] {
  const features = new Set<string>();
  // A photo credit "(Photo/Li Tao, Agency)" names the photographer and agency, not the story.
  text = text.replace(/\([^)]*(?:[Pp]hoto|\/)[^)]*\)/g, ' ');
  const skip = new Set(exclude.flatMap((e) => e.split(/\s+/)));
  for (const match of text.matchAll(/(?<=^|[\s(“"‘'-])([A-Z][a-z]+(?:\s+[A-Z][a-z]+)*)/g)) {
    const words = (match[1] ?? '').split(/\s+/).filter((w) => !FUNCTION_WORDS.has(w) && !NUMBER_WORDS.has(w) && !MONTHS.test(w) && !CURRENCY_WORDS.has(w.toLowerCase()) && !skip.has(w));
    if (words.length > 0) features.add(`entity:${words.join(' ')}`);
  }
  for (const match of text.matchAll(/(?:US\$|HK\$|[$€£¥])?\d[\d,]*(?:\.\d+)?(?:\s+(?:billion|million|trillion|thousand))?(?:\s+[\w-]+){0,2}/g)) {
    const quantity = parsedQuantity(match[0]);
    if (!quantity || /^(19|20)\d\d$/.test(match[0].slice(0, 4)) && quantity.amount >= 1900 && quantity.amount < 2100) continue;
    if (MEASURES.has(quantity.unit) || (quantity.unit && quantity.amount >= 100)) features.add(`qty:${quantity.amount} ${quantity.unit}`);
  }
  for (const match of timeExpressionsIn(text)) {
    const resolved = resolveTime(match.text, anchor);
    if (resolved?.relative) features.add(`rel:${match.text.toLowerCase().replace(/^(earlier|later|early|late|in|on)\s+/, '')}`);
    if (resolved?.span && resolved.span.precision !== 'year') features.add(`time:${resolved.span.start.slice(0, 7)}`);
  }
  return [...features].sort();
}

/** What two feature lists share, as words an editor can read (`France`, `~10 ton`, `both 'this month'`). */
export function sharedFeatures(a: string[], b: string[]): string[] {
  const other = new Set(b);
  return a.filter((f) => other.has(f)).map(describeFeature);
}

/** Feature descriptions, by feature: compare asks for the same few many times over. */
const described = new Map<string, string>();

function describeFeature(feature: string): string {
  let text = described.get(feature);
  if (text === undefined) {
    text = describe(feature);
    if (described.size >= 50_000) described.clear();
    described.set(feature, text);
  }
  return text;
}

function describe(feature: string): string {
  const [kind, value] = [feature.slice(0, feature.indexOf(':')), feature.slice(feature.indexOf(':') + 1)];
  if (kind === 'qty') return describeQuantity(value);
  if (kind === 'time') return `same month (${value})`;
  if (kind === 'rel') return `same relative time ('${value}')`;
  return value;
}

const NUMBER_FORMAT = new Intl.NumberFormat('en-US');

/** `1151 crime` → `1,151 crimes`; units that are codes (`USD`, `km`) stay as they are. */
function describeQuantity(value: string): string {
  const [amount = '', unit = ''] = value.split(' ');
  const n = Number(amount);
  const plural = n !== 1 && /^[a-z]+$/.test(unit) && !['km', 'kg', 'percent'].includes(unit) ? `${unit}s` : unit;
  return `${NUMBER_FORMAT.format(n)} ${plural}`.trim();
}
