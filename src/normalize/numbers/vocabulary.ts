import data from './units.json' with { type: 'json' };

/** An alias and what it normalises to, e.g. `['tonnes', 'ton']`, `['u.s. dollars', 'USD']`. */
export type Alias = readonly [alias: string, to: string];

const byLength = (a: Alias, b: Alias): number => b[0].length - a[0].length;

/** Unit aliases (lower-case), longest first: `square kilometres` → `km2`, `per cent` → `percent`. */
export const UNIT_ALIASES: readonly Alias[] = Object.entries(data.units)
  .flatMap(([unit, aliases]) => aliases.map((a): Alias => [a, unit]))
  .sort(byLength);

/** Currency words written after a number (lower-case), longest first: `hong kong dollars` → `HKD`. */
export const CURRENCY_WORDS: readonly Alias[] = Object.entries(data.currencies)
  .flatMap(([code, c]) => c.words.map((w): Alias => [w, code]))
  .sort(byLength);

/** Currency symbols written before a number (lower-case), longest first: `hk$` → `HKD`, `$` → `USD`. */
export const CURRENCY_SYMBOLS: readonly Alias[] = Object.entries(data.currencies)
  .flatMap(([code, c]) => c.symbols.map((s): Alias => [s.toLowerCase(), code]))
  .sort(byLength);

/** Irregular plurals and words that look plural but are not: `people` → `person`, `series`. */
export const IRREGULAR_PLURALS: Readonly<Record<string, string>> = data.irregularPlurals;

/** Words that end the noun phrase after a number: `1,151 crimes related to …` stops at `related`. */
export const NOUN_STOPS: ReadonlySet<string> = new Set(data.nounStops);

/**
 * Adjectives that stand for the people they describe after a number: "21 dead, BFMTV reports",
 * "some 1,400 injured after the storm" count the dead and the injured, not reports or "after".
 */
export const ADJECTIVE_NOUNS: ReadonlySet<string> = new Set(data.adjectiveNouns);
