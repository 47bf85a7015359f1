/**
 * A live blog's posts stamped with their day: "Sunday 15 December, 13:40" alone in its paragraph
 * dates what the post says in the present tense, up to the next stamp, as the publication date
 * dates an article. A stamp with a time of day only ("19:30") is the publication day's.
 */
import type { ClaimTime, Source } from '../types.js';
import { claimTime } from './claim-time.js';
import type { Sentence } from './sentences.js';

export interface PostDay {
  /** Where the stamp's paragraph ends: claims after it, up to the next stamp, are the post's. */
  from: number;
  time: ClaimTime;
  /** The stamp's time of day, 24-hour "HH:MM" ("Sunday 30 October, 23:10" → 23:10; "11:20 a.m." → 11:20). */
  clock?: string;
}

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
/** A day with a time of day, and nothing else: "Monday 16 December, 21:10", "Dec. 15, 2024 - 11:20 GMT". */
const STAMP = new RegExp(
  `^\\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?(?:\\d{1,2}\\s+${MONTH}|${MONTH}\\s+\\d{1,2})(?:,?\\s+\\d{4})?\\s*(?:,|-|–|—|at)?\\s*\\d{1,2}[:.h]\\d{2}(?:\\s*(?:a\\.m\\.|p\\.m\\.|am|pm))?(?:\\s+[A-Z]{2,5})?\\s*$`,
  'i',
);

/** The stamps of a source's posts, in text order; none for a source that is no live blog. */
export function postDays(source: Source, sentences: readonly Sentence[]): PostDay[] {
  const found: PostDay[] = [];
  for (const sentence of sentences) {
    if (sentence.text.length > 60 || !STAMP.test(sentence.text)) continue;
    const time = claimTime(source, sentence.text);
    const day = time.span;
    if (time.basis === 'publication' || day?.precision !== 'day' || (source.published !== undefined && day.start > source.published)) continue;
    const clock = clockOf(sentence.text);
    found.push({ from: sentence.end, time, ...(clock ? { clock } : {}) });
  }
  // A single stamp is an article's date line, not a blog of posts.
  return found.length > 1 ? found : [];
}

/** The post a position lies in, if the source is a live blog of stamped posts. */
export function postDayAt(days: readonly PostDay[], at: number): PostDay | undefined {
  let day: PostDay | undefined;
  for (const post of days) if (post.from <= at) day = post;
  return day;
}

/** A stamp's time of day as 24-hour "HH:MM". */
function clockOf(stamp: string): string | undefined {
  const m = /(\d{1,2})[:.h](\d{2})(?:\s*(a\.m\.|p\.m\.|am|pm))?/i.exec(stamp.replace(/^.*?(?:\d{4}|\p{L})\s*(?:,|-|–|—|at)?\s*(?=\d{1,2}[:.h]\d{2})/u, ''));
  if (!m) return undefined;
  let hours = Number(m[1]);
  const half = m[3]?.toLowerCase().replace(/\./g, '');
  if (half === 'pm' && hours < 12) hours += 12;
  if (half === 'am' && hours === 12) hours = 0;
  return hours < 24 ? `${String(hours).padStart(2, '0')}:${m[2]}` : undefined;
}
