/**
 * Lists of proper names as news text writes them: "Indonesia, Malaysia, the Philippines,
 * Singapore and Thailand". A name is a run of capitalised words ("of" and "the" may stand
 * inside: "Republic of Korea"); names are joined by commas and one final "and", which closes
 * the list. A name the lexicon knows that contains "and" ("Trinidad and Tobago" as an alias)
 * stays whole. compromise's tags trim words that only look like names ("In", "Last") and tell
 * people and dates from places.
 */
import type { NlpDoc } from './context.js';

export interface NameSpan {
  /** The name without a leading "the". */
  text: string;
  /** Offsets in the sentence, end exclusive. */
  start: number;
  end: number;
  /** compromise tags of its words, merged. */
  tags: Set<string>;
}

export interface NameList {
  names: NameSpan[];
  start: number;
  end: number;
  /** Whether a final "and" closes the list (or it is a single name). */
  closed: boolean;
}

const WORD = String.raw`\p{Lu}(?:[\p{L}\p{M}\d'’-]|\.(?=\p{Lu}))*(?:(?<=\.\p{Lu})\.)?`;
const NAME = new RegExp(String.raw`(?:the\s+)?${WORD}(?:\s+(?:(?:of|de|da|del|du)\s+(?:the\s+)?)?${WORD})*`, 'gu');
/** Words compromise tags this way start a phrase, not a name ("In Kyrgyzstan", "Last year"). */
const NOT_NAME = ['Preposition', 'Determiner', 'Conjunction', 'Pronoun', 'Adverb', 'Verb', 'Date', 'Value', 'QuestionWord'];

interface Term {
  start: number;
  end: number;
  tags: string[];
}

/** Every name in a sentence, in order; `wholeNames` (from the lexicon) are kept as one name. */
export function nameSpans(text: string, doc: NlpDoc, wholeNames: string[]): NameSpan[] {
  const terms = (doc.json({ offset: true }) as Array<{ terms: Array<{ offset: { start: number; length: number }; tags: string[] }> }>).flatMap((s) =>
    s.terms.map((t) => ({ start: t.offset.start, end: t.offset.start + t.offset.length, tags: t.tags })),
  );
  let masked = text;
  const spans: NameSpan[] = [];
  for (const whole of wholeNames) {
    for (let at = masked.indexOf(whole); at >= 0; at = masked.indexOf(whole, at + whole.length)) {
      spans.push(span(text, at, at + whole.length, terms));
      masked = masked.slice(0, at) + ' '.repeat(whole.length) + masked.slice(at + whole.length);
    }
  }
  for (const match of masked.matchAll(NAME)) {
    const [start, end] = [match.index ?? 0, (match.index ?? 0) + match[0].length];
    // A lower-case "the" before a name is part of it ("Malaysia, the Philippines"); a capitalised word is tested.
    const lead = /^the\s+/.exec(match[0])?.[0].length ?? 0;
    const trimmed = trimStart(start + lead, end, text, terms);
    if (trimmed !== undefined) spans.push(span(text, trimmed === start + lead ? start : trimmed, end, terms));
  }
  return spans.filter((s) => s.text.length > 0).sort((a, b) => a.start - b.start);
}

/**
 * Whether a name may start at `from` (after spaces), judged on the text alone: every name
 * {@link nameSpans} finds starts with a capital, a lower-case "the" or a joining word inside a
 * name ("of", "de"), or is one of `wholeNames`. False means {@link listFrom} finds no list there.
 */
export function mayStartName(text: string, from: number, wholeNames: string[]): boolean {
  const at = from + (/^\s*/.exec(text.slice(from))?.[0].length ?? 0);
  return /^(?:\p{Lu}|(?:the|of|de|da|del|du)\s)/u.test(text.slice(at)) || wholeNames.some((name) => text.startsWith(name, at));
}

/** The list that starts at `from` (after spaces), or undefined when no name starts there. */
export function listFrom(names: NameSpan[], text: string, from: number): NameList | undefined {
  const at = from + (/^\s*/.exec(text.slice(from))?.[0].length ?? 0);
  const first = names.findIndex((n) => n.start === at);
  if (first < 0) return undefined;
  const list: NameSpan[] = [names[first]!];
  let closed = false;
  for (const [i, next] of names.slice(first + 1).entries()) {
    const gap = text.slice(list.at(-1)!.end, next.start);
    if (/^\s*,\s*$/.test(gap)) list.push(next);
    else if (/^\s*,?\s+and\s+$/.test(gap)) {
      list.push(next);
      closed = true;
      // "…, Singapore and Vietnam, and now the United Kingdom": a newcomer added after the list closes.
      const added = names[first + i + 2];
      if (added && ADDED.test(text.slice(next.end, added.start))) list.push(added);
      break;
    } else break;
  }
  return { names: list, start: at, end: list.at(-1)!.end, closed: closed || list.length === 1 };
}

/** The words that add one more name to a closed list: ", and now the", ", and most recently". */
const ADDED = /^\s*,\s+and\s+(?:now|since then|most recently|later|also)\s+(?:the\s+)?$/;

/** The list that ends at `to` (before spaces): "Kyrgyzstan and Uzbekistan" before ", both …". */
export function listBefore(names: NameSpan[], text: string, to: number): NameList | undefined {
  const at = to - (/\s*$/.exec(text.slice(0, to))?.[0].length ?? 0);
  const last = names.findIndex((n) => n.end === at);
  if (last < 0) return undefined;
  const list: NameSpan[] = [names[last]!];
  for (const previous of names.slice(0, last).reverse()) {
    const gap = text.slice(previous.end, list[0]!.start);
    const and = /^\s*,?\s+and\s+$/.test(gap);
    // Only the last two names may be joined by "and".
    if (!(/^\s*,\s*$/.test(gap) || (and && list.length === 1))) break;
    list.unshift(previous);
  }
  const closed = list.length === 1 || /\sand\s+$/.test(text.slice(list.at(-2)!.end, list.at(-1)!.start));
  return { names: list, start: list[0]!.start, end: at, closed };
}

/** Whether a name is a person's or a date ("Tuesday"), not a place or body. */
export function isPersonOrDate(name: NameSpan): boolean {
  return ['Person', 'Date', 'Month', 'WeekDay'].some((tag) => name.tags.has(tag));
}

function trimStart(start: number, end: number, text: string, terms: Term[]): number | undefined {
  let at = start;
  while (at < end) {
    const term = terms.find((t) => t.start === at);
    const skip = term && !term.tags.includes('ProperNoun') && (term.tags.some((tag) => NOT_NAME.includes(tag)) || term.tags.includes('Adjective'));
    if (!skip) return at;
    const next = /\s+/.exec(text.slice(term.end, end));
    if (!next) return undefined;
    at = term.end + next.index + next[0].length;
  }
  return undefined;
}

function span(text: string, start: number, end: number, terms: Term[]): NameSpan {
  const tags = new Set(terms.filter((t) => t.start < end && t.end > start).flatMap((t) => t.tags));
  return { text: text.slice(start, end).replace(/^the\s+/i, ''), start, end, tags };
}
