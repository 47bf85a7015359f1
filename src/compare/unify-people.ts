/**
 * Across sources, speakers written differently are one person: a one-word name ("Macron") is
 * the only multi-word speaker containing it ("Emmanuel Macron"), and names with the same
 * spelling-tolerant key ("Plenković" / "Plenkovic") are one name. Their quote claims then
 * share one key, under the spelling most sources use. A two-word name written in the other order
 * ("Hase Hiroshi") is the same name too, and so is a short form of a first name ("Steve Altemus" /
 * "Stephen Altemus").
 */
import { personKey } from '../normalize/names.js';
import type { Claim } from '../types.js';
import { groupBy } from '../group-by.js';

export function unifyPeople(claims: Claim[]): Claim[] {
  const speakers = claims.filter((c) => c.subject.key.startsWith('person:') && c.value.type === 'quote').map((c) => c.subject.text);
  const names = [...new Set(speakers)].sort();
  const full = names.filter((n) => n.includes(' '));
  // The multi-word names by each of their words, each name once per word.
  const byWord = new Map<string, string[]>();
  for (const f of full) for (const word of new Set(f.split(/\s+/))) (byWord.get(word) ?? byWord.set(word, []).get(word)!).push(f);
  const target = new Map<string, string>();
  for (const name of names) {
    if (name.includes(' ')) continue;
    const matches = byWord.get(name) ?? [];
    if (matches.length === 1) target.set(name, matches[0]!);
  }
  const byKey = groupBy(full, (name) => orderless(personKey(name)));
  const counts = new Map<string, number>();
  for (const speaker of speakers) counts.set(speaker, (counts.get(speaker) ?? 0) + 1);
  const count = (name: string) => counts.get(name) ?? 0;
  for (const spellings of byKey.values()) {
    const preferred = [...spellings].sort((a, b) => count(b) - count(a) || marks(b) - marks(a) || (a < b ? -1 : 1))[0]!;
    for (const name of spellings) if (name !== preferred) target.set(name, preferred);
  }
  // "Steve Altemus" and "Stephen Altemus": a short form of the first name with the same last name
  // (looked for among the names with that last name only, never all pairs).
  const bySurname = groupBy(full, surnameKey);
  for (const name of full) {
    const longer = (bySurname.get(surnameKey(name)) ?? []).filter((other) => other !== name && shortFormOf(name, other));
    if (longer.length === 1 && !target.has(name)) target.set(name, longer[0]!);
  }
  for (const [from, to] of target) if (target.has(to)) target.set(from, target.get(to)!);
  const rekeyed = sameNames(claims);
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
 * Name claims of one person under two keys take one, so the name-variant check sees both
 * spellings: "Hiroshi Hase" and "Hase Hiroshi" (Western and Japanese order: keys each other
 * reversed) take the key more claims have, else the first in order; "Steve Altemus" takes the key
 * of "Stephen Altemus" (a short form of the first name), when only one fuller name fits.
 */
function sameNames(claims: Claim[]): Map<string, string> {
  const counts = new Map<string, number>();
  const texts = new Map<string, string>();
  for (const claim of claims) {
    if (claim.value.type !== 'name' || !claim.subject.key.startsWith('person:')) continue;
    counts.set(claim.subject.key, (counts.get(claim.subject.key) ?? 0) + 1);
    if (!texts.has(claim.subject.key)) texts.set(claim.subject.key, claim.value.text);
  }
  const rekeyed = new Map<string, string>();
  for (const [key, n] of counts) {
    const words = key.slice('person:'.length).split(' ');
    if (words.length !== 2 || words[0] === words[1]) continue;
    const reversed = `person:${words[1]} ${words[0]}`;
    const other = counts.get(reversed);
    if (other !== undefined && (other > n || (other === n && reversed < key))) rekeyed.set(key, reversed);
  }
  const bySurname = groupBy([...texts], ([, name]) => surnameKey(name));
  for (const [key, text] of texts) {
    if (rekeyed.has(key)) continue;
    const longer = (bySurname.get(surnameKey(text)) ?? []).filter(([other, name]) => other !== key && shortFormOf(text, name));
    if (longer.length === 1) rekeyed.set(key, longer[0]![0]);
  }
  return rekeyed;
}

/** The spelling-tolerant key of a name's last word. */
function surnameKey(name: string): string {
  return personKey(name.split(/\s+/).at(-1) ?? '');
}

/**
 * Whether `short` is `long` with its first name in a short form: the same last name, and a first
 * name of three to five letters that the other, longer one starts with but for its end ("Steve" /
 * "Stephen", "Dan" / "Daniel", "Chris" / "Christopher"; not "Christine" / "Christopher").
 */
function shortFormOf(short: string, long: string): boolean {
  const [a, b] = [short.split(/\s+/), long.split(/\s+/)];
  if (a.length < 2 || b.length < 2 || personKey(a.at(-1)!) !== personKey(b.at(-1)!)) return false;
  const [x, y] = [folded(a[0]!), folded(b[0]!)];
  return x.length >= 3 && x.length <= 5 && y.length > x.length && y.startsWith(x.slice(0, 3)) && !/\./.test(x);
}

function folded(word: string): string {
  return word.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** A person key with its two words in order, so that a name written family name first meets the other order. */
function orderless(key: string): string {
  return key.split(' ').sort().join(' ');
}

/** How many letters carry diacritics: the fuller spelling wins a tie. */
function marks(name: string): number {
  return name.normalize('NFD').length - name.length;
}
