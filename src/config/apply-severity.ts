/**
 * Severity overrides from the config, applied to the rules before the run: a rule given one severity
 * gets it for every outcome; one given a map changes only the outcomes it names. The engine then
 * stamps the new severity as it stamps a rule's own (punctuation-only quote differences stay info).
 */
import { RuleError } from '../errors/index.js';
import type { CheckSpec, RuleSet } from '../rules/types.js';
import type { Config, SeverityOverride } from './load-config.js';

const OUTCOMES = ['conflict', 'temporal-change', 'explained', 'name-variant', 'quote-variant', 'unresolved'] as const;

function outcomes(override: SeverityOverride): NonNullable<CheckSpec['severity']> {
  return typeof override === 'string' ? Object.fromEntries(OUTCOMES.map((o) => [o, override])) : override;
}

/** The rule set with the config's overrides; an id that names no rule with a check is an error at its place. */
export function applySeverity(rules: RuleSet, config: Pick<Config, 'file' | 'severity' | 'placeOf'>): RuleSet {
  const overrides = config.severity ?? {};
  for (const id of Object.keys(overrides)) {
    const rule = rules.rules.find((r) => r.id === id);
    if (!rule?.check) {
      const known = rules.rules.filter((r) => r.check).map((r) => r.id).join(', ');
      throw new RuleError(config.file, `/severity/${id} names ${rule ? 'a rule without a check' : 'no loaded rule'}; rules with checks: ${known}`, config.placeOf(['severity', id], true));
    }
  }
  return {
    ...rules,
    rules: rules.rules.map((rule) => {
      const override = overrides[rule.id];
      if (override === undefined || !rule.check) return rule;
      return { ...rule, check: { ...rule.check, severity: { ...rule.check.severity, ...outcomes(override) } } };
    }),
  };
}
