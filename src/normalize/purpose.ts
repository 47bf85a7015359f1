/**
 * A quantity's purpose, as folded words ("for the Paris Olympics" → [olympic, paris]): which
 * purposes name the same thing. Read by extraction, compared when claims are linked.
 */

/** Marks a purpose that joins several things ("the Olympics and Paralympics") or a total. */
export const COMBINED = '&';

/** Marks a figure given for each one of several things ("at each of the two sites", "apiece"). */
export const EACH = '/each';

/**
 * Whether two purposes name the same thing (true: one's words are all in the other, "Olympics" /
 * "Paris Olympics"), different things (false: no word shared, "Olympics" / "Paralympics", or a
 * total against a part), or cannot tell (undefined: "Olympic Games" / "Paris Olympics", or two
 * totals that do not say of what).
 */
export function samePurpose(a: string[], b: string[]): boolean | undefined {
  // "25 to 30 terrorists were killed at each of the two largest sites": a figure for each one of
  // several never meets a figure for all of them.
  if (a.includes(EACH) !== b.includes(EACH)) return false;
  if (a.includes(EACH)) return undefined;
  if (a.length === 0 || b.length === 0) return undefined;
  // "A total of 113 people were killed" / "A total of 74 people have been rescued": two totals of what, unsaid.
  if (bareTotal(a) && bareTotal(b)) return undefined;
  if (a.includes(COMBINED) || b.includes(COMBINED)) return a.length === b.length && a.every((w, i) => w === b[i]);
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  if (small.every((w) => large.includes(w))) return true;
  return small.some((w) => large.includes(w)) ? undefined : false;
}

/** A total that says nothing of what it totals: `[&, total]`. */
function bareTotal(purpose: string[]): boolean {
  return purpose.length === 2 && purpose[0] === COMBINED && purpose[1] === 'total';
}
