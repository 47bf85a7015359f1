/** A line of the decoded file: `[start, end)` without its terminator. */
export interface Line {
  start: number;
  end: number;
}

/**
 * Splits text into lines at `\r\n`, `\r` or `\n` without changing it, so offsets stay those of
 * the file (CRLF and CR files are read as they are; only the produced text is normalised).
 */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch !== '\n' && ch !== '\r') continue;
    lines.push({ start, end: i });
    if (ch === '\r' && text[i + 1] === '\n') i++;
    start = i + 1;
  }
  lines.push({ start, end: text.length });
  return lines;
}

/** Start offset of every line, for offset → line/column. */
export function lineStartsOf(text: string): number[] {
  return splitLines(text).map((line) => line.start);
}

/** The 1-based line and column of a file offset, given the file's line starts. */
export function lineColumn(lineStarts: readonly number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((lineStarts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - (lineStarts[lo] ?? 0) + 1 };
}
