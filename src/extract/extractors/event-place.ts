/**
 * Where an event took place, read from the words around its name: "the Vilnius summit",
 * "the 2023 Vilnius summit", "the summit in Lithuania capital Vilnius", "in Madrid,
 * Spain". Organisation names and hyphenated series names ("EU-Africa") are
 * not places.
 */
import type { WordTest } from '../organisation-names.js';

const CAPITALISED = /^[A-Z][\p{L}'’-]*$/u;
const NOT_PLACES = new Set(['The', 'A', 'An', 'At', 'In', 'Of', 'On', 'Its', 'His', 'Her', 'Their', 'This', 'That', 'Summit', 'Meeting', 'Annual', 'First', 'Second', 'Third', 'Landmark',
  'Ordinary', 'Extraordinary', 'Special', 'Emergency', 'Informal', 'Regular', 'Joint', 'Leaders', 'Under', 'During', 'After', 'Before', 'Since', 'For', 'With', 'From', 'By', 'Until', 'At',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']);

/** The capitalised words just before the event word ("Kuala Lumpur summit"), skipping years, ordinals and organisations. */
export function placeBefore(before: string, orgKeys: WordTest | string[]): string | undefined {
  const words = before.trimEnd().split(/\s+/);
  const orgs = asSet(orgKeys);
  const place: string[] = [];
  for (let i = words.length - 1; i >= Math.max(0, words.length - 4); i--) {
    const word = (words[i] ?? '').replace(/[’']s$/, '');
    if (place.length === 0 && (/^\d{4}$/.test(word) || orgs.has(word) || /^(the|landmark|annual|ordinary|extraordinary|special|emergency|informal|regular)$/i.test(word))) continue;
    // An abbreviation before the event word names its owner ("the BRICS summit"), not a place.
    if (word.includes('-') || !CAPITALISED.test(word) || NOT_PLACES.has(word) || orgs.has(word) || /[.,;:]$/.test(word) || /^[A-Z][A-Z\d]+$/.test(word)) break;
    place.unshift(word);
  }
  return place.length > 0 ? place.join(' ') : undefined;
}

/**
 * The place named by "in …" right after the event word ("summit in Madrid, Spain" → Madrid), also
 * after the organisation's name ("meeting … of the North Atlantic Council (NAC) in Madrid").
 */
export function placeAfter(after: string, orgKeys: WordTest | string[]): string | undefined {
  const phrase = /^(?:\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\s*(?:of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\s*)?(?:\([A-Z]+\))?)?(?:,\s+(?:(?:also|which|that)\s+)?(?:(?:was|is|will be)\s+)?(?:held|opened|opens|began|begins|took place|takes place|convened|met|hosted)|\s+(?:(?:also|was|is|will be)\s+)?(?:held|opened|opens|began|begins|took place|takes place|convened|met|hosted))?(?:\s+by\s+[A-Z][\w-]*)?\s+in\s+([^,.;()]{1,60})/.exec(after)?.[1];
  if (!phrase) return undefined;
  const orgs = asSet(orgKeys);
  // "in South Africa and a visit to Greece": what follows "and" plus a lower-case word is another thing.
  // "in the Rwandan capital", "in Rwanda's capital": the city is not named here.
  if (/^(?:the\s+)?\p{Lu}[\p{L}-]*(?:['’]s)?\s+capital\b(?!\s+\p{Lu})/u.test(phrase)) return undefined;
  const words = phrase.replace(/\s+and\s+[a-z].*$/, '').split(/\s+/).slice(0, 7);
  return runs(words, (w) => CAPITALISED.test(w) && !NOT_PLACES.has(w) && !orgs.has(w) && !/ese$/.test(w)).at(-1)?.replace(/['’]s$/, '');
}

/** The words of organisation names as a set: a caller with many places to read passes one test, built once. */
function asSet(words: WordTest | string[]): WordTest {
  return Array.isArray(words) ? new Set(words) : words;
}

const PLACE_PARTICLES = new Set(['de', 'do', 'da', 'dos', 'das', 'del', 'di', 'la', 'le', 'es', 'al', 'el']);

/** Runs of consecutive words that pass `test`, joined: a place may be two words ("Kuala Lumpur"). */
function runs(words: string[], test: (word: string) => boolean): string[] {
  const out: string[][] = [];
  let current: string[] = [];
  for (const [i, word] of words.entries()) {
    // "Rio de Janeiro", "Puerto del Rosario": a small word inside a place's name.
    if (test(word) || (current.length > 0 && PLACE_PARTICLES.has(word) && i + 1 < words.length && test(words[i + 1]!))) current.push(word);
    else if (current.length > 0) {
      out.push(current);
      current = [];
    }
  }
  if (current.length > 0) out.push(current);
  return out.map((run) => run.join(' '));
}

/** "Madrid, the host city of the 32nd … summit": the host named before the event. */
export function hostPlace(before: string): string | undefined {
  const host = /(\p{Lu}[\p{L}-]+),\s+the\s+host\s+(?:city|country|nation)\s+of\s+[^,;]*$/u.exec(before)?.[1];
  return host && !NOT_PLACES.has(host) ? host : undefined;
}

/**
 * A place written earlier in the same clause: "arrived in Vilnius last July for their annual
 * meeting". No comma may stand between.
 */
export function placeEarlier(before: string, orgWords: WordTest | string[]): string | undefined {
  const clause = before.split(/[,;:]/).at(-1) ?? '';
  const orgs = asSet(orgWords);
  const places = [...clause.matchAll(/\bin\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)/gu)]
    .map((m) => runs((m[1] ?? '').split(/\s+/), (w) => !NOT_PLACES.has(w) && !orgs.has(w) && !/ese$/.test(w))[0] ?? '')
    .filter(Boolean);
  return places.at(-1);
}

/** A hyphenated proper compound before the event word names a series: "EU-Africa". */
export function seriesBefore(before: string): string | undefined {
  const match = /([A-Z][\p{L}]*(?:-[A-Z][\p{L}]*)+(?:\s+[A-Z][\p{L}]*)*)\s*$/u.exec(before.trimEnd());
  return match?.[1];
}
