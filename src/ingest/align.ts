import { type MappedText } from './mapped-text.js';

/** How far ahead in the raw text a decoded character is looked for. */
const WINDOW = 12;

/**
 * Maps a decoded string (an HTML text node with entities, a JSON string with escapes, a
 * Markdown text node with backslash escapes) back onto the raw span it was decoded from.
 * Each decoded character is looked for a little ahead in the raw text; characters that were
 * produced by an escape (`&eacute;`, `\u00e9`, `\n`) and cannot be found stay unmapped (-1),
 * and the raw escape is skipped so the following characters line up again.
 */
export function align(value: string, fileText: string, rawStart: number, rawEnd: number): MappedText {
  const offsets = new Array<number>(value.length);
  let j = rawStart;
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    // The common case, a character copied as it is: found at once.
    const k = j < rawEnd && fileText.charCodeAt(j) === unit ? j : findAhead(fileText, unit, j, Math.min(rawEnd, j + WINDOW));
    if (k >= 0) {
      offsets[i] = k;
      j = k + 1;
      continue;
    }
    offsets[i] = -1;
    j = skipEscape(fileText, j, rawEnd);
  }
  return { text: value, offsets };
}

function findAhead(text: string, unit: number, from: number, to: number): number {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === unit) return k;
  return -1;
}

/** Steps over one escape sequence at `j` (`&name;`, `&#123;`, `\uXXXX`, `\n`), if there is one. */
function skipEscape(text: string, j: number, end: number): number {
  if (text[j] === '&') {
    const semi = text.indexOf(';', j);
    if (semi > j && semi - j <= 10 && semi < end) return semi + 1;
  }
  if (text[j] === '\\') return Math.min(end, j + (text[j + 1] === 'u' ? 6 : 2));
  return j;
}
