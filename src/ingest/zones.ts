import type { ZoneKind } from '../types.js';
import { wordCount } from './word-count.js';

/** `(Photo/Li Tao, Agency)`, `(File photo)`, `(Image: X)`. */
const KEYWORD_CREDIT = /\([^()]*\b(?:photos?|photographs?|images?|pictures?|file|credit)\b[^()]*\)$/iu;
/** `(Agency/Li Ziheng)`: a name, a slash, a name, both capitalised. */
const SLASH_CREDIT = /\(\p{Lu}[\p{L}.'’& -]{1,40}\/\s*\p{Lu}[\p{L}.'’&, -]{1,60}\)$/u;
const MAX_CAPTION_WORDS = 80;
const MAX_SUBHEAD_WORDS = 12;
const MAX_HEADLINE_CHARS = 250;
const FINAL_PUNCTUATION = /[.,;:!?…]$/u;
const WRAPPING_QUOTES = /^["“‘']+|["”’']+$/gu;

const words = wordCount;

/** A photo caption: a paragraph ending with a credit in parentheses, `(Photo/Li Tao, Agency)`. */
export function isCaption(text: string): boolean {
  const t = text.trim();
  return words(t) <= MAX_CAPTION_WORDS && (KEYWORD_CREDIT.test(t) || SLASH_CREDIT.test(t));
}

/**
 * A section heading inside plain text: a short line without final punctuation that starts with
 * a capital (quotes around it allowed), e.g. `SHARED HOME OF PEACE`, `Modern Silk Road`.
 */
export function isSubheadLike(text: string): boolean {
  const t = text.trim().replace(WRAPPING_QUOTES, '');
  if (t.length === 0 || words(t) > MAX_SUBHEAD_WORDS || FINAL_PUNCTUATION.test(t)) return false;
  return /^[\p{Lu}\d]/u.test(t) && /\p{L}/u.test(t);
}

/** A plausible headline: not too long and not a wire dateline paragraph. */
export function isHeadlineLike(text: string, startsWithDateline: boolean): boolean {
  return !startsWithDateline && text.trim().length <= MAX_HEADLINE_CHARS && /\p{L}/u.test(text);
}

/** A paragraph to zone, with the kind its markup gave it (a heading, a figcaption) if any. */
export interface ZoneInput {
  text: string;
  kind?: ZoneKind;
  startsWithDateline: boolean;
}

/** How far to guess zones from the shape of the text (plain text has no markup). */
export interface ZoneOptions {
  guessHeadline: boolean;
  guessSubheads: boolean;
}

/**
 * Where a plain-text headline stands: wire copy puts it right before the dateline paragraph,
 * below a site's tagline and section crumbs; otherwise it is the first paragraph.
 */
function headlineIndex(paragraphs: readonly ZoneInput[]): number {
  const dateline = paragraphs.slice(0, 8).findIndex((p) => p.startsWithDateline);
  const before = paragraphs[dateline - 1];
  return dateline > 0 && before && !before.kind && !isCaption(before.text) && isHeadlineLike(before.text, false) ? dateline - 1 : 0;
}

/**
 * Assigns a zone to every paragraph: markup kinds are kept; in plain text the headline is the
 * paragraph found by `headlineIndex`, short unpunctuated lines followed by more text are subheads; paragraphs
 * ending with a photo credit are captions in every format; the rest is body.
 */
export function assignZones(paragraphs: readonly ZoneInput[], options: ZoneOptions): ZoneKind[] {
  const hasHeadline = paragraphs.some((p) => p.kind === 'headline');
  const headlineAt = headlineIndex(paragraphs);
  return paragraphs.map((p, i) => {
    if (p.kind) return p.kind;
    if (options.guessHeadline && !hasHeadline && i === headlineAt && isHeadlineLike(p.text, p.startsWithDateline)) {
      return 'headline';
    }
    if (isCaption(p.text)) return 'caption';
    const last = i === paragraphs.length - 1;
    if (options.guessSubheads && !last && !p.startsWithDateline && isSubheadLike(p.text)) return 'subhead';
    return 'body';
  });
}
