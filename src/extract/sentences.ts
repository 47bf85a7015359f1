/**
 * Splits a source's text into sentences with their offsets and zone. Plain string code: it
 * runs on every byte, so it stays cheap; the NLP only sees sentences that carry a trigger.
 * A sentence never ends inside an open curly quote, nor after a known abbreviation.
 */
import type { Source, ZoneKind } from '../types.js';

export interface Sentence {
  text: string;
  /** Offsets into `Source.text`, end exclusive. */
  start: number;
  end: number;
  zone: ZoneKind;
  /** Index of the paragraph it belongs to, and of the sentence in the source. */
  paragraph: number;
  index: number;
}

/** The longest piece of text any NLP sees at once: a "sentence" without stops is cut at spaces. */
export const MAX_SENTENCE = 1_000;

const ABBREVIATIONS = new Set(
  'jan feb mar apr jun jul aug sep sept oct nov dec mr mrs ms dr st no gen lt col sen rep gov inc co corp vs etc prof jr sr mt ft u.s u.k u.n e.g i.e'.split(' '),
);

/** All sentences of a source, in order. */
export function splitSentences(source: Source): Sentence[] {
  const sentences: Sentence[] = [];
  const paragraphs = /[^\n]+(?:\n(?!\s*\n)[^\n]+)*/g;
  let paragraph = 0;
  for (const match of source.text.matchAll(paragraphs)) {
    const base = match.index ?? 0;
    for (const [start, end] of sentenceBounds(match[0]).flatMap(([s, e]) => bounded(match[0], s, e))) {
      const text = match[0].slice(start, end);
      sentences.push({ text, start: base + start, end: base + end, zone: zoneAt(source, base + start, base + end), paragraph, index: sentences.length });
    }
    paragraph++;
  }
  return sentences;
}

/** Start/end pairs of the sentences in one paragraph, trimmed. */
export function sentenceBounds(text: string): Array<[number, number]> {
  const bounds: Array<[number, number]> = [];
  let start = skipSpace(text, 0);
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '“') depth++;
    else if (ch === '”') depth = Math.max(0, depth - 1);
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    let end = i + 1;
    while (end < text.length && /["”’')\]]/.test(text[end] ?? '')) end++;
    if (text[end - 1] === '”') depth = 0;
    if (depth > 0 || !isBoundary(text, i, end)) continue;
    bounds.push([start, end]);
    start = skipSpace(text, end);
    i = start - 1;
  }
  const tail = text.slice(start).trimEnd();
  if (tail.length > 0) bounds.push([start, start + tail.length]);
  return bounds;
}

function isBoundary(text: string, dot: number, end: number): boolean {
  if (end < text.length && !/\s/.test(text[end] ?? '')) return false;
  const next = text.slice(end).trimStart();
  if (next.length === 0) return true;
  if (!/^["“‘'(\[]?[A-Z0-9]/.test(next)) return false;
  if (text[dot] !== '.') return true;
  const word = text.slice(wordStartBefore(text, dot), dot);
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  // "at 3:00 a.m. Beijing time on Wednesday", "at 1 p.m. EDT": the time goes on with its zone.
  if (/^[ap]\.m$/i.test(word) && TIME_ZONE_NEXT.test(next)) return false;
  return !/^[A-Z]$/.test(word);
}

/**
 * Where the run of ASCII letters and dots that ends just before `end` starts (`end` if there is
 * none): what `/([A-Za-z.]+)$/` finds in `text.slice(0, end)`, without that pattern's scan of the
 * whole paragraph from its start at every full stop.
 */
function wordStartBefore(text: string, end: number): number {
  let at = end;
  for (; at > 0; at--) {
    const c = text.charCodeAt(at - 1);
    if (!(c === 46 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122))) break;
  }
  return at;
}

/** What follows "a.m." or "p.m." when the time's zone is named: "Beijing time", "EDT", "Eastern Daylight Time". */
const TIME_ZONE_NEXT = /^(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?:time|Time)\b|[A-Z]{2,5}\b(?!\s+[a-z]+\s+[a-z])|\(?(?:local|[A-Z][a-z]+) time\)?)/;

/** Cuts a run longer than MAX_SENTENCE at the last space before the limit (or at the limit). */
function bounded(text: string, start: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = start;
  while (end - from > MAX_SENTENCE) {
    const space = text.lastIndexOf(' ', from + MAX_SENTENCE);
    const cut = space > from ? space : from + MAX_SENTENCE;
    out.push([from, cut]);
    from = skipSpace(text, cut);
  }
  if (from < end) out.push([from, end]);
  return out;
}

function skipSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && /\s/.test(text[i] ?? '')) i++;
  return i;
}

function zoneAt(source: Source, offset: number, end: number): ZoneKind {
  const zone = source.zones.find((z) => z.start <= offset && offset < z.end && z.kind !== 'body');
  // "MOSCOW, July 17, 2023 (Black Sea Wire) - Russia on Monday halted …": a dateline opens the lede,
  // and the sentence that goes on past it is body.
  if (zone?.kind === 'dateline' && end > zone.end) return 'body';
  return zone?.kind ?? 'body';
}
