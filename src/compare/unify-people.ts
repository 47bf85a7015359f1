/**
 * Across sources, a one-word speaker ("Macron") is the same person as the only multi-word
 * speaker containing that word ("Emmanuel Macron"); their quote claims then share one key.
 */
import type { Claim } from '../types.js';

export function unifyPeople(claims: Claim[]): Claim[] {
  const names = [...new Set(claims.filter((c) => c.subject.key.startsWith('person:')).map((c) => c.subject.text))];
  const full = names.filter((n) => n.includes(' '));
  const target = new Map<string, string>();
  for (const name of names) {
    if (name.includes(' ')) continue;
    const matches = full.filter((f) => f.split(/\s+/).includes(name));
    if (matches.length === 1) target.set(name, matches[0]!);
  }
  if (target.size === 0) return claims;
  return claims.map((claim) => {
    const to = claim.subject.key.startsWith('person:') ? target.get(claim.subject.text) : undefined;
    if (!to) return claim;
    const value = claim.value.type === 'quote' ? { ...claim.value, speaker: to } : claim.value;
    return { ...claim, subject: { key: `person:${to}`, text: to }, value };
  });
}
