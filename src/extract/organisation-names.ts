/**
 * The table of organisation names one source is read with: the lexicon's names (its
 * organisations, then its aliases that name organisations) and what the source adds (its own
 * "Full Name (ACRONYM)" definitions, named organisations, abbreviations). What comes from the
 * lexicon is prepared once per lexicon and shared by every source: a drop that defines thousands
 * of organisations would otherwise rebuild, scan and sort thousands of names per article. A
 * source's table answers exactly as one map built in that order would.
 */
import type { Lexicon } from '../rules/types.js';
import { needleFinder, type NeedleFinder } from '../cache/needle-finder.js';

/** A test of membership: a set, or the union of two. */
export interface WordTest {
  has(word: string): boolean;
}

/** What every source of one lexicon starts from. */
interface Prepared {
  organisations: ReadonlyMap<string, string>;
  aliases: ReadonlyMap<string, string>;
  /** Every key of both, sorted; their finder (case-folded, may find more); the ones like "G20"; the words of all. */
  keys: readonly string[];
  finder: NeedleFinder;
  numbered: ReadonlySet<string>;
  words: ReadonlySet<string>;
  /**
   * For {@link SourceNames.spelledOut}: per initials, the multi-word canonical names the
   * lexicon's names stand for, each with how many of the lexicon's names stand for it.
   */
  byInitials: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** The canonical name each of the lexicon's names stands for (an alias over an organisation). */
  value: (name: string) => string | undefined;
}

const prepared = new WeakMap<Required<Lexicon>, Prepared>();
const NUMBERED = /^[A-Z]+\d+$/;

/** An empty table for one source over the lexicon's names. */
export function namesFor(lexicon: Required<Lexicon>): SourceNames {
  let base = prepared.get(lexicon);
  if (!base) {
    base = prepare(lexicon);
    prepared.set(lexicon, base);
  }
  return new SourceNames(base);
}

function prepare(lexicon: Required<Lexicon>): Prepared {
  const organisations = new Map<string, string>();
  for (const [canonical, variants] of Object.entries(lexicon.organisations)) add(organisations, canonical, variants);
  const aliases = new Map<string, string>();
  const heads = new Set(lexicon.organisationHeads.map((h) => h.toLowerCase()));
  for (const [canonical, variants] of Object.entries(lexicon.aliases)) if (isOrganisationName(canonical, variants, heads)) add(aliases, canonical, variants);
  const keys = [...new Set([...organisations.keys(), ...aliases.keys()])].sort();
  const value = (name: string) => aliases.get(name) ?? organisations.get(name);
  const byInitials = new Map<string, Map<string, number>>();
  for (const name of keys) {
    const canonical = value(name) ?? name;
    if (!canonical.includes(' ')) continue;
    const initials = initialsOf(canonical);
    const counts = byInitials.get(initials) ?? new Map<string, number>();
    counts.set(canonical, (counts.get(canonical) ?? 0) + 1);
    byInitials.set(initials, counts);
  }
  return { organisations, aliases, keys, finder: needleFinder(keys), numbered: new Set(keys.filter((k) => NUMBERED.test(k))), words: new Set(keys.flatMap((k) => k.split(/\s+/))), byInitials, value };
}

/** The initials of a name's capitalised words: "African Union" → "AU". */
export function initialsOf(name: string): string {
  return name
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

function add(names: Map<string, string>, canonical: string, variants: string[]): void {
  names.set(canonical, canonical);
  for (const variant of variants) names.set(variant, canonical);
}

function isOrganisationName(canonical: string, variants: string[], heads: Set<string>): boolean {
  return [canonical, ...variants].some((name) => heads.has(name.split(/\s+/).at(-1)?.toLowerCase() ?? ''));
}

/**
 * One source's names: the lexicon's organisations, then the source's definitions (`learn`),
 * then the lexicon's aliases, then names the source adds only where none is known (`set`).
 */
export class SourceNames {
  private readonly learned = new Map<string, string>();
  private readonly added = new Map<string, string>();

  constructor(private readonly base: Prepared) {}

  /** A definition the source makes: its full name and variants, under the name already known for it. */
  learn(canonical: string, variants: string[]): void {
    const key = this.learned.get(canonical) ?? this.base.organisations.get(canonical) ?? canonical;
    add(this.learned, key, variants);
  }

  has(name: string): boolean {
    return this.get(name) !== undefined;
  }

  get(name: string): string | undefined {
    return this.added.get(name) ?? this.base.aliases.get(name) ?? this.learned.get(name) ?? this.base.organisations.get(name);
  }

  /** Adds a name the table does not hold yet (callers ask `has` first). */
  set(name: string, key: string): void {
    this.added.set(name, key);
  }

  /** Every name, sorted. */
  keys(): string[] {
    const extra = this.extraKeys().sort();
    if (extra.length === 0) return [...this.base.keys];
    const out: string[] = [];
    let i = 0;
    for (const name of this.base.keys) {
      while (i < extra.length && (extra[i] ?? '') < name) out.push(extra[i++] ?? '');
      out.push(name);
    }
    while (i < extra.length) out.push(extra[i++] ?? '');
    return out;
  }

  /** The names written in `text`: exactly for names with a capital, in any case for lower-case ones. */
  written(text: string): string[] {
    const lowerText = text.toLowerCase();
    const contains = (n: string) => (n === n.toLowerCase() ? lowerText : text).includes(n);
    const found = [...this.base.finder(text)].map((id) => this.base.keys[id] ?? '').filter(contains);
    return [...found, ...this.extraKeys().filter(contains)];
  }

  /**
   * The organisation an abbreviation stands for by its initials ("AU" → "African Union"): the
   * one multi-word name, among those all the table's names stand for, whose capitalised words'
   * initials spell it; none when no name or more than one does. The lexicon's part is counted
   * once per lexicon; a source's own names (few) adjust the counts, so asking costs no pass over
   * the lexicon.
   */
  spelledOut(acronym: string): string | undefined {
    const counts = new Map(this.base.byInitials.get(acronym));
    // A lexicon organisation's name the source defines stands for what the definition says, unless an alias names it.
    for (const name of this.learned.keys()) {
      if (this.base.aliases.has(name) || !this.base.organisations.has(name)) continue;
      const was = this.base.value(name);
      if (was !== undefined && counts.has(was)) counts.set(was, (counts.get(was) ?? 0) - 1);
    }
    const found = new Set([...counts].filter(([, n]) => n > 0).map(([name]) => name));
    for (const name of new Set([...this.learned.keys(), ...this.added.keys()])) {
      const canonical = this.get(name) ?? name;
      if (canonical.includes(' ') && initialsOf(canonical) === acronym) found.add(canonical);
    }
    return found.size === 1 ? [...found][0] : undefined;
  }

  /** Names like "G20" (capitals and a number). */
  numbered(): Set<string> {
    return new Set([...this.base.numbered, ...this.extraKeys().filter((k) => NUMBERED.test(k))]);
  }

  /** Whether a word is a word of some name, or of `more` (the keys of the source's mentions). */
  words(more: string[]): WordTest {
    const own = new Set([...this.extraKeys(), ...more].flatMap((k) => k.split(/\s+/)));
    const words = this.base.words;
    return { has: (word) => own.has(word) || words.has(word) };
  }

  /** Names the source adds that the lexicon does not hold. */
  private extraKeys(): string[] {
    const inBase = (k: string) => this.base.organisations.has(k) || this.base.aliases.has(k);
    return [...new Set([...this.learned.keys(), ...this.added.keys()])].filter((k) => !inBase(k));
  }
}
