/**
 * The naive baseline the issue measures against: compromise's full tagger over all of every
 * article's text, in one process, with nothing skipped. On a large drop it runs on a sample (the
 * first articles up to `sampleBytes`) and its time is extrapolated by bytes, which the report says.
 */
import nlp from 'compromise';

export interface BaselineTime {
  /** Seconds for the whole drop (measured, or extrapolated from the sample). */
  seconds: number;
  /** Characters actually tagged, and of how many. */
  sampled: number;
  total: number;
  /** Words tagged in the sample. */
  words: number;
}

export function naiveBaseline(texts: readonly string[], sampleBytes: number): BaselineTime {
  const total = texts.reduce((sum, t) => sum + t.length, 0);
  let words = nlp('Warm up the tagger once.').wordCount();
  const t0 = performance.now();
  let sampled = 0;
  for (const text of texts) {
    if (sampled >= sampleBytes) break;
    words += nlp(text).wordCount(); // nlp() tags on construction; counting words keeps the work observable
    sampled += text.length;
  }
  const seconds = (performance.now() - t0) / 1000;
  return { seconds: (seconds * total) / Math.max(1, sampled), sampled, total, words };
}
