/**
 * Text that remembers where each character came from: the backbone of ingest's position mapping.
 * Readers build `MappedText` from the file, furniture removal and whitespace clean-up slice it,
 * and the text builder turns the offsets into `Segment`s.
 */

import { isWhitespace } from './word-count.js';

/** A string plus, for each UTF-16 unit, its offset in the decoded file (-1 when synthesized). */
export interface MappedText {
  readonly text: string;
  readonly offsets: readonly number[];
}

/** An empty mapped text. */
export const EMPTY: MappedText = { text: '', offsets: [] };

/** The span `[start, end)` of the file, copied one to one. */
export function fromFile(fileText: string, start: number, end: number): MappedText {
  const offsets = new Array<number>(Math.max(0, end - start));
  for (let i = start; i < end; i++) offsets[i - start] = i;
  return { text: fileText.slice(start, end), offsets };
}

/** Text that did not come from the file (a joining space, a table-cell separator). */
export function synthetic(text: string): MappedText {
  return { text, offsets: new Array<number>(text.length).fill(-1) };
}

/** Joins mapped texts end to end. */
export function concat(parts: readonly MappedText[]): MappedText {
  if (parts.length === 1 && parts[0]) return parts[0];
  let text = '';
  const offsets: number[] = [];
  for (const part of parts) {
    text += part.text;
    // A loop, not push(...offsets): a part of millions of characters would overflow the stack.
    for (const offset of part.offsets) offsets.push(offset);
  }
  return { text, offsets };
}

/** `text.slice(start, end)` with its offsets. */
export function slice(m: MappedText, start: number, end = m.text.length): MappedText {
  return { text: m.text.slice(start, end), offsets: m.offsets.slice(start, end) };
}

/**
 * Collapses every run of whitespace to one space (keeping the first character's offset)
 * and trims both ends: the clean-up HTML and Markdown text nodes need.
 */
export function collapseWhitespace(m: MappedText): MappedText {
  // Most text nodes are already clean: single spaces between words, none at either end.
  if (!UNCLEAN_WHITESPACE.test(m.text)) return m;
  let text = '';
  const offsets: number[] = [];
  let pendingSpace = -2;
  for (let i = 0; i < m.text.length; i++) {
    const ch = m.text[i] as string;
    if (isWhitespace(ch.charCodeAt(0))) {
      if (pendingSpace === -2) pendingSpace = m.offsets[i] ?? -1;
      continue;
    }
    if (pendingSpace !== -2 && text.length > 0) {
      text += ' ';
      offsets.push(pendingSpace);
    }
    pendingSpace = -2;
    text += ch;
    offsets.push(m.offsets[i] ?? -1);
  }
  return { text, offsets };
}

/** Whitespace that `collapseWhitespace` would change: at either end, two in a row, or any but a plain space. */
const UNCLEAN_WHITESPACE = /^\s|\s$|\s\s|[^\S ]/;


/** Trims whitespace at both ends, keeping offsets aligned. */
export function trim(m: MappedText): MappedText {
  const start = m.text.length - m.text.trimStart().length;
  const end = m.text.trimEnd().length;
  return start >= end ? EMPTY : slice(m, start, end);
}

const SPACE = /[\p{Zs}\t]/u;
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/u;
/** A character `normalizeChars` changes: a space other than U+0020, or an invisible one. */
const TO_NORMALIZE = /(?! )[\p{Zs}\t]|[\u00AD\u200B-\u200D\u2060\uFEFF]/u;

/**
 * Writes every space character (no-break, thin, tab) as a plain space and drops invisible
 * characters (zero-width spaces, soft hyphens, a stray BOM), so later steps see ordinary text.
 */
export function normalizeChars(m: MappedText): MappedText {
  if (!TO_NORMALIZE.test(m.text)) return m;
  let text = '';
  const offsets: number[] = [];
  for (let i = 0; i < m.text.length; i++) {
    const ch = m.text[i] as string;
    if (INVISIBLE.test(ch)) continue;
    text += SPACE.test(ch) ? ' ' : ch;
    offsets.push(m.offsets[i] ?? -1);
  }
  return { text, offsets };
}
