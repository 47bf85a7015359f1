/**
 * Counts words as `text.trim().split(/\s+/).length` does (an empty text counts one), without
 * building the list: ingest counts the words of every paragraph more than once.
 */
export function wordCount(text: string): number {
  let words = 1;
  let inSpace = false;
  let started = false;
  for (let i = 0; i < text.length; i++) {
    if (isWhitespace(text.charCodeAt(i))) {
      inSpace = started;
      continue;
    }
    if (inSpace) words++;
    inSpace = false;
    started = true;
  }
  return words;
}

/** `/\s/` for one UTF-16 unit, without a regular expression. */
export function isWhitespace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}
