import type { Place, Source } from '../types.js';
import { lineColumn } from './lines.js';

/**
 * Maps an offset in `source.text` back to the original file: 1-based line and column and the
 * file offset (UTF-16 units of the decoded file, after any BOM). An offset that fell on text
 * ingest added (a paragraph break) maps to the end of the nearest preceding copied character.
 */
export function locate(source: Pick<Source, 'segments' | 'lineStarts'>, textOffset: number): Place {
  const offset = fileOffsetOf(source.segments, textOffset);
  return { ...lineColumn(source.lineStarts, offset), offset };
}

function fileOffsetOf(segments: Pick<Source, 'segments'>['segments'], textOffset: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  let before = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const seg = segments[mid];
    if (!seg) break;
    if (textOffset < seg.start) hi = mid - 1;
    else if (textOffset >= seg.end) {
      before = mid;
      lo = mid + 1;
    } else return seg.fileOffset + (textOffset - seg.start);
  }
  const prev = segments[before];
  if (prev) return prev.fileOffset + (prev.end - prev.start);
  return segments[0]?.fileOffset ?? 0;
}
