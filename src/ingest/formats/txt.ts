import type { Draft } from '../draft.js';
import { splitLines, type Line } from '../lines.js';
import { concat, fromFile, synthetic, trim, type MappedText } from '../mapped-text.js';

/** Longest line of a hard-wrapped file (wrapped text is folded at a fixed width). */
const MAX_WRAPPED_WIDTH = 100;
const MIN_WRAPPED_LINE = 40;

/**
 * Reads a plain-text article: no metadata, one paragraph per line, or, when the file is
 * hard-wrapped (short lines that run on mid-sentence into the next), one per blank-line block.
 * Zones and the publication date are guessed later from the shape of the text.
 */
export function readTxt(fileText: string): Draft {
  const lines = splitLines(fileText);
  const groups = isHardWrapped(fileText, lines) ? blankSeparatedGroups(fileText, lines) : lines.map((l) => [l]);
  const blocks = groups
    .map((group) => joinLines(fileText, group))
    .filter((content) => content.text.length > 0)
    .map((content) => ({ content }));
  return { blocks, meta: {}, diagnostics: [], guessHeadline: true, guessSubheads: true };
}

function isBlank(fileText: string, line: Line): boolean {
  return fileText.slice(line.start, line.end).trim().length === 0;
}

/** Hard-wrapped: no long lines, and several lines run on into the next without ending a sentence. */
function isHardWrapped(fileText: string, lines: readonly Line[]): boolean {
  if (lines.some((l) => l.end - l.start > MAX_WRAPPED_WIDTH)) return false;
  let runOn = 0;
  let followed = 0;
  lines.forEach((line, i) => {
    const next = lines[i + 1];
    if (!next || isBlank(fileText, line) || isBlank(fileText, next)) return;
    followed++;
    const text = fileText.slice(line.start, line.end).trimEnd();
    if (text.length >= MIN_WRAPPED_LINE && !/[.!?:"”]$/u.test(text)) runOn++;
  });
  return runOn >= 3 && runOn >= followed * 0.3;
}

function blankSeparatedGroups(fileText: string, lines: readonly Line[]): Line[][] {
  const groups: Line[][] = [[]];
  for (const line of lines) {
    if (isBlank(fileText, line)) groups.push([]);
    else groups[groups.length - 1]?.push(line);
  }
  return groups.filter((g) => g.length > 0);
}

function joinLines(fileText: string, group: readonly Line[]): MappedText {
  const parts = group.flatMap((line, i) => {
    const content = trim(fromFile(fileText, line.start, line.end));
    return i === 0 ? [content] : [synthetic(' '), content];
  });
  return concat(parts);
}
