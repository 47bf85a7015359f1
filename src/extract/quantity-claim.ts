/**
 * A quantity claim built from what the quantity extractor read: the figure, its unit and verb, who
 * it belongs to, the part of a place or of the people it is limited to, who gives it, and when it
 * holds. Also the age claim (age.ts), keyed by the person.
 */
import { personKey } from '../normalize/names.js';
import type { Rule } from '../rules/types.js';
import type { Approx, Claim } from '../types.js';
import type { AgeMention } from './age.js';
import { claimTime } from './claim-time.js';
import type { DocumentContext } from './context.js';
import { creditOf } from './credit.js';
import { passageFeatures } from './features.js';
import { makeClaim } from './make-claim.js';
import { organisationFor } from './organisations.js';
import { isRunning, modifierOf, payerOf, periodOf, purposeOf, scopeOf, severityOf } from './quantity-scope.js';
import { isCasualty, PEOPLE } from './quantity-units.js';
import type { Sentence } from './sentences.js';

export interface QuantityParts {
  org: string;
  /** The source's main organisation, for a figure whose sentence names none. */
  main?: string;
  topic: string[];
  verb: string | undefined;
  what: string;
  quantity: { amount: number; unit: string; approx?: string };
  display: string;
  at: number;
  /** A reading on a scale that is its own unit (magnitude): compared without tolerance. */
  exact?: boolean;
  /** Who a toll counts when it is a part of it ("at least 530 Egyptians" died → egyptian). */
  among?: string;
  /** The part of a place the figure is limited to, when the line says it apart from a sentence ("Dead: 72 (Ishikawa)"). */
  within?: string;
}

export function quantityClaim(ctx: DocumentContext, rule: Rule, sentence: Sentence, parts: QuantityParts): Claim {
  const { main, topic, verb, what, quantity, at } = parts;
  // A toll is the incident's, not the agency's that gives it ("the UN migration agency said 670 were killed").
  const org = isCasualty(quantity.unit, rule) ? 'general' : parts.org;
  const purpose = purposeOf(sentence.text, at);
  // Tolls of dead and injured are counted as they come in, whichever word gave them.
  // So are the people or homes without power or water: counted as they are reconnected.
  const running = isRunning(sentence.text, at) || runningVerb(verb, rule) || isCasualty(quantity.unit, rule) || purpose.includes('without');
  const scope = parts.within ?? scopeOf(sentence.text, at, running, ctx.source.text.slice(0, sentence.start));
  const kind = modifierOf(parts.display, quantity.unit);
  // "107 Jordanian pilgrims", "68 Indian pilgrims": people named by where they come from are a part of all the pilgrims.
  // So are the injured of one severity ("nine people were in a critical condition") of all the injured.
  const among = parts.among ?? (kind && /^[^\d]*[\d.,]+(?:\s+(?:million|thousand))?\s+\p{Lu}/u.test(parts.display) ? kind : undefined) ?? (isCasualty(quantity.unit, rule) ? severityOf(sentence.text, at) : undefined);
  const payer = payerOf(sentence.text, at);
  const per = periodOf(sentence.text, at);
  // Who gives a toll: two authorities' tolls on one day compete, one authority's rise.
  const by = isCasualty(quantity.unit, rule) ? creditOf(sentence.text, at) : undefined;
  return makeClaim(ctx, rule.id, sentence, {
    subject: { key: `qty:${org}:${quantity.unit}:${what}`, text: `${quantity.unit}${what ? ` of ${what}` : ''}` },
    property: rule.extract?.property ?? 'quantity',
    value: { type: 'quantity', amount: quantity.amount, unit: quantity.unit, ...(quantity.approx ? { approx: quantity.approx as Approx } : {}) },
    display: parts.display,
    qualifiers: { ...(verb ? { verb } : {}), entities: [...topic], ...(purpose.length > 0 ? { for: purpose } : {}), ...(main ? { main } : {}), ...(scope ? { within: scope } : {}), ...(kind ? { kind } : {}), ...(payer ? { payer } : {}), ...(per ? { per } : {}), ...(running ? { tally: 'running' } : {}), ...(parts.exact ? { exact: 'yes' } : {}), ...(by ? { by } : {}), ...(among ? { among } : {}) },
    time: claimTime(ctx.source, sentence.text, { near: at, sameClause: true, reported: running, publicationOnly: isPopulation(sentence.text, at, quantity.unit) || verb === 'describe' }),
    at,
  });
}

/** Whether the verb governing a figure makes it a running count: casualties, evacuations and arrests are counted as they come in. */
function runningVerb(verb: string | undefined, rule: Rule): boolean {
  const stems = rule.extract?.runningVerbs ?? [];
  return verb !== undefined && stems.some((stem) => verb.toLowerCase().startsWith(stem));
}

/**
 * "the Adriatic country of 3.8 million people joined the EU in 2013": a population that
 * describes a place holds when the article is written, not at the time of the verb.
 */
function isPopulation(text: string, at: number, unit: string): boolean {
  return PEOPLE.has(unit) && /\b(?:of|with)\s+$/i.test(text.slice(Math.max(0, at - 6), at));
}

/** The organisation a sentence is about ("general" when none) and the other entities it names. */
export function topicOf(ctx: DocumentContext, sentence: Sentence): { org: string; topic: string[]; main?: string } {
  const org = organisationFor(ctx.organisations, sentence.start, sentence.end, sentence.text, { named: true }) ?? 'general';
  const topic = [...new Set(passageFeatures(sentence.text, undefined, [org]).filter((f) => f.startsWith('entity:')).map((f) => placeName(f.slice(7))))];
  // A figure in a sentence that names no organisation may still be the article's organisation's:
  // compare decides, when that organisation has figures of the same kind (see adopt-unowned.ts).
  const main = ctx.organisations.main;
  return org === 'general' && main ? { org, topic, main } : { org, topic };
}

/** "Wajima City", "Ishikawa Prefecture": a place named with the word for its kind is the place ("Wajima"). */
function placeName(entity: string): string {
  return entity.replace(/(?<=\S)\s+(?:City|Town|Village|Prefecture|Province|County|District|Municipality|Governorate|Oblast)$/, '');
}

/** A person's age: keyed by the person, so that two outlets' ages for one person meet. */
export function ageClaim(ctx: DocumentContext, rule: Rule, sentence: Sentence, age: AgeMention): Claim {
  return makeClaim(ctx, rule.id, sentence, {
    subject: { key: `age:${personKey(age.name)}`, text: `age of ${age.name}` },
    property: rule.extract?.property ?? 'quantity',
    value: { type: 'quantity', amount: age.age, unit: 'year' },
    display: `${age.name}, ${age.age}`,
    qualifiers: { verb: 'age', entities: [] },
    time: claimTime(ctx.source, sentence.text, { publicationOnly: true }),
    at: age.at,
  });
}
