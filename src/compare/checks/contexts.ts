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
import { valuesAgree } from './value-sets.js';

/** The figures beside each claim, by sentence: built once per corpus. */
type Companions = Map<string, Claim[]>;

const companionsCache = new WeakMap<Claim[], Companions>();

export function sameContexts(group: Claim[], all: Claim[] = []): Claim[][] {
  const companions = companionsOf(all);
  const sets = new UnionFind(group.length);
  group.forEach((a, i) =>
    group.forEach((b, j) => {
      if (j <= i || sameSentence(a, b)) return;
      const purpose = samePurpose(purposeOf(a), purposeOf(b));
      if (purpose === false) return;
      if (purpose === true || linked(a, b) || anchored(a, b, companions)) sets.union(i, j);
    }),
  );
  const seen = new Map<number, Claim[]>();
  group.forEach((claim, i) => seen.set(sets.find(i), [...(seen.get(sets.find(i)) ?? []), claim]));
  return [...seen.values()];
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

/**
 * The same verb with a shared entity (or none named on either side), or two shared entities.
 * One shared name alone ("Paris") links too much: trade with one region and with another.
 */
function linked(a: Claim, b: Claim): boolean {
  const verb = (c: Claim) => (typeof c.qualifiers.verb === 'string' ? c.qualifiers.verb : undefined);
  const entities = (c: Claim) => new Set(Array.isArray(c.qualifiers.entities) ? c.qualifiers.entities : []);
  const [x, y] = [entities(a), entities(b)];
  const shared = [...x].filter((e) => y.has(e)).length;
  const sameVerb = verb(a) !== undefined && verb(a) === verb(b);
  return (sameVerb && (shared > 0 || (x.size === 0 && y.size === 0))) || shared >= 2;
}

/**
 * Two sentences from different sources that give one other figure alike (the same unit, values
 * that agree, at least 10 so that "two" or "three" link nothing) tell the same story.
 */
function anchored(a: Claim, b: Claim, companions: Companions): boolean {
  if (a.source === b.source) return false;
  const besideA = companions.get(sentenceOf(a))?.filter((c) => c !== a && !agrees(c, a)) ?? [];
  if (besideA.length === 0) return false;
  const besideB = companions.get(sentenceOf(b))?.filter((c) => c !== b && !agrees(c, b)) ?? [];
  return besideA.some((x) => besideB.some((y) => agrees(x, y)));
}

function agrees(x: Claim, y: Claim): boolean {
  return valuesAgree(x, y, 0.02);
}

function companionsOf(all: Claim[]): Companions {
  let found = companionsCache.get(all);
  if (found) return found;
  found = new Map();
  for (const claim of all) {
    if (!isFigure(claim)) continue;
    const key = sentenceOf(claim);
    const list = found.get(key);
    if (list) list.push(claim);
    else found.set(key, [claim]);
  }
  companionsCache.set(all, found);
  return found;
}

function isFigure(claim: Claim): boolean {
  const v = claim.value;
  return (v.type === 'quantity' && v.amount >= 10) || (v.type === 'count' && v.n >= 10);
}

function sentenceOf(claim: Claim): string {
  return `${claim.source}\0${claim.evidence.offset}`;
}
