import { h } from 'hastscript';
import type { Inline } from './hast-element.js';

/** The URL when it is `http:` or `https:`; anything else (`javascript:`, `data:`, relative) is not a link. */
export function safeHref(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * `label` as a link to `url` when the URL is safe to follow (opened without referrer or opener),
 * otherwise the label followed by the URL as plain text.
 */
export function linkOrText(label: string, url: string | undefined): Inline {
  if (url === undefined || url === '') return [label];
  const href = safeHref(url);
  if (href !== undefined) return [h('a', { href, rel: 'noopener noreferrer' }, label || url)];
  return [label, h('br'), h('code.url', { title: 'not a web address, not linked' }, url)];
}
