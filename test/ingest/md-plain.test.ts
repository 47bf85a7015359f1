/**
 * The plain path of the Markdown reader (md-plain.ts) against remark: every Markdown file of the
 * project and random documents of plain lines (with some markup mixed in, which remark must
 * then read) give the same draft either way.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMarkdown, readMd } from '../../src/ingest/formats/md.js';
import { plainMarkdown } from '../../src/ingest/formats/md-plain.js';
import { lineStartsOf } from '../../src/ingest/lines.js';

const both = (text: string) => {
  const lineStarts = lineStartsOf(text);
  return [readMd(text, lineStarts), readMd(text, lineStarts, { remarkOnly: true })];
};

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name.startsWith('.') ? [] : markdownFiles(path);
    return entry.name.endsWith('.md') ? [path] : [];
  });
}

describe('Markdown without markup, read without remark', () => {
  it('gives what remark gives on every Markdown file of the project', () => {
    const files = [...markdownFiles('test'), ...markdownFiles('sources'), ...markdownFiles('docs'), 'README.md'];
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const [plain, remark] = both(readFileSync(file, 'utf8'));
      expect(plain, file).toEqual(remark);
    }
  });

  it('gives what remark gives on random documents of plain lines', () => {
    const pieces = ['word', 'Qx', 'élan', '2024', ' ', ' ', '.', ',', ';', ':', "'", '"', '?', '(', ')', '/', '%', '$', '@', '—', '’', '\n', '\n', '\n\n', '\n\n\n', '-', '+', '1.', '#', '*', '_', '[x]', '<b>', '&amp;', '\\', '`', '=', '~', '!', '|', '\t', '\r\n', '   ', '---', '\u00a0'];
    // Half the documents mix markup in (remark must read them), half have none (the plain path must).
    const plainPieces = pieces.filter((piece) => /^[\p{L}\p{N} .,;:'"?()/%$@—’\n\u00a0]+$/u.test(piece));
    const line = fc.oneof(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), fc.array(fc.constantFrom(...plainPieces), { maxLength: 80 })).map((parts) => parts.join(''));
    const front = fc.option(fc.constantFrom('---\ntitle: A title\npublished: 2024-05-01\n---\n', '---\ntitle: T\n---\n\n', '---\n---\n', '--- \ntitle: x\n---\n', '---\ntitle: [unclosed\n---\n'), { nil: '' });
    fc.assert(
      fc.property(front, line, (head, body) => {
        const [plain, remark] = both(head + body);
        expect(plain).toEqual(remark);
      }),
      { numRuns: 3000 },
    );
  });

  it('reads plain paragraphs, with their front matter, without remark', () => {
    const text = '---\ntitle: Plain\n---\n\nOne line\nand its next.\n\nA second paragraph.\n';
    expect(plainMarkdown(text, parseMarkdown)?.paragraphs).toEqual([[22, 44], [46, 65]]);
    const [plain, remark] = both(text);
    expect(plain).toEqual(remark);
    expect(plain!.blocks.map((b) => b.content.text)).toEqual(['Plain', 'One line and its next.', 'A second paragraph.']);
  });
});
