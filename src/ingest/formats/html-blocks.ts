import type { Element, Nodes } from 'hast';
import type { ZoneKind } from '../../types.js';
import { align } from '../align.js';
import type { Block } from '../draft.js';
import { collapseWhitespace, concat, synthetic, type MappedText } from '../mapped-text.js';

/** Elements whose content is never article text. */
const IGNORED = new Set([
  'nav', 'aside', 'script', 'style', 'form', 'noscript', 'template', 'svg', 'iframe', 'button', 'select',
  'head', 'canvas', 'video', 'audio', 'object', 'footer',
]);
/** Elements that start and end a paragraph. */
const BLOCKS = new Set([
  'p', 'div', 'section', 'article', 'main', 'li', 'ul', 'ol', 'blockquote', 'figure', 'table', 'tr', 'td', 'th',
  'pre', 'dl', 'dt', 'dd', 'address', 'body', 'hr', 'br', 'caption',
]);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * Collects the paragraphs of an HTML content root, each text node mapped onto its position in
 * the file: headings become headline/subhead zones and figcaptions caption zones; navigation,
 * footers, asides (but a fact box of "Label: value" items inside the article), scripts, styles
 * and forms are ignored. A `<header>` inside an `<article>`
 * contributes only its headings; a page-level `<header>` nothing.
 */
export function htmlBlocks(root: Nodes, fileText: string): Block[] {
  const out: Block[] = [];
  let buffer: MappedText[] = [];
  const flush = (kind?: ZoneKind) => {
    const content = collapseWhitespace(concat(buffer));
    buffer = [];
    if (content.text.length === 0) return;
    const headline = kind === 'headline' && out.some((b) => b.kind === 'headline') ? 'subhead' : kind;
    out.push({ content, ...(headline ? { kind: headline } : {}) });
  };
  const text = (node: Nodes): void => {
    if (node.type === 'text') {
      const pos = node.position;
      buffer.push(pos ? align(node.value, fileText, pos.start.offset ?? 0, pos.end.offset ?? 0) : synthetic(node.value));
    } else if (node.type === 'element' && node.tagName === 'br') buffer.push(synthetic(' '));
    else if ((node.type === 'element' && !IGNORED.has(node.tagName)) || node.type === 'root') node.children.forEach(text);
  };
  const walk = (node: Nodes, inArticle: boolean): void => {
    if (node.type === 'text') return text(node);
    if (node.type !== 'element' && node.type !== 'root') return;
    if (node.type === 'root') return node.children.forEach((child) => walk(child, inArticle));
    const tag = node.tagName;
    if (IGNORED.has(tag) && !(tag === 'aside' && inArticle && isFactBox(node))) return;
    if (HEADINGS.has(tag) || tag === 'figcaption') {
      flush();
      text(node);
      return flush(tag === 'figcaption' ? 'caption' : tag === 'h1' ? 'headline' : 'subhead');
    }
    if (tag === 'header') {
      if (inArticle) headingsOf(node).forEach((h) => walk(h, true));
      return;
    }
    if (BLOCKS.has(tag)) flush();
    node.children.forEach((child) => walk(child, inArticle || tag === 'article'));
    if (BLOCKS.has(tag)) flush();
  };
  walk(root, root.type === 'element' && root.tagName === 'article');
  flush();
  return out;
}

/**
 * An aside inside the article that lists "Label: value" lines ("Mass at launch: 657 kg") is the
 * story's fact box, not page furniture: most of its list items have that shape.
 */
function isFactBox(node: Element): boolean {
  const items = itemsOf(node).map(plainText);
  return items.length >= 2 && items.filter((t) => /^[^:]{2,40}:\s*\S/.test(t.trim())).length * 2 >= items.length;
}

function itemsOf(node: Element): Element[] {
  return node.children.flatMap((child) => (child.type !== 'element' ? [] : child.tagName === 'li' ? [child] : itemsOf(child)));
}

function plainText(node: Nodes): string {
  if (node.type === 'text') return node.value;
  return node.type === 'element' || node.type === 'root' ? node.children.map(plainText).join('') : '';
}

function headingsOf(node: Element): Element[] {
  return node.children.flatMap((child) =>
    child.type !== 'element' ? [] : HEADINGS.has(child.tagName) ? [child] : headingsOf(child),
  );
}
