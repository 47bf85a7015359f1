/**
 * A text cut into blocks that no match of a pattern can cross, so a pattern's matches over the
 * whole text are its matches over each block in turn (offsets shifted), and a block that comes
 * back (a reprinted paragraph, an agency's boilerplate) can be read from memory.
 *
 * The cuts are at line breaks. A pattern whose only elements that can match a line break are
 * white-space runs (`\s+`, `\s*`), and that neither starts nor ends with one, can cross a line
 * break only where the character before the break's white space is one its elements consume
 * right before such a run: the caller says which characters those are (`joins`). A break after
 * any other character (a full stop, a digit, a closing bracket) is a cut. Patterns must not look
 * behind or ahead across a cut either: word boundaries (`\b`) and look-arounds that stop at
 * white space are safe, as a block's edge reads as white space does.
 */

export interface TextBlock {
  /** Offset of the block in the whole text. */
  start: number;
  text: string;
}

/** White space that holds a line break: where a cut may go. */
const BREAK = /\s*\n\s*/g;

/**
 * The blocks of `text`: cut at every run of white space that holds a line break, unless the
 * character before the run `joins` (a match might carry on across it). The white space of a
 * cut belongs to no block.
 */
export function textBlocks(text: string, joins: (ch: string) => boolean): TextBlock[] {
  const blocks: TextBlock[] = [];
  let start = 0;
  for (const run of text.matchAll(BREAK)) {
    const at = run.index ?? 0;
    if (at === 0 || joins(text[at - 1] ?? '')) continue;
    blocks.push({ start, text: text.slice(start, at) });
    start = at + run[0].length;
  }
  if (start < text.length || blocks.length === 0) blocks.push({ start, text: text.slice(start) });
  return blocks;
}
