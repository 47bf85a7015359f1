/**
 * The groups a rule checks: its claims by subject key and property, each group in drop order,
 * keyed `subjectKey\0property`. Grouped by subject, then by property, so that one key string is
 * made per group rather than per claim (a drop has 170,000 claims and a few thousand groups).
 */
import type { Claim } from '../types.js';

/** The claims grouped by subject key and property, keyed `${subject.key}\0${property}`. */
export function groupClaims(claims: readonly Claim[]): Map<string, Claim[]> {
  const bySubject = new Map<string, Map<string, Claim[]>>();
  for (const claim of claims) {
    let byProperty = bySubject.get(claim.subject.key);
    if (byProperty === undefined) bySubject.set(claim.subject.key, (byProperty = new Map()));
    const members = byProperty.get(claim.property);
    if (members) members.push(claim);
    else byProperty.set(claim.property, [claim]);
  }
  const groups = new Map<string, Claim[]>();
  for (const [subject, byProperty] of bySubject) {
    for (const [property, members] of byProperty) {
      const key = `${subject}\0${property}`;
      // Two pairs that join into one key (a subject or property holding \0) are one group, as the key says.
      if (groups.has(key)) return groupByJoinedKey(claims);
      groups.set(key, members);
    }
  }
  return groups;
}

function groupByJoinedKey(claims: readonly Claim[]): Map<string, Claim[]> {
  const groups = new Map<string, Claim[]>();
  for (const claim of claims) {
    const key = `${claim.subject.key}\0${claim.property}`;
    const members = groups.get(key);
    if (members) members.push(claim);
    else groups.set(key, [claim]);
  }
  return groups;
}
