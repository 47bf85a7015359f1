/**
 * A figure whose sentence names no organisation ("More than 97,000 participants have registered")
 * is keyed `qty:general:…`; the article it stands in is about one organisation all the same. When
 * that organisation has figures of the same kind (same unit, same measured thing) under its own
 * key, the figure joins them, and the context check then decides whether they speak of one thing.
 * Otherwise it stays general, with the other figures no organisation owns.
 */
import type { Claim } from '../types.js';

const UNOWNED = 'qty:general:';

/**
 * Moves unowned figures into their article's organisation's group, where one exists. `groups` is
 * changed in place; `moved` is told of each figure moved (a copy under the new key) and its original.
 */
export function adoptUnowned(groups: Map<string, Claim[]>, moved?: (copy: Claim, original: Claim) => void): void {
  for (const key of [...groups.keys()].sort()) {
    if (!key.startsWith(UNOWNED)) continue;
    const stay: Claim[] = [];
    for (const claim of groups.get(key) ?? []) {
      const main = claim.qualifiers.main;
      const target = typeof main === 'string' ? `qty:${main}:${key.slice(UNOWNED.length)}` : undefined;
      const home = target ? groups.get(target) : undefined;
      if (home && target) {
        const copy = { ...claim, subject: { ...claim.subject, key: target.split('\0')[0]! } };
        moved?.(copy, claim);
        home.push(copy);
      }
      else stay.push(claim);
    }
    if (stay.length > 0) groups.set(key, stay);
    else groups.delete(key);
  }
}
