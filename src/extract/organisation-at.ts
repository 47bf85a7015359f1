/**
 * An organisation written at an exact place in a sentence: right after "a member of", or right
 * before "member states" ("NATO member states"). Names come from the source's organisation index,
 * longest first; a lower-case name ("the bloc") matches in any case.
 */
import type { OrganisationIndex } from './organisations.js';

export interface OrganisationAt {
  key: string;
  start: number;
  end: number;
}

/** The organisation whose name starts at `at` in `text` (a sentence starting at `base` in the source). */
export function organisationStartingAt(index: OrganisationIndex, text: string, base: number, at: number): OrganisationAt | undefined {
  const name = longestFirst(index).find((n) => sameText(text.slice(at, at + n.length), n) && !/[\p{L}\d]/u.test(text[at + n.length] ?? ''));
  return name ? found(index, base, at, at + name.length) : undefined;
}

/** The organisation whose name ends at `at` in `text`. */
export function organisationEndingAt(index: OrganisationIndex, text: string, base: number, at: number): OrganisationAt | undefined {
  const name = longestFirst(index).find((n) => at >= n.length && sameText(text.slice(at - n.length, at), n) && !/[\p{L}\d]/u.test(text[at - n.length - 1] ?? ''));
  return name ? found(index, base, at - name.length, at) : undefined;
}

function found(index: OrganisationIndex, base: number, start: number, end: number): OrganisationAt | undefined {
  const key = index.mentions.find((m) => m.offset === base + start)?.key;
  return key ? { key, start, end } : undefined;
}

function sameText(written: string, name: string): boolean {
  return name === name.toLowerCase() ? written.toLowerCase() === name : written === name;
}

const sorted = new WeakMap<OrganisationIndex, string[]>();

/** The index's names, longest first, sorted once per index. */
function longestFirst(index: OrganisationIndex): string[] {
  let names = sorted.get(index);
  if (!names) {
    names = [...index.present].sort((a, b) => b.length - a.length);
    sorted.set(index, names);
  }
  return names;
}
