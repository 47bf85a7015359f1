import type { Element, Root } from 'hast';
import { select } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { align } from '../align.js';
import type { Draft } from '../draft.js';
import { lineColumn } from '../lines.js';
import { collapseWhitespace } from '../mapped-text.js';
import { readMetaFields, type FieldValue } from '../meta-fields.js';
import { htmlBlocks } from './html-blocks.js';

const parser = unified().use(rehypeParse);

/**
 * Reads an HTML page: `<title>` (or og:title), `og:site_name` → publisher,
 * `article:published_time` (or a `<time datetime>`) → published, `og:url` or the canonical link
 * → url, `<html lang>` → language; text from `<article>` (every one, in page order, on a live
 * blog of several), else `<main>`, else `<body>`.
 */
export function readHtml(fileText: string, lineStarts: readonly number[]): Draft {
  const tree = parser.parse(fileText) as Root;
  const posts = articlesOf(tree);
  const content = posts[0] ?? select('main', tree) ?? select('body', tree) ?? tree;
  // A live blog is a run of `<article>` posts: every post is the story, in page order.
  const blocks = posts.length > 1 ? posts.flatMap((post) => htmlBlocks(post, fileText)) : htmlBlocks(content, fileText);
  const field = (el: Element | undefined, value: unknown): FieldValue => ({
    value,
    ...(el?.position ? { place: lineColumn(lineStarts, el.position.start.offset ?? 0) } : {}),
  });
  const titleEl = select('title', tree);
  const ogTitle = metaNamed(tree, 'og:title');
  const published = metaNamed(tree, 'article:published_time') ?? select('time[datetime]', content) ?? select('time[datetime]', tree);
  const url = metaNamed(tree, 'og:url');
  const canonical = select('link[rel~=canonical]', tree);
  const fields = new Map<string, FieldValue>([
    ['title', titleEl && toText(titleEl).trim() ? field(titleEl, toText(titleEl).trim()) : field(ogTitle, attr(ogTitle, 'content'))],
    ['publisher', field(metaNamed(tree, 'og:site_name'), attr(metaNamed(tree, 'og:site_name'), 'content'))],
    ['url', url ? field(url, attr(url, 'content')) : field(canonical, attr(canonical, 'href'))],
    ['published', field(published, attr(published, published?.tagName === 'time' ? 'dateTime' : 'content'))],
    ['language', field(select('html', tree), attr(select('html', tree), 'lang'))],
  ]);
  const { meta, diagnostics } = readMetaFields(fields);
  if (meta.title && !blocks.some((b) => b.kind === 'headline')) {
    const source = titleEl && toText(titleEl).trim() ? (titleEl.children[0] ?? titleEl) : ogTitle;
    const start = source?.position?.start.offset ?? 0;
    const end = source?.position?.end.offset ?? 0;
    const from = source === ogTitle ? Math.max(start, fileText.indexOf('content=', start) + 9) : start;
    blocks.unshift({ content: collapseWhitespace(align(meta.title, fileText, from, end)), kind: 'headline' });
  }
  return { blocks, meta, diagnostics, guessHeadline: false, guessSubheads: false };
}

/** Elements whose `<article>`s are page furniture (a related-stories list), not the story. */
const FURNITURE = new Set(['aside', 'nav', 'footer', 'header', 'template', 'noscript']);

/** The page's outermost `<article>` elements outside furniture, in page order. */
function articlesOf(tree: Root): Element[] {
  const found: Element[] = [];
  const walk = (node: Root | Element): void => {
    for (const child of node.children) {
      if (child.type !== 'element' || FURNITURE.has(child.tagName)) continue;
      if (child.tagName === 'article') found.push(child);
      else walk(child);
    }
  };
  walk(tree);
  return found;
}

function metaNamed(tree: Root, name: string): Element | undefined {
  return select(`meta[property="${name}"], meta[name="${name}"]`, tree);
}

function attr(el: Element | undefined, name: string): string | undefined {
  const value = el?.properties[name];
  return typeof value === 'string' ? value : Array.isArray(value) ? value.join(' ') : undefined;
}
