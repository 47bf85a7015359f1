/** Scores one report against one answer key (docs/answer-key.md, "Scores"). */
import type { Discrepancy, Report } from '../src/types.js';
import type { AnswerKey, KeyFact, KeyFinding, KeyTrap, KeyValue } from './key.js';
import { valuesAgree } from '../src/compare/checks/value-sets.js';
import { fileName, placedAt, valueMatches } from './match.js';

export interface Scores {
  keyFindings: number;
  reported: number;
  recall: number;
  precision: number;
  kindAccuracy: number;
  trapsHit: number;
  traps: number;
  factRecall: number;
  /** Key facts no claim of the report matches (listed by `npm run eval -- --facts`). */
  missedFacts: KeyFact[];
  asOfAccuracy: number;
  /** What did not match, for working on the misses. */
  missed: KeyFinding[];
  unexpected: Discrepancy[];
  wrongKind: Array<{ key: KeyFinding; reported: Discrepancy }>;
  hitTraps: KeyTrap[];
  wrongAsOf: Array<{ source: string; phrase: string; asOf: string; got?: string }>;
}

export function score(report: Report, key: AnswerKey): Scores {
  const covers = (d: Discrepancy, sources: string[], values: KeyValue[]) => {
    const files = new Set(d.claims.map((c) => fileName(c.source)));
    return sources.every((s) => files.has(s)) && values.every((v) => d.claims.some((c) => valueMatches(c.value, v) || datedAt(c.time.span, v)));
  };
  // A finding of the key's kind first: an unresolved finding that lists a whole timeline also covers the change in it.
  const matchOf = (k: KeyFinding) => {
    const covering = report.discrepancies.filter((d) => sameProperty(d, k) && covers(d, k.sources, k.values));
    return covering.find((d) => d.kind === k.kind) ?? covering[0];
  };
  const matched = key.findings.map((k) => ({ key: k, reported: matchOf(k) }));
  const found = matched.filter((m) => m.reported);
  const expected = (d: Discrepancy) => key.findings.some((k) => sameProperty(d, k) && covers(d, k.sources, k.values));
  // A trap's values must come from the trap's own sources: "the other seven partner states" in one
  // article is not hit by a finding whose 7 comes from another.
  const fromTrap = (d: Discrepancy, t: KeyTrap) =>
    t.values.every((v) => d.claims.some((c) => t.sources.includes(fileName(c.source)) && (valueMatches(c.value, v) || datedAt(c.time.span, v)))) &&
    // A trap with a phrase ("'128 vendors' in the cookie bar") is hit only by a claim read from those words.
    (t.phrase === undefined || d.claims.some((c) => t.sources.includes(fileName(c.source)) && [t.phrase!].flat().some((p) => loose(c.text).includes(loose(p)))));
  const hitTraps = key.traps.filter((t) => report.discrepancies.some((d) => covers(d, t.sources, t.values) && fromTrap(d, t) && opposes(d, t.values)));
  const facts = key.facts.map((f) => {
    const candidates = report.claims.filter((c) => fileName(c.source) === f.source && c.property === f.property && valueMatches(c.value, f.value));
    // The claim read from the key's sentence, when the same value stands in several.
    return { fact: f, claim: candidates.find((c) => loose(c.evidence.text).includes(loose(f.phrase))) ?? candidates[0] };
  });
  const dated = facts.filter((f) => f.claim && f.fact.asOf !== undefined);
  const wrongAsOf = dated.filter((f) => !placedAt(f.claim!.time.span, String(f.fact.asOf)));
  return {
    keyFindings: key.findings.length,
    reported: report.discrepancies.length,
    recall: ratio(found.length, key.findings.length),
    precision: ratio(report.discrepancies.filter(expected).length, report.discrepancies.length),
    kindAccuracy: ratio(found.filter((m) => m.reported!.kind === m.key.kind).length, found.length),
    trapsHit: hitTraps.length,
    traps: key.traps.length,
    factRecall: ratio(facts.filter((f) => f.claim).length, facts.length),
    asOfAccuracy: ratio(dated.length - wrongAsOf.length, dated.length),
    missed: matched.filter((m) => !m.reported).map((m) => m.key),
    missedFacts: facts.filter((f) => !f.claim).map((f) => f.fact),
    unexpected: report.discrepancies.filter((d) => !expected(d)),
    wrongKind: found.filter((m) => m.reported!.kind !== m.key.kind).map((m) => ({ key: m.key, reported: m.reported! })),
    hitTraps,
    wrongAsOf: wrongAsOf.map((f) => ({ source: f.fact.source, phrase: f.fact.phrase, asOf: String(f.fact.asOf), ...(f.claim!.time.span ? { got: `${f.claim!.time.span.start}..${f.claim!.time.span.end}` } : {}) })),
  };
}

/**
 * A finding holds a trap's values against each other: with one value, by naming it at all; with
 * several, when two of them stand on different sides. A finding that lists "more than 9.5 million"
 * and "9.56 million" as one agreeing side (against an undated third figure) does not fall for a
 * trap that says the two agree.
 */
function opposes(d: Discrepancy, values: KeyValue[]): boolean {
  if (values.length < 2) return true;
  const holders = values.map((v) => d.claims.filter((c) => valueMatches(c.value, v)));
  return holders.some((xs, i) => holders.slice(i + 1).some((ys) => xs.some((x) => ys.some((y) => !valuesAgree(x as never, y as never, 0.02)))));
}

/** A share, 1 when there is nothing to count (nothing missed, nothing wrong). */
function ratio(part: number, whole: number): number {
  return whole === 0 ? 1 : part / whole;
}

/** An event's date given as the key's value (`2023-10-26`): the claim is placed on it. */
function datedAt(span: { start: string } | undefined, value: KeyValue): boolean {
  return typeof value === 'string' && /^\d{4}-\d{2}(-\d{2})?$/.test(value) && span !== undefined && span.start.startsWith(value);
}

function loose(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * A finding answers a key finding of its property; a key's `event` finding whose values are dates
 * is also answered by a `member-joined` finding (a member's joining dated differently: the key
 * format lets a joining's dates be keyed as an event), and a key's `member-states` finding whose
 * values are counts by a `member-joined` finding whose claims give those counts as the member's
 * place ("the 39th member" against "the 40th member"; docs/answer-key.md).
 */
function sameProperty(d: Discrepancy, k: KeyFinding): boolean {
  if (d.property === k.property) return true;
  if (d.property !== 'member-joined') return false;
  if (k.property === 'event') return k.values.every((v) => /^\d{4}(?:-\d\d){0,2}$/.test(String(v)));
  return k.property === 'member-states' && k.values.every((v) => typeof v === 'number');
}
