import type { Segment, Zone, ZoneKind } from '../types.js';
import { type MappedText } from './mapped-text.js';

/** One paragraph of a source's text, with the zone it belongs to. */
export interface Paragraph {
  kind: ZoneKind;
  content: MappedText;
  /** Length of a leading dateline (`BEIJING, June 15 (Agency) --`), zoned apart from the body. */
  datelineLength?: number;
}

/** What the text builder produces for a `Source`. */
export interface BuiltText {
  text: string;
  zones: Zone[];
  segments: Segment[];
}

const SEPARATOR = '\n\n';

/**
 * Joins paragraphs with a blank line and derives zones (one per paragraph, the dateline apart)
 * and segments (maximal runs of characters copied one to one from the file).
 */
export function buildText(paragraphs: readonly Paragraph[]): BuiltText {
  let text = '';
  const offsets: number[] = [];
  const zones: Zone[] = [];
  for (const p of paragraphs) {
    if (text.length > 0) {
      text += SEPARATOR;
      offsets.push(-1, -1);
    }
    const start = text.length;
    text += p.content.text;
    // A loop, not push(...offsets): a paragraph of millions of characters would overflow the stack.
    for (const offset of p.content.offsets) offsets.push(offset);
    const lead = Math.min(p.datelineLength ?? 0, p.content.text.length);
    if (lead > 0) zones.push({ kind: 'dateline', start, end: start + lead });
    const bodyStart = start + lead + (p.content.text.slice(lead).length - p.content.text.slice(lead).trimStart().length);
    if (bodyStart < text.length) zones.push({ kind: p.kind, start: bodyStart, end: text.length });
  }
  return { text, zones, segments: segmentsOf(offsets) };
}

/** Compresses per-character offsets into runs that map one to one. */
export function segmentsOf(offsets: readonly number[]): Segment[] {
  const segments: Segment[] = [];
  let current: Segment | undefined;
  offsets.forEach((offset, i) => {
    if (offset < 0) {
      current = undefined;
      return;
    }
    if (current && current.fileOffset + (i - current.start) === offset) {
      current.end = i + 1;
      return;
    }
    current = { start: i, end: i + 1, fileOffset: offset };
    segments.push(current);
  });
  return segments;
}
