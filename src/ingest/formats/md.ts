import type { Nodes, Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { ZoneKind } from '../../types.js';
import { align } from '../align.js';
import type { Block, Draft } from '../draft.js';
import { collapseWhitespace, concat, EMPTY, synthetic, type MappedText } from '../mapped-text.js';
import { readFrontMatter } from './md-front-matter.js';
import { plainMarkdown } from './md-plain.js';

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

/** A Markdown text as remark reads it (with YAML front matter). */
export function parseMarkdown(text: string): Root {
  return parser.parse(text) as Root;
}
const SKIPPED = new Set(['code', 'html', 'thematicBreak', 'definition', 'footnoteDefinition', 'yaml', 'image', 'imageReference']);

/**
 * Reads a Markdown article: metadata from YAML front matter, paragraphs from the body (headings
 * become headline/subhead zones, list items, quotes and table rows their own paragraphs). When
 * the body has no level-1 heading the front-matter title is put first as the headline. A body
 * without any markup is read without remark (md-plain.ts), with the same result; `remarkOnly`
 * (for tests) always asks remark.
 */
export function readMd(fileText: string, lineStarts: readonly number[], options: { remarkOnly?: boolean } = {}): Draft {
  const plain = options.remarkOnly ? undefined : plainMarkdown(fileText, parseMarkdown);
  const tree = plain ? undefined : parseMarkdown(fileText);
  const yaml = plain ? plain.yaml : tree!.children.find((n) => n.type === 'yaml');
  const front = yaml ? readFrontMatter(yaml, fileText, lineStarts) : { meta: {}, diagnostics: [] };
  const blocks: Block[] = [];
  if (plain) for (const [start, end] of plain.paragraphs) push(blocks, concat([align(fileText.slice(start, end), fileText, start, end)]));
  else collectBlocks(tree!, fileText, blocks);
  const firstH1 = blocks.find((b) => b.kind === 'headline');
  if (!firstH1 && 'title' in front && front.title) blocks.unshift({ content: front.title, kind: 'headline' });
  return { blocks, meta: front.meta, diagnostics: front.diagnostics, guessHeadline: false, guessSubheads: false };
}

function collectBlocks(node: Nodes, fileText: string, out: Block[]): void {
  if (SKIPPED.has(node.type)) return;
  if (node.type === 'heading' || node.type === 'paragraph') {
    const kind: ZoneKind | undefined =
      node.type !== 'heading' ? undefined : node.depth === 1 && !out.some((b) => b.kind === 'headline') ? 'headline' : 'subhead';
    push(out, inlineText(node, fileText), kind);
    return;
  }
  if (node.type === 'tableRow') {
    const cells = node.children.map((cell) => inlineText(cell, fileText));
    push(out, concat(cells.flatMap((cell, i) => (i === 0 ? [cell] : [synthetic(' | '), cell]))));
    return;
  }
  if ('children' in node) for (const child of node.children) collectBlocks(child, fileText, out);
}

function push(out: Block[], text: MappedText, kind?: ZoneKind): void {
  const content = collapseWhitespace(text);
  if (content.text.length > 0) out.push({ content, ...(kind ? { kind } : {}) });
}

/** The text of a node's phrasing content, each text node mapped onto its span in the file. */
function inlineText(node: Nodes, fileText: string): MappedText {
  if (node.type === 'text' || node.type === 'inlineCode') {
    const pos = node.position;
    return pos ? align(node.value, fileText, pos.start.offset ?? 0, pos.end.offset ?? 0) : synthetic(node.value);
  }
  if (node.type === 'break') return synthetic(' ');
  if (SKIPPED.has(node.type) || !('children' in node)) return EMPTY;
  return concat(node.children.map((child) => inlineText(child, fileText)));
}
