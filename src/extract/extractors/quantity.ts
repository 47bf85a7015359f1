/**
 * Quantities with a unit and an approximation: "nearly 10 tons of narcotic drugs", "1,151
 * crimes", "US$890 billion". A quantity is keyed by what it measures: its unit, the verb that
 * governs it ("seized", "identified") and the entities of its sentence, so the same number
 * about different things ("2,000 terrorists captured" / "2,000 officials trained") never meet.
 */
import { displayOf, isPartOfWord, measuredThing, nounFamily, rateDisplay, rateOf, withoutAsides } from '../figure-words.js';
import { ADJECTIVAL, measuredPart, pricedNoun, sizedThing, sizeNames } from '../measured-part.js';
import { parseNumber, type parseQuantity } from '../../normalize/numbers/index.js';
import { CARDINAL_WORDS, SMALL, TENS } from '../../normalize/numbers/words.js';
import { parsedQuantity } from '../parsed-quantity.js';
import { labelledFigure, type LabelledFigure } from '../labelled-figure.js';
import type { Rule } from '../../rules/types.js';
import { lesserEvent, ofThem, revisedTo, saidMissing } from '../figure-context.js';
import type { Claim } from '../../types.js';
import { hasTrigger, type DocumentContext } from '../context.js';
import { infinitive } from '../infinitive.js';
import { escape } from '../organisations.js';
import { afterMeasure, allBut, ofWhole, wholeOfPart, casualtyByVerb, casualtyByWords, countsBodies, countsPeople, demonymAfter, isCasualty, namedMeasure, peopleTotal, PEOPLE } from '../quantity-units.js';
import { amongOf, elidedFigure, newTotal } from '../quantity-scope.js';
import type { Sentence } from '../sentences.js';
import { timeExpressionsIn } from '../time-expressions.js';
import { fold } from '../fold.js';
import { familyOf, governingVerb } from '../governing-verb.js';
import { DURATIONS, namedTotal, namedUnit } from '../named-total.js';
import { notAQuantity } from '../not-a-quantity.js';
import { breakdownAfter } from '../breakdown.js';
import { agesIn } from '../age.js';
import { ageClaim, quantityClaim, topicOf, type QuantityParts } from '../quantity-claim.js';

const NUMBER = /(?:(?:about|around|some|roughly|approximately|nearly|almost|close to|more than|over|above|less than|under|fewer than|at least|up to)\s+)?(?:(?:US\$|HK\$|C\$|A\$|Rs\.?|Rp|[$€£¥₹₽₸])\s?)?\d[\d,]*(?:\.\d+)?(?:km|kg|mi|mm|cm|ha|kW|MW|GW|kph|mph)?(?:\s+(?:billion|million|trillion|thousand))?(?:\s+(?!\d|(?:about|around|some|roughly|approximately|nearly|almost|close|more|over|above|less|under|fewer|at|up)\b)[\w$.-]+){0,3}/gi;

/** The second figure of a compound duration: "11 hours and |55 minutes". */
const COMPOUND_BEFORE = /\b\d+\s+(?:hours?|minutes?|days?)\s*(?:,|and)?\s*$/i;
/** The first figure of a compound duration: "|11 hours and 55 minutes". */
const COMPOUND_AFTER = /^\d+\s+(?:hours?|minutes?|days?)\s*(?:,|and)?\s*\d+\s+(?:minutes?|seconds?|hours?)\b/i;

/** Units of time: a "30-minute window" is the event's length, not a thing's size. */
const TIME_UNITS = new Set([...DURATIONS, 'hour', 'minute', 'second']);


/** The words before a place's population: "home to", "population of", "a village of". */
const POPULATION = /\b(?:home\s+to|population\s+of|(?:village|town|city|hamlet|settlement|community|island|district|municipality)\s+of)\s+(?:(?:about|around|some|roughly|nearly|almost|more than|over|fewer than|less than|under|just under|just over)\s+)?$/i;


export function extractQuantities(ctx: DocumentContext, rule: Rule, exclude: string[]): Claim[] {
  const claims: Claim[] = [];
  const casualtyWords = casualtyGate(rule);
  // The unit of the named total the sentence before gave ("the toll at 72"), which "it" may refer to.
  let told: string | undefined;
  for (const sentence of ctx.sentences) {
    const earlier = told;
    told = undefined;
    if (casualtyWords?.test(sentence.text)) claims.push(...wordCasualties(ctx, rule, sentence));
    const leading = LEADING_WORD_NUMBER.exec(sentence.text);
    if ((!/\d/.test(sentence.text) && !leading) || (rule.extract?.triggers && !hasTrigger(sentence, rule.extract.triggers))) continue;
    const times = timeExpressionsIn(sentence.text).map((t) => [t.index, t.index + t.length] as const);
    // The organisation and the named entities belong to the sentence: read once, for its first quantity.
    let about: { org: string; topic: string[]; main?: string } | undefined;
    const labelled = labelledFigure(sentence.text);
    if (labelled) {
      const claim = labelledClaim(ctx, rule, sentence, labelled);
      if (claim) claims.push(claim);
      continue;
    }
    // The parts of a breakdown already read ("202 in Valencia, two in …"): each is claimed with its whole's unit.
    // So are people's ages ("José Mynor López, 37, of Baltimore").
    const parts: number[] = [];
    for (const age of agesIn(sentence.text)) {
      claims.push(ageClaim(ctx, rule, sentence, age));
      parts.push(age.digit);
    }
    let lastUnit: string | undefined;
    for (const found of [...(leading ? [leading] : []), ...sentence.text.matchAll(NUMBER)]) {
      // "The number of injured has been revised up to 173": the figure itself, not "up to" it.
      const match = found !== leading ? revisedTo(sentence.text, found) : found;
      const at = match.index ?? 0;
      // A figure in words has no digit: its first word stands for it.
      const digit = match === leading ? at : at + match[0].search(/\d/);
      if (parts.includes(digit)) continue;
      if (times.some(([s, e]) => digit >= s && digit < e) || (isPartOfWord(sentence.text, at) && !afterMeasure(sentence.text, at, rule))) continue;
      if (/^\d[\d,.]*(st|nd|rd|th)\b/i.test(match[0].slice(digit - at))) continue;
      // "at 11 p.m. local time", "the Falcon 9 rocket": a time of day, a number that ends a name.
      if (notAQuantity(sentence.text, at, digit)) continue;
      // "every 11 hours and 55 minutes": a duration written in two figures; neither alone is what was measured.
      if (COMPOUND_BEFORE.test(sentence.text.slice(Math.max(0, at - 30), at)) || COMPOUND_AFTER.test(sentence.text.slice(digit, digit + 40))) continue;
      // "£40 million ($51 million)": a conversion in brackets restates the figure before it.
      if (/\d[^()]{0,40}\(\s*$/.test(sentence.text.slice(Math.max(0, at - 40), at))) continue;
      const read = ofWhole(rateOf(parsedQuantity(withoutAsides(sentence.text.slice(at, at + 90))), sentence.text.slice(at)), sentence.text.slice(at, at + 90), rule);
      const people = read && !read.currency ? peopleTotal(sentence.text.slice(Math.max(0, at - 160), at), rule) : undefined;
      const total: ReturnType<typeof parseQuantity> = people && read ? { ...read, unit: people.unit } : namedTotal(read, sentence.text.slice(Math.max(0, at - 120), at), rule, told ?? earlier, sentence.text.slice(digit, digit + 40));
      if (total && read && total.unit !== read.unit) told = total.unit;
      const { quantity, measure } = namedMeasure(total, sentence.text, digit, rule);
      // "at least 530 Egyptians died": people named by where they come from, counted as a part of a toll.
      const demonym = quantity && !quantity.currency ? demonymAfter(sentence.text, digit) : undefined;
      // "149 were injured, 33 of them seriously": a part of the figure before, in its unit.
      if (quantity && quantity.unit === '' && lastUnit !== undefined && ofThem(sentence.text, digit)) quantity.unit = lastUnit;
      const counted = quantity?.unit;
      if (quantity) quantity.unit = casualtyByWords(demonym ? 'person' : quantity.unit, sentence.text, digit, rule);
      if (!quantity || !quantity.unit || DURATIONS.has(quantity.unit) || exclude.some((noun) => match[0].toLowerCase().includes(noun))) continue;
      // A bare four-digit year that the time finder did not claim ("2,000" with its comma is a number).
      if (/^(19|20)\d\d\b/.test(match[0].slice(digit - at)) && !quantity.currency) continue;
      about ??= topicOf(ctx, sentence);
      // ", bringing the day's pledges to about $420 million": a running total belongs to no one named in the sentence.
      const { org, topic, main } = newTotal(sentence.text, at) && about.org !== 'general' ? { ...about, org: 'general', main: ctx.organisations.main ?? about.org } : about;
      const governing = governingVerb(ctx, sentence, digit);
      // "a village of about 8,000 inhabitants", "home to fewer than 3,000 people": a place's population, whatever the clause's verb.
      const population = POPULATION.test(sentence.text.slice(Math.max(0, at - 60), at));
      const whole = wholeOfPart(sentence.text, at);
      // "1,663 injured, with more than 500 people missing": the missing are no casualty of the verb before them.
      if (!population && !whole && !saidMissing(sentence.text, digit)) quantity.unit = casualtyByVerb(quantity.unit, governing, rule);
      else if (/^(?:inhabitant|resident|soul|person)$/.test(quantity.unit)) quantity.unit = 'person';
      if (demonym && !isCasualty(quantity.unit, rule)) quantity.unit = counted ?? quantity.unit;
      const among = isCasualty(quantity.unit, rule) ? (people?.among ?? demonym ?? amongOf(sentence.text, digit)) : undefined;
      // "killing 632 people", "2,946 deaths", "1,648 people died": one count of deaths, whatever the verb.
      // A named measure ("magnitude 6.8") measures the event the drop is about, whoever gives it and
      // whatever verb carries it: its figures meet by their day alone.
      // "The 63-metre rocket released …": a size written into the noun describes it, whatever the verb, whoever speaks.
      // "Of the 181 people on board, 179 died": the whole describes the group, whatever the part did.
      // "the bridge, which is 3 km-long": a size said of a noun before "is".
      const sized = measure === undefined ? sizedThing(sentence.text, at, digit) : undefined;
      // "The $325 million mission lifted off": a price written before its noun, like a size.
      const priced = quantity.currency ? pricedNoun(sentence.text, at, digit) : undefined;
      const adjective = measure === undefined && (ADJECTIVAL.test(sentence.text.slice(digit, digit + 40)) || priced !== undefined);
      const describes = measure === undefined && (adjective || population || whole || sized !== undefined);
      // "22 more deaths", "another 12 deaths": an increment is no toll.
      if (isCasualty(quantity.unit, rule) && notATally(sentence.text, at, at + match[0].length)) continue;
      const verb = measure ?? (isCasualty(quantity.unit, rule) ? quantity.unit : describes ? 'describe' : familyOf(governing, rule));
      const what = measure ? (lesserEvent(sentence.text, digit, rule) ?? (measure === quantity.unit ? '' : measure)) : nounFamily(measuredPart(sentence.text, at) ?? sized ?? priced ?? measuredThing(withoutAsides(sentence.text.slice(at, at + 200)), quantity.unit), rule);
      // A size is the thing's: only a name in its own noun phrase ("the 2.6-mile Key Bridge") tells two things apart, not the names of its sentence.
      // Not a duration ("the 110-minute launch window" of one flight, "the 30-minute window" of another): those are the event's.
      const named = (adjective || sized !== undefined) && what !== '' && !TIME_UNITS.has(quantity.unit) ? sizeNames(sentence.text, digit) : topic;
      const common = describes && org !== 'general' ? { org: 'general', topic: named, verb, what, main: org } : { org, topic: measure ? [] : named, verb, what, ...(main ? { main } : {}) };
      const display = quantity.unit.includes('/')
        ? rateDisplay(sentence.text.slice(at), displayOf(match[0], quantity.unit))
        : displayOf(match[0], quantity.unit).replace(namedUnit(quantity.unit, rule) ? /,(?!\d{3}).*$/ : /$^/, '');
      // "killing all but two of the 181 people on board": the toll is those on board less the two.
      const spared = isCasualty(quantity.unit, rule) ? allBut(sentence.text, at) : undefined;
      if (spared) Object.assign(quantity, { amount: quantity.amount - spared.n });
      // A scale that is its own unit is not one of rounding: 6.8 and 6.9 are different readings, whatever the rule's tolerance.
      claims.push(quantityClaim(ctx, rule, sentence, { ...common, quantity, display: spared ? `${spared.phrase}${display}` : display, at: spared ? at - spared.phrase.length : at, exact: measure !== undefined && measure === quantity.unit, ...(among ? { among } : {}) }));
      lastUnit = quantity.unit;
      // "8.6 million tickets for the Olympics, and over one million for the Paralympics".
      const elided = elidedFigure(sentence.text, at + match[0].length);
      const figure = elided && parseNumber(elided.phrase);
      if (elided && figure) {
        const more = { amount: figure.n, unit: quantity.unit, ...(figure.approx ? { approx: figure.approx } : {}) };
        claims.push(quantityClaim(ctx, rule, sentence, { ...common, quantity: more, display: elided.phrase, at: elided.at }));
      }
      if (quantity.currency || measure) continue;
      for (const { claim, digit: at } of breakdownClaims(ctx, rule, sentence, { ...common, unit: quantity.unit }, digit + (/^[\d,.]+/.exec(sentence.text.slice(digit))?.[0].length ?? 0))) {
        claims.push(claim);
        parts.push(at);
      }
    }
  }
  return withSharedPurposes(claims);
}

/**
 * A casualty figure that is no toll but an increment: "recognising 22 more deaths", "another 12
 * deaths". (A forecast, "the death toll will climb to 282", is kept: it is a figure an editor compares.)
 */
function notATally(text: string, at: number, end: number): boolean {
  const figure = text.slice(at, Math.min(text.length, end + 20));
  return /^[\d,.]+\s+(?:more|additional|further|new)\b/i.test(figure) || /\banother\s+$/i.test(text.slice(Math.max(0, at - 12), at));
}

/**
 * "Twenty-two governments, including eight African countries, are still negotiating": a figure of
 * ten or more that opens its sentence is written in words only because it opens it (news style);
 * it is read as its digits would be. Smaller numbers are written in words anywhere ("two people
 * said") and are read only as casualties (wordCasualties).
 */
const LEADING_WORD_NUMBER = new RegExp(
  `(?<=^[\\s"“‘'(]*)(?:(?:About|Around|Some|Nearly|Almost|More than|Over|At least|Fewer than|Up to)\\s+)?(?:${[...Object.keys(SMALL).filter((w) => SMALL[w]! >= 10), ...Object.keys(TENS)].map((w) => w[0]!.toUpperCase() + w.slice(1)).join('|')})(?:-(?:${Object.keys(SMALL).join('|')}))?(?:\\s+(?:hundred|thousand|million|billion))?(?:\\s+(?!\\d)[\\w$.-]+){0,3}`,
);

/** A number written in words, and the word after it: "five bodies", "two people". */
const WORD_NUMBER = new RegExp(`\\b(?:(?:about|around|some|nearly|almost|more than|over|at least)\\s+)?(?:${CARDINAL_WORDS.filter((w) => w !== 'one' && w !== 'zero').join('|')})(?:-(?:${Object.keys(SMALL).join('|')}))?\\s+[a-z]+`, 'gi');

const casualtyGates = new WeakMap<Rule, RegExp | undefined>();

/** Whether a sentence holds a casualty's noun or verb (compiled once per rule). */
function casualtyGate(rule: Rule): RegExp | undefined {
  if (!casualtyGates.has(rule)) {
    const words = Object.values(rule.extract?.casualties ?? {}).flatMap(({ nouns = [], verbs = [], nounsWithVerb = [] }) => [...nouns, ...nounsWithVerb, ...verbs]);
    casualtyGates.set(rule, words.length > 0 ? new RegExp(`\\b(?:${words.map(escape).join('|')})`, 'i') : undefined);
  }
  return casualtyGates.get(rule);
}

/**
 * Casualties counted in words: "Only five bodies had been recovered by Monday", "two people were
 * killed". Figures in words are read only when they are casualties: "two people said" is no count.
 */
function wordCasualties(ctx: DocumentContext, rule: Rule, sentence: Sentence): Claim[] {
  const claims: Claim[] = [];
  for (const match of sentence.text.matchAll(WORD_NUMBER)) {
    const at = match.index ?? 0;
    const quantity = parsedQuantity(sentence.text.slice(at, at + match[0].length));
    // "She had died with her four children": in words, only people or casualties by their own noun are counted.
    if (!quantity?.unit || quantity.currency || (countsPeople(quantity.unit, rule) && !PEOPLE.has(quantity.unit))) continue;
    const start = at + (/^(?:(?:about|around|some|nearly|almost|more than|over|at least)\s+)/i.exec(match[0])?.[0].length ?? 0);
    const governing = governingVerb(ctx, sentence, start);
    quantity.unit = casualtyByVerb(casualtyByWords(quantity.unit, sentence.text, start, rule), governing, rule);
    // "Four bodies were handed over to their families": bodies, not a toll, counted under their verb.
    const bodies = !isCasualty(quantity.unit, rule) && countsBodies(quantity.unit, rule);
    if (!isCasualty(quantity.unit, rule) && !bodies) continue;
    const { org, topic, main } = topicOf(ctx, sentence);
    const common = { org, topic, ...(main ? { main } : {}), verb: bodies ? familyOf(governing, rule) : quantity.unit, what: '' };
    claims.push(quantityClaim(ctx, rule, sentence, { ...common, quantity, display: match[0], at }));
    // "Two people died in Castilla-La Mancha and one in Andalusia".
    claims.push(...breakdownClaims(ctx, rule, sentence, { ...common, unit: quantity.unit }, start + (/^[a-z-]+/i.exec(sentence.text.slice(start))?.[0].length ?? 0)).map((part) => part.claim));
  }
  return claims;
}

/**
 * "Households displaced (IOM): 351": a fact box's figure, with the unit its label's head noun
 * gives, the verb its other words give, and the organisation the bracket credits when the source
 * knows it as one.
 */
function labelledClaim(ctx: DocumentContext, rule: Rule, sentence: Sentence, labelled: LabelledFigure): Claim | undefined {
  const quantity = parsedQuantity(labelled.phrase);
  if (!quantity?.unit || DURATIONS.has(quantity.unit) || quantity.currency) return undefined;
  quantity.unit = casualtyByWords(quantity.unit, labelled.phrase, 0, rule);
  const about = topicOf(ctx, sentence);
  const creditedBy = (name: string | undefined) => name && ctx.organisations.mentions.find((m) => m.offset >= sentence.start && m.offset < sentence.end && m.name === name)?.key;
  const credited = creditedBy(labelled.credited) || creditedBy(labelled.after);
  // "Dead: 72 (Ishikawa)": a bracket after the figure that credits no organisation names where it is counted.
  const within = !credited && labelled.after && /^\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,2}$/u.test(labelled.after) ? fold(labelled.after) : undefined;
  // "Mass at launch: 657 kg" describes the thing, as "the 675-kilogram lander" does.
  const verb = labelled.measure ? 'describe' : isCasualty(quantity.unit, rule) ? quantity.unit : labelled.rest ? labelVerb(labelled.rest) : undefined;
  const display = sentence.text.trim();
  // The label's own capitalised word ("Households") is no entity of the figure.
  const claim = quantityClaim(ctx, rule, sentence, { org: credited || about.org, topic: [], ...(about.main ? { main: about.main } : {}), verb, what: '', quantity, display, at: labelled.at, ...(within ? { within } : {}) });
  return { ...claim, qualifiers: { ...claim.qualifiers, labelled: 'yes' } };
}

/**
 * The parts of a breakdown after a figure (read from `from`), each with the whole's unit, verb and
 * owner and its own place, and where its digits start (so that the figure is not read again).
 */
function breakdownClaims(ctx: DocumentContext, rule: Rule, sentence: Sentence, whole: Omit<QuantityParts, 'quantity' | 'display' | 'at'> & { unit: string }, from: number): Array<{ claim: Claim; digit: number }> {
  const { unit, ...common } = whole;
  return breakdownAfter(sentence.text, from).map((part) => ({
    claim: quantityClaim(ctx, rule, sentence, { ...common, quantity: { amount: part.amount, unit, ...(part.approx ? { approx: part.approx } : {}) }, display: part.phrase, at: part.at, within: part.within }),
    digit: part.at + part.phrase.search(/\d/),
  }));
}

/** "displaced" → displace; "recovered", which compromise reads as an adjective alone, as in "had been recovered". */
function labelVerb(words: string): string {
  const alone = infinitive(words);
  return alone !== words.toLowerCase() ? alone : infinitive(`had been ${words}`);
}

/**
 * One article that gives a figure twice means one thing by it: "8.6 million tickets" in the
 * headline is the "8.6 million tickets for the Olympics" of the quote below, and "96 injured" in
 * the lead is the "96 people are injured in the province" further down.
 */
function withSharedPurposes(claims: Claim[]): Claim[] {
  type Shared = { for?: Claim['qualifiers'][string]; within?: Claim['qualifiers'][string] };
  const known = new Map<string, Shared>();
  const keyOf = (claim: Claim) => `${claim.subject.key}\0${JSON.stringify(claim.value)}`;
  for (const claim of claims) {
    const held: Shared = known.get(keyOf(claim)) ?? {};
    if (claim.qualifiers.for && !held.for) held.for = claim.qualifiers.for;
    if (claim.qualifiers.within && !held.within) held.within = claim.qualifiers.within;
    known.set(keyOf(claim), held);
  }
  return claims.map((claim) => {
    const held: Shared = known.get(keyOf(claim)) ?? {};
    const adopted = { ...(!claim.qualifiers.for && held.for ? { for: held.for } : {}), ...(!claim.qualifiers.within && held.within ? { within: held.within } : {}) };
    return Object.keys(adopted).length > 0 ? { ...claim, qualifiers: { ...claim.qualifiers, ...adopted } } : claim;
  });
}
