/** What a check returns; the engine stamps rule id, severity, scope and fingerprint on it. */
import type { RuleSet } from '../rules/types.js';
import type { Claim, Discrepancy, Kind } from '../types.js';

export interface Draft {
  kind: Kind;
  /** Which severity setting applies: the kind, or `explained` for an explained change. */
  outcome: Kind | 'explained' | 'cosmetic';
  confidence: number;
  subject: string;
  property: string;
  message: string;
  explanation?: string;
  linkedBy: string[];
  claims: Claim[];
  diff?: Discrepancy['diff'];
}

export interface CheckContext {
  rules: RuleSet;
  /** Every claim in the corpus, for checks that look beyond their group (explaining events). */
  all: Claim[];
}

/** A check: one group of claims about the same subject and property in, findings out. */
export type Check = (group: Claim[], options: NonNullable<import('../rules/types.js').Rule['check']>, ctx: CheckContext) => Draft[];
