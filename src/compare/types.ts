/** What a check returns; the engine stamps rule id, severity, scope and fingerprint on it. */
import type { CheckSpec, RuleSet } from '../rules/types.js';
import type { Claim, Discrepancy, Kind } from '../types.js';

export type Draft = Omit<Discrepancy, 'id' | 'rule' | 'scope' | 'severity' | 'claims'> & {
  /** Which severity setting applies: the kind, or `explained` for an explained change. */
  outcome: Kind | 'explained';
  /** The claims themselves; the engine turns them into the report's side-by-side form. */
  claims: Claim[];
};

export interface CheckContext {
  rules: RuleSet;
  /**
   * Every claim in the corpus. A check that reads it is checked again by a warm run whenever any
   * claim of the drop changes: `sentence` and `about` say what it reads more precisely.
   */
  all: Claim[];
  /** The claims of the drop stated in the same sentence as `claim` (same source and offset, `claim` among them when it is the drop's), in drop order. */
  sentence(claim: Claim): readonly Claim[];
  /** The claims of the drop about `subjectKey` whose property is one of `properties` (explaining events), in drop order. */
  about(subjectKey: string, properties: readonly string[]): Claim[];
}

/** A check: one group of claims about the same subject and property in, findings out. */
export type Check = (group: Claim[], options: CheckSpec, ctx: CheckContext) => Draft[];
