import { h } from 'hastscript';
import type { Inline } from './hast-element.js';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The sentence as nodes, with the first case-insensitive occurrence of what the article wrote
 * wrapped in `<mark>`. Returns plain text when it is not found; never builds markup from strings.
 */
export function highlight(text: string, display: string): Inline {
  if (display.trim() === '') return [text];
  const match = new RegExp(escapeRegExp(display), 'iu').exec(text);
  if (match === null) return [text];
  const end = match.index + match[0].length;
  return [text.slice(0, match.index), h('mark', match[0]), text.slice(end)].filter((part) => part !== '');
}
