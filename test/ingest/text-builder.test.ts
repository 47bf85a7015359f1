import { describe, expect, it } from 'vitest';
import { align } from '../../src/ingest/align.js';
import { locate } from '../../src/ingest/locate.js';
import { lineStartsOf } from '../../src/ingest/lines.js';
import { collapseWhitespace, fromFile, normalizeChars } from '../../src/ingest/mapped-text.js';
import { buildText } from '../../src/ingest/text-builder.js';

describe('buildText', () => {
  const file = 'Title line\n\nBEIJING, June 15 (Agency) -- Body text.\n';
  const paragraphs = [
    { kind: 'headline' as const, content: fromFile(file, 0, 10) },
    { kind: 'body' as const, content: fromFile(file, 12, 51), datelineLength: 'BEIJING, June 15 (Agency) --'.length },
  ];
  const built = buildText(paragraphs);

  it('joins paragraphs with a blank line', () => {
    expect(built.text).toBe('Title line\n\nBEIJING, June 15 (Agency) -- Body text.');
  });

  it('zones the dateline apart from the body', () => {
    expect(built.zones.map((z) => [z.kind, built.text.slice(z.start, z.end)])).toEqual([
      ['headline', 'Title line'],
      ['dateline', 'BEIJING, June 15 (Agency) --'],
      ['body', 'Body text.'],
    ]);
  });

  it('maps every copied character to the file, not the separators', () => {
    expect(built.segments).toEqual([
      { start: 0, end: 10, fileOffset: 0 },
      { start: 12, end: 51, fileOffset: 12 },
    ]);
  });

  it('locates text offsets at file lines and columns', () => {
    const source = { segments: built.segments, lineStarts: lineStartsOf(file) };
    expect(locate(source, built.text.indexOf('Body'))).toEqual({ line: 3, column: 30, offset: 41 });
    expect(locate(source, 10)).toEqual({ line: 1, column: 11, offset: 10 });
  });
});

describe('align and collapseWhitespace', () => {
  it('maps decoded entities and escapes back to the raw text', () => {
    const raw = '<p>A &amp; B\r\n  c</p>';
    const mapped = collapseWhitespace(align('A & B\r\n  c', raw, 3, raw.length - 4));
    expect(mapped.text).toBe('A & B c');
    expect(mapped.offsets).toEqual([3, 4, 5, 10, 11, 12, 16]);
  });

  it('leaves characters produced by an escape unmapped and recovers after it', () => {
    const raw = '"caf\\u00e9 ok"';
    const mapped = align('café ok', raw, 1, raw.length - 1);
    expect(mapped.offsets).toEqual([1, 2, 3, -1, 10, 11, 12]);
  });
});

describe('normalizeChars', () => {
  it('writes no-break and thin spaces as spaces and drops invisible characters, keeping offsets', () => {
    const file = 'Modern\u00A0Silk\u200B Road\u2009now';
    const m = normalizeChars(fromFile(file, 0, file.length));
    expect(m.text).toBe('Modern Silk Road now');
    expect(m.offsets.slice(10, 13)).toEqual([10, 12, 13]);
  });
});
