/** What a check returns; the engine stamps rule id, severity, scope and fingerprint on it. */
import type { CheckSpec, RuleSet } from '../rules/types.js';
import type { Claim, Discrepancy, Kind } from '../types.js';

export type Draft = Omit<Discrepancy, 'id' | 'rule' | 'scope' | 'severity' | 'claims'> & {
  /** Which severity setting applies: the kind, `explained` for an explained change, `cosmetic` for punctuation only. */
  outcome: Kind | 'explained' | 'cosmetic';
  /** The claims themselves; the engine turns them into the report's side-by-side form. */
  claims: Claim[];
};

export interface CheckContext {
  rules: RuleSet;
  /** Every claim in the corpus, for checks that look beyond their group (explaining events). */
  all: Claim[];
}

/** A check: one group of claims about the same subject and property in, findings out. */
export type Check = (group: Claim[], options: CheckSpec, ctx: CheckContext) => Draft[];
