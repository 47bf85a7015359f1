/**
 * What two texts of one story share, as sets of hashed shingles. Quoted words are left out: a
 * quotation is what independent stories copy verbatim, while a reprint or translation shares the
 * reporter's own sentences. Shingles never run across a paragraph or a removed quotation.
 */

/** Paragraph breaks and quotations (text between quotation marks on one line, up to 600 characters). */
const BREAK = /\n\s*\n|["“”«»„][^"“”«»„\n]{0,600}["“”«»„]/gu;

/** A content word has at least this many letters; shorter ones are mostly function words in any Latin-script language. */
const CONTENT_MIN_LENGTH = 4;
/** Content words are compared by their first letters only, a crude stem (`developed` ~ `development`). */
const STEM_LENGTH = 5;

export interface StoryFeatures {
  /** Hashed runs of `k` consecutive words: what a verbatim reprint shares. */
  shingles: Set<number>;
  /** Hashed unordered pairs of stemmed content words at most two apart: what a translation still shares. */
  contentPairs: Set<number>;
}

/** FNV-1a, 32 bits: a shingle kept as a number instead of a string. */
export function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** Lower-case words without accents (`façade` → `facade`), one list per run of text between breaks. */
export function storyWords(text: string): string[][] {
  return text
    .split(BREAK)
    .map((run) => run.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').match(/[\p{L}\p{N}]+/gu) ?? [])
    .filter((words) => words.length > 0);
}

/** The shingles and content-word pairs of one text; `k` is the shingle length in words. */
export function storyFeatures(text: string, k: number): StoryFeatures {
  const shingles = new Set<number>();
  const contentPairs = new Set<number>();
  for (const words of storyWords(text)) {
    for (let i = 0; i + k <= words.length; i++) shingles.add(hashText(words.slice(i, i + k).join(' ')));
    const stems = words.filter((word) => word.length >= CONTENT_MIN_LENGTH).map((word) => word.slice(0, STEM_LENGTH));
    for (let i = 0; i < stems.length; i++) {
      for (let d = 1; d <= 2 && i + d < stems.length; d++) {
        const pair = [stems[i]!, stems[i + d]!].sort();
        contentPairs.add(hashText(pair.join(' ')));
      }
    }
  }
  return { shingles, contentPairs };
}
