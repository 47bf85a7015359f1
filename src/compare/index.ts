/**
 * The compare stage: claims are grouped by subject and property (never compared all pairs
 * blindly), each rule's check runs on its groups, and the engine stamps rule id, severity,
 * scope and a fingerprint on what the checks return. compare/ never imports NLP or parsers.
 */
import type { Rule, RuleSet } from '../rules/types.js';
import type { Claim, Discrepancy, Voice } from '../types.js';
import { listCount } from './checks/list-count.js';
import { sameEvent } from './checks/same-event.js';
import { series } from './checks/series.js';
import { nameVariant } from './checks/name-variant.js';
import { quoteVariant } from './checks/quote-variant.js';
import { valueAtTime } from './checks/value-at-time.js';
import { adoptUnowned } from './adopt-unowned.js';
import { checkContext } from './check-context.js';
import { groupClaims } from './group-claims.js';
import { MemoRun, type CompareMemo } from './compare-memo.js';
import { stamp } from './stamp.js';
import type { Check } from './types.js';
import { unifyPeople } from './unify-people.js';

const CHECKS: Record<NonNullable<Rule['check']>['type'], Check> = {
  'value-at-time': valueAtTime,
  'same-event': sameEvent,
  series,
  'name-variant': nameVariant,
  'quote-variant': quoteVariant,
  'list-count': listCount,
};

/**
 * Compares every claim of the corpus under the rules; findings come back sorted by id. `voices`
 * (from `groupReprints`) counts reprints and translations of one story as one voice. With a
 * `memo`, a group whose claims (and whatever else its check read) are those of an earlier run is
 * not checked again: its drafts are the remembered ones (compare-memo.ts); same findings.
 */
export function compareClaims(input: Claim[], rules: RuleSet, voices: ReadonlyMap<string, Voice> = new Map(), memo?: CompareMemo): Discrepancy[] {
  const claims = unifyPeople(input);
  const run = memo && new MemoRun(memo, rules, claims);
  if (run && claims !== input) claims.forEach((claim, i) => claim !== input[i] && run.derived(claim, input[i]!));
  // Each rule reads one extractor's claims: split them once, in order, rather than scan all per rule.
  const byExtractor = new Map<string, Claim[]>();
  for (const claim of claims) {
    const list = byExtractor.get(claim.extractor);
    if (list) list.push(claim);
    else byExtractor.set(claim.extractor, [claim]);
  }
  const found: Discrepancy[] = [];
  const context = checkContext(rules, claims);
  for (const rule of rules.rules) {
    if (!rule.check) continue;
    const groups = groupClaims(byExtractor.get(rule.claimsFrom ?? rule.id) ?? []);
    if (rule.check.sameContext) adoptUnowned(groups, run && ((moved, from) => run.derived(moved, from)));
    const check = CHECKS[rule.check.type];
    const spec = rule.check;
    for (const key of [...groups.keys()].sort()) {
      const group = groups.get(key)!;
      const drafts = run ? run.drafts(rule, key, group, (ctx) => check(group, spec, ctx)) : check(group, spec, context);
      found.push(...drafts.map((draft) => stamp(draft, rule, voices)));
    }
  }
  return found.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
