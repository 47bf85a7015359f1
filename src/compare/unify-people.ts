/**
 * Across sources, speakers written differently are one person: a one-word name ("Macron") is
 * the only multi-word speaker containing it ("Emmanuel Macron"), and names with the same
 * spelling-tolerant key ("Plenković" / "Plenkovic") are one name. Their quote claims then
 * share one key, under the spelling most sources use. A two-word name written in the other order
 * ("Hase Hiroshi") is the same name too.
 */
import { personKey } from '../normalize/names.js';
import type { Claim } from '../types.js';

export function unifyPeople(claims: Claim[]): Claim[] {
  const speakers = claims.filter((c) => c.subject.key.startsWith('person:') && c.value.type === 'quote').map((c) => c.subject.text);
  const names = [...new Set(speakers)].sort();
  const full = names.filter((n) => n.includes(' '));
  const target = new Map<string, string>();
  for (const name of names) {
    if (name.includes(' ')) continue;
    const matches = full.filter((f) => f.split(/\s+/).includes(name));
    if (matches.length === 1) target.set(name, matches[0]!);
  }
  const byKey = new Map<string, string[]>();
  for (const name of full) byKey.set(orderless(personKey(name)), [...(byKey.get(orderless(personKey(name))) ?? []), name]);
  for (const spellings of byKey.values()) {
    const preferred = [...spellings].sort((a, b) => count(speakers, b) - count(speakers, a) || marks(b) - marks(a) || (a < b ? -1 : 1))[0]!;
    for (const name of spellings) if (name !== preferred) target.set(name, preferred);
  }
  for (const [from, to] of target) if (target.has(to)) target.set(from, target.get(to)!);
  const rekeyed = reversedNames(claims);
  if (target.size === 0 && rekeyed.size === 0) return claims;
  return claims.map((claim) => {
    const key = claim.value.type === 'name' ? rekeyed.get(claim.subject.key) : undefined;
    if (key) return { ...claim, subject: { ...claim.subject, key } };
    const to = claim.subject.key.startsWith('person:') && claim.value.type === 'quote' ? target.get(claim.subject.text) : undefined;
    if (!to) return claim;
    const value = claim.value.type === 'quote' ? { ...claim.value, speaker: to } : claim.value;
    return { ...claim, subject: { key: `person:${to}`, text: to }, value };
  });
}

/**
 * "Hiroshi Hase" and "Hase Hiroshi" (one name in Western and in Japanese order): name claims whose
 * two-word keys are each other reversed take one key, the one more claims have (else the first in
 * order), so the name-variant check sees both spellings.
 */
function reversedNames(claims: Claim[]): Map<string, string> {
  const counts = new Map<string, number>();
  for (const claim of claims) {
    if (claim.value.type === 'name' && claim.subject.key.startsWith('person:')) counts.set(claim.subject.key, (counts.get(claim.subject.key) ?? 0) + 1);
  }
  const rekeyed = new Map<string, string>();
  for (const [key, n] of counts) {
    const words = key.slice('person:'.length).split(' ');
    if (words.length !== 2 || words[0] === words[1]) continue;
    const reversed = `person:${words[1]} ${words[0]}`;
    const other = counts.get(reversed);
    if (other === undefined) continue;
    if (other > n || (other === n && reversed < key)) rekeyed.set(key, reversed);
  }
  return rekeyed;
}

/** A person key with its two words in order, so that a name written family name first meets the other order. */
function orderless(key: string): string {
  return key.split(' ').sort().join(' ');
}

function count(list: string[], name: string): number {
  return list.filter((n) => n === name).length;
}

/** How many letters carry diacritics: the fuller spelling wins a tie. */
function marks(name: string): number {
  return name.normalize('NFD').length - name.length;
}
