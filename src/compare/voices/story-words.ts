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

/** Each a set of distinct hashes, sorted ascending, in a typed array (a tenth of a `Set`'s memory). */
export interface StoryFeatures {
  /** Hashed runs of `k` consecutive words: what a verbatim reprint shares. */
  shingles: Uint32Array;
  /** Hashed unordered pairs of stemmed content words at most two apart: what a translation still shares. */
  contentPairs: Uint32Array;
}

/** FNV-1a, 32 bits: a shingle kept as a number instead of a string. */
export function hashText(text: string): number {
  return hashMore(FNV_OFFSET, text) >>> 0;
}

const FNV_OFFSET = 0x811c9dc5;
const SPACE = 0x20;

/** Feeds `text` into an FNV-1a hash under way (before its final `>>> 0`). */
function hashMore(hash: number, text: string): number {
  let h = hash;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

/** `hashText(words.join(' '))` for `words[from..to)`, without building the string. */
function hashWords(words: readonly string[], from: number, to: number): number {
  let hash = hashMore(FNV_OFFSET, words[from] ?? '');
  for (let i = from + 1; i < to; i++) hash = hashMore(Math.imul(hash ^ SPACE, 0x01000193), words[i] ?? '');
  return hash >>> 0;
}

/** `hashWords([a, b], 0, 2)`, without the array. */
function hashPair(a: string, b: string): number {
  return hashMore(Math.imul(hashMore(FNV_OFFSET, a) ^ SPACE, 0x01000193), b) >>> 0;
}

/** Lower-case words without accents (`façade` → `facade`), one list per run of text between breaks. */
export function storyWords(text: string): string[][] {
  return text
    .split(BREAK)
    .map(runWords)
    .filter((words) => words.length > 0);
}

const NON_ASCII = /[^\x00-\x7f]/;

/**
 * A run's words. Lower-cased ASCII needs neither the decomposition nor the removal of marks, and
 * its letters and figures are a-z and 0-9: most runs of English text take that shorter way.
 */
function runWords(run: string): string[] {
  const lower = run.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower.match(/[a-z0-9]+/g) ?? [];
  return lower.normalize('NFKD').replace(/\p{M}/gu, '').match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The shingles and content-word pairs of one text; `k` is the shingle length in words. */
export function storyFeatures(text: string, k: number): StoryFeatures {
  const shingles: number[] = [];
  const contentPairs: number[] = [];
  for (const words of storyWords(text)) {
    for (let i = 0; i + k <= words.length; i++) shingles.push(hashWords(words, i, i + k));
    const stems: string[] = [];
    for (const word of words) if (word.length >= CONTENT_MIN_LENGTH) stems.push(word.slice(0, STEM_LENGTH));
    for (let i = 0; i < stems.length; i++) {
      for (let d = 1; d <= 2 && i + d < stems.length; d++) {
        const [a, b] = [stems[i]!, stems[i + d]!];
        // The pair in sorted order (code units, as Array#sort compares strings).
        contentPairs.push(a <= b ? hashPair(a, b) : hashPair(b, a));
      }
    }
  }
  return { shingles: distinctSorted(shingles), contentPairs: distinctSorted(contentPairs) };
}

function distinctSorted(hashes: readonly number[]): Uint32Array {
  const sorted = Uint32Array.from(hashes).sort();
  let kept = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[kept - 1]) sorted[kept++] = sorted[i]!;
  return sorted.slice(0, kept);
}

/** Features computed ahead (by the ingest cache, or read from it), until `takeStoryFeatures` uses them. */
const remembered = new WeakMap<object, { k: number; features: StoryFeatures }>();

/** Keeps a text's features for the next `takeStoryFeatures` of the same object and `k`. */
export function rememberStoryFeatures(story: object, k: number, features: StoryFeatures): void {
  remembered.set(story, { k, features });
}

/** The features remembered for this object (forgotten once taken), else computed from its text. */
export function takeStoryFeatures(story: { text: string }, k: number): StoryFeatures {
  const kept = remembered.get(story);
  remembered.delete(story);
  return kept && kept.k === k ? kept.features : storyFeatures(story.text, k);
}
