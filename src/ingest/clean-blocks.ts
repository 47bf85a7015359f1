import { matchDateHeader, type DateHeader } from './date-header.js';
import type { Block } from './draft.js';
import { classifyFurniture, lengthWithoutEndMarker, publisherFromSourceLine } from './furniture.js';
import { slice, trim } from './mapped-text.js';
import { isSubheadLike } from './zones.js';

/** Article paragraphs with the page's furniture removed, and the metadata found in it. */
export interface Cleaned {
  blocks: Block[];
  /** Date headers found near the top (`2023-07-04 14:17`); removed from the text. */
  headers: DateHeader[];
  /** Names from `By NAME|date` bylines. */
  bylines: string[];
  /** Names from `Source: NAME` lines. */
  sourceNames: string[];
}

/** How many article paragraphs from the top a date line counts as the page's date header. */
const HEADER_REACH = 8;
const MAX_SLOGAN_WORDS = 8;
/** A date line with a time of day. */
const STAMPED = /\d{1,2}:\d{2}/;

/**
 * Drops page furniture (see `furniture.json`), takes date headers near the top out of the text
 * as metadata, cuts wire end markers, and drops a short slogan line left at the very end.
 */
export function cleanBlocks(blocks: readonly Block[]): Cleaned {
  const cleaned: Cleaned = { blocks: [], headers: [], bylines: [], sourceNames: [] };
  // A live blog's posts stamped with a date and a time ("Monday 6 February 2023, 23:05"): the stamps
  // stay in the text, where each dates its post (src/extract/post-days.ts).
  const stamps = blocks.filter((b) => STAMPED.test(b.content.text) && matchDateHeader(b.content.text)).length > 1;
  for (const block of blocks) {
    const text = block.content.text;
    const header = cleaned.blocks.length < HEADER_REACH ? matchDateHeader(text) : undefined;
    if (header) {
      cleaned.headers.push(header);
      if (header.byline) cleaned.bylines.push(header.byline);
      // Without stamps every date line near the top is the header; with them, only a date line with no time that opens the page.
      if (!stamps || (cleaned.headers.length === 1 && cleaned.blocks.length === 0 && !STAMPED.test(text))) continue;
    }
    const verdict = classifyFurniture(text);
    if (verdict.kind === 'source') {
      const name = publisherFromSourceLine(verdict.name);
      if (name) cleaned.sourceNames.push(name);
    }
    if (verdict.kind !== 'keep') continue;
    const content = trim(slice(block.content, 0, lengthWithoutEndMarker(text)));
    if (content.text.length > 0) cleaned.blocks.push({ ...block, content });
  }
  dropTrailingSlogan(cleaned.blocks);
  return cleaned;
}

function dropTrailingSlogan(blocks: Block[]): void {
  const last = blocks[blocks.length - 1];
  if (!last || blocks.length < 2 || last.kind) return;
  const text = last.content.text;
  if (isSubheadLike(text) && !/\d/.test(text) && text.split(/\s+/).length <= MAX_SLOGAN_WORDS) blocks.pop();
}
