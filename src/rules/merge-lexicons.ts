/** Merges the lexicons of all rules (in id order) into one, de-duplicating words. */
import type { Lexicon, Rule } from './types.js';

export function mergeLexicons(rules: Rule[]): Required<Lexicon> {
  const merged: Required<Lexicon> = { aliases: {}, organisations: {}, eventKinds: {}, organisationNouns: [], groupNouns: [], organisationHeads: [], roles: [], speakingBodies: [], notOrganisations: [] };
  for (const { lexicon } of rules) {
    if (!lexicon) continue;
    mergeMap(merged.aliases, lexicon.aliases);
    mergeMap(merged.organisations, lexicon.organisations);
    mergeMap(merged.eventKinds, lexicon.eventKinds);
    merged.organisationNouns = unique([...merged.organisationNouns, ...(lexicon.organisationNouns ?? [])]);
    merged.groupNouns = unique([...merged.groupNouns, ...(lexicon.groupNouns ?? [])]);
    merged.organisationHeads = unique([...merged.organisationHeads, ...(lexicon.organisationHeads ?? [])]);
    merged.roles = unique([...merged.roles, ...(lexicon.roles ?? [])]);
    merged.speakingBodies = unique([...merged.speakingBodies, ...(lexicon.speakingBodies ?? [])]);
    merged.notOrganisations = unique([...merged.notOrganisations, ...(lexicon.notOrganisations ?? [])]);
  }
  return merged;
}

export function mergeMap(into: Record<string, string[]>, from: Record<string, string[]> | undefined): void {
  for (const [key, words] of Object.entries(from ?? {})) into[key] = unique([...(into[key] ?? []), ...words]);
}

function unique(words: string[]): string[] {
  return [...new Set(words)];
}
