/**
 * What SARIF says about each rule: the rule's own description, and help from its check type's page
 * in docs/rules/ (its first paragraph, as plain text) when the docs are present beside the code.
 */
import { readFileSync } from 'node:fs';
import type { SarifRuleInfo } from '../report/format-sarif.js';
import type { RuleSet } from '../rules/types.js';

/** The first paragraph after a page's title, links reduced to their text, on one line. */
export function firstParagraph(markdown: string): string | undefined {
  const paragraph = markdown
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .find((p) => p !== '' && !p.startsWith('#') && !p.startsWith('|') && !p.startsWith('```'));
  return paragraph?.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\s+/g, ' ');
}

function helpFor(checkType: string): string | undefined {
  try {
    return firstParagraph(readFileSync(new URL(`../../docs/rules/check-${checkType}.md`, import.meta.url), 'utf8'));
  } catch {
    return undefined;
  }
}

/** One entry per rule with a check. */
export function sarifRules(rules: RuleSet): SarifRuleInfo[] {
  return rules.rules
    .filter((rule) => rule.check)
    .map((rule) => {
      const help = helpFor(rule.check!.type);
      return { id: rule.id, ...(rule.description ? { description: rule.description } : {}), ...(help ? { help: `${rule.check!.type}: ${help}` } : {}) };
    });
}
