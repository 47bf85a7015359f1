/**
 * Splits a group of claims into the sets that speak of the same thing. Figures for different
 * things ("for the Olympics" / "for the Paralympics") never meet; figures for the same thing
 * always do; otherwise two claims are linked when they share the verb that governs them and the entities named beside them, or when their
 * sentences carry another figure that agrees ("About 10,500 athletes took part in 329 medal
 * events" / "10,500 athletes who competed for medals in 339 events"), and never when they stand
 * in one sentence ("40 percent … and 60 percent" are two shares, not two accounts).
 */
import type { Claim } from '../../types.js';
import { samePurpose } from '../../normalize/purpose.js';
import { UnionFind } from '../union-find.js';
import { linkClasses, type Link } from './link-classes.js';
import { valuesAgree } from './value-sets.js';

/** The claims of the drop stated in a claim's sentence (the check context's `sentence`). */
type Sentence = (claim: Claim) => readonly Claim[];

export function sameContexts(group: Claim[], sentence: Sentence = () => []): Claim[][] {
  // What each pair test reads, once per claim: the group's pairs are many, its claims few.
  const features = group.map((claim) => featuresOf(claim, sentence));
  const sets = new UnionFind(group.length);
  linkClasses(features, pairTest, (i, j) => sets.union(i, j));
  const seen = new Map<number, Claim[]>();
  group.forEach((claim, i) => {
    const root = sets.find(i);
    const set = seen.get(root);
    if (set) set.push(claim);
    else seen.set(root, [claim]);
  });
  return [...seen.values()];
}

/**
 * Whether two claims in different sentences are linked: never across a veto (purposes that
 * differ, a part of a place against the whole, nouns qualified differently); `always` when the
 * purpose or the verb and names say so, `across` when only two sources may link them (a sentence
 * naming nothing, an anchoring figure).
 */
function pairTest(a: Features, b: Features): Link {
  const purpose = samePurpose(a.purpose, b.purpose);
  // A figure for a part of a place ("86 … in the province of Gansu") never meets one for the whole, or for another part.
  // So does a toll of some of the people ("at least 530 Egyptians" died) for the whole toll.
  if (purpose === false || a.within !== b.within || a.among !== b.among) return 'never';
  // "260 freight trains" / "65 passenger trains": nouns qualified differently count different things.
  if (a.kind !== undefined && b.kind !== undefined && a.kind !== b.kind) return 'never';
  // "Cars pay Rs 375 for a return" / "light commercial vehicles … Rs 600 for a return journey": other payers, other prices.
  if (a.payer !== undefined && b.payer !== undefined && a.payer !== b.payer) return 'never';
  // "around £2 billion a year" of trade and "a combined GDP of £12 trillion": a flow and a stock.
  if (a.per !== b.per) return 'never';
  if (purpose === true || linked(a, b)) return 'always';
  // "Households displaced (IOM): 351" in a fact box restates the body's figure of the same verb.
  if ((a.boxed || b.boxed) && a.verb !== undefined && a.verb === b.verb) return 'always';
  return linkedAcross(a, b) || anchored(a, b) ? 'across' : 'never';
}

/** A claim as the pair tests read it. */
export interface Features {
  source: string;
  sentence: string;
  verb: string | undefined;
  entities: Set<string>;
  purpose: string[];
  /** The part of a place the figure is limited to, if its words say ("in the province of Gansu"). */
  within: string | undefined;
  /** The words between the figure and its noun ("freight" in "260 freight trains"). */
  kind: string | undefined;
  /** Who a toll counts, when it counts some of the people ("at least 530 Egyptians" died → egyptian). */
  among: string | undefined;
  /** Who pays a price, when its clause says ("cars", "light commercial vehicle minibuse"). */
  payer: string | undefined;
  /** The period a flow is counted over ("a year"), none for a stock. */
  per: string | undefined;
  /** The other figures of its sentence, apart from any that agree with the claim itself. */
  beside: Claim[];
  /** A figure read from a fact box's "Label: figure" line. */
  boxed: boolean;
}

function featuresOf(claim: Claim, sentence: Sentence): Features {
  return {
    // A live blog's posts stamped at different times are reports of their own, as different sources are.
    source: typeof claim.qualifiers.clock === 'string' ? `${claim.source}\u0001${claim.qualifiers.clock}` : claim.source,
    sentence: sentenceOf(claim),
    verb: typeof claim.qualifiers.verb === 'string' ? claim.qualifiers.verb : undefined,
    entities: new Set(Array.isArray(claim.qualifiers.entities) ? claim.qualifiers.entities : []),
    purpose: purposeOf(claim),
    within: typeof claim.qualifiers.within === 'string' ? claim.qualifiers.within : undefined,
    kind: typeof claim.qualifiers.kind === 'string' ? claim.qualifiers.kind : undefined,
    among: typeof claim.qualifiers.among === 'string' ? claim.qualifiers.among : undefined,
    payer: typeof claim.qualifiers.payer === 'string' ? claim.qualifiers.payer : undefined,
    per: typeof claim.qualifiers.per === 'string' ? claim.qualifiers.per : undefined,
    // Only figures of another unit anchor ("10,500 athletes" beside "329 medal events"): where a sentence
    // gives several shares ("59%, about 25% and 16%"), a shared one does not say which share is which.
    beside: sentence(claim).filter((c) => isFigure(c) && c !== claim && !agrees(c, claim) && unitOf(c) !== unitOf(claim)),
    boxed: claim.qualifiers.labelled === 'yes',
  };
}

/** What a figure is for ("for the Paris Olympics"), when its sentence says. */
function purposeOf(claim: Claim): string[] {
  const words = claim.qualifiers.for;
  return Array.isArray(words) ? words : [];
}

/** Two claims in one sentence state two things. */
export function sameSentence(a: Claim, b: Claim): boolean {
  return a.source === b.source && a.evidence.offset === b.evidence.offset;
}

/** The same verb with a shared entity, or none named on either side. */
function linked(a: Features, b: Features): boolean {
  if (a.verb === undefined || a.verb !== b.verb) return false;
  if (a.entities.size === 0 && b.entities.size === 0) return true;
  for (const entity of a.entities) if (b.entities.has(entity)) return true;
  return false;
}

/**
 * Across sources, one sentence that names nothing beside the figure does not keep it apart
 * ("80,000 participants registered" / "97,000 participants have registered … in the Blue Zone");
 * within one article, such figures are its parts ("2,148 kg … 1,752 kg").
 */
function linkedAcross(a: Features, b: Features): boolean {
  return a.verb !== undefined && a.verb === b.verb && (a.entities.size === 0 || b.entities.size === 0);
}

/**
 * Two sentences (of different sources) that give one other figure alike (the same unit, values
 * that agree, at least 10 so that "two" or "three" link nothing) tell the same story.
 */
function anchored(a: Features, b: Features): boolean {
  if (a.beside.length === 0 || b.beside.length === 0) return false;
  return a.beside.some((x) => b.beside.some((y) => sameFigure(x, y)));
}

/**
 * The same figure within 2%, however qualified ("About 10,500 athletes" / "10,500 athletes"):
 * two approximations that merely overlap ("roughly 28 million" / "about 27 million") anchor nothing.
 */
function sameFigure(x: Claim, y: Claim): boolean {
  const amount = (c: Claim) => (c.value.type === 'quantity' ? c.value.amount : c.value.type === 'count' ? c.value.n : undefined);
  const [p, q] = [amount(x), amount(y)];
  if (p === undefined || q === undefined || !agrees(x, y)) return false;
  return Math.abs(p - q) <= 0.02 * Math.max(Math.abs(p), Math.abs(q));
}

function agrees(x: Claim, y: Claim): boolean {
  return valuesAgree(x, y, 0.02);
}

function unitOf(claim: Claim): string {
  return claim.value.type === 'quantity' ? claim.value.unit : claim.value.type;
}

function isFigure(claim: Claim): boolean {
  const v = claim.value;
  return (v.type === 'quantity' && v.amount >= 10) || (v.type === 'count' && v.n >= 10);
}

function sentenceOf(claim: Claim): string {
  return `${claim.source}\0${claim.evidence.offset}`;
}
