/**
 * A year-less dateline placed by its drop. "MARRAKECH, Sept 9 (Desk)" with no year anywhere in
 * its text is undated on its own; in a drop whose other articles are dated 8 to 20 September 2023
 * it is 2023-09-09: the only year in which that day falls within `WINDOW_DAYS` of a dated article
 * of the same drop. With two candidate years (a drop on several stories), the year of the dated
 * articles around it that share clearly the most names with it; otherwise, or with none, it stays
 * undated. Runs after every file is read, so each file's own ingest (and its cache) stays
 * independent of the drop.
 */
import type { Source } from '../types.js';
import { isoDate } from './date-parts.js';
import { matchDateline } from './dateline.js';

/** How near a dated article of the drop the dateline's day must fall. */
const WINDOW_DAYS = 31;
const DAY_MS = 86_400_000;

export function dateByDrop(sources: Source[]): Source[] {
  const dated = [...new Set(sources.map((s) => s.published).filter((p): p is string => p !== undefined))].sort();
  if (dated.length === 0 || !sources.some(needsYear)) return sources;
  const times = dated.map((d) => Date.parse(`${d}T00:00:00Z`));
  const years = [...new Set(dated.map((d) => Number(d.slice(0, 4))))];
  return sources.map((source) => {
    if (!needsYear(source)) return source;
    const zone = source.zones.find((z) => z.kind === 'dateline');
    const dateline = zone ? matchDateline(`${source.text.slice(zone.start, zone.end)} `) : undefined;
    if (!dateline) return source;
    const fits = [...new Set(years.flatMap((y) => [y - 1, y, y + 1]))]
      .map((year) => isoDate(year, dateline.month, dateline.day))
      .filter((iso): iso is string => typeof iso === 'string')
      .filter((iso) => times.some((t) => Math.abs(Date.parse(`${iso}T00:00:00Z`) - t) <= WINDOW_DAYS * DAY_MS));
    const published = fits.length === 1 ? fits[0] : closestInTopic(source, fits, sources);
    if (!published) return source;
    const nearest = dated.reduce((a, b) => (distance(b, published) < distance(a, published) ? b : a));
    return {
      ...source,
      published,
      publishedFrom: 'dateline+drop',
      publishedEvidence: `${dateline.evidence} + the drop's articles dated around it (nearest ${nearest})`,
      diagnostics: source.diagnostics.filter((d) => d.code !== 'undated-year'),
    };
  });
}

/**
 * Of several candidate days, the one whose dated articles within the window share the most names
 * with the source ("Commonwealth", "Gabon", "Togo"), when it shares at least `MIN_SHARED` and more
 * than any other candidate.
 */
function closestInTopic(source: Source, fits: string[], sources: Source[]): string | undefined {
  const own = namesIn(source.text);
  const scored = fits.map((iso) => {
    const near = sources.filter((s) => s.published !== undefined && distance(s.published, iso) <= WINDOW_DAYS * DAY_MS);
    const shared = new Set(near.flatMap((s) => [...namesIn(s.text)].filter((n) => own.has(n))));
    return { iso, shared: shared.size };
  });
  scored.sort((a, b) => b.shared - a.shared);
  const [best, next] = scored;
  return best && best.shared >= MIN_SHARED && best.shared > (next?.shared ?? 0) ? best.iso : undefined;
}

/** Names two articles of one story share, at the least. */
const MIN_SHARED = 3;
const NOT_NAMES = new Set(['January', 'February', 'March', 'April', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'The', 'This', 'That', 'There', 'They', 'Their', 'When', 'While', 'After', 'Before']);

/** Capitalised words of four letters or more, months, weekdays and sentence openers left out. */
function namesIn(text: string): Set<string> {
  return new Set([...text.matchAll(/\b\p{Lu}\p{Ll}{3,}\b/gu)].map((m) => m[0]).filter((w) => !NOT_NAMES.has(w)));
}

function needsYear(source: Source): boolean {
  return source.published === undefined && source.diagnostics.some((d) => d.code === 'undated-year');
}

function distance(a: string, b: string): number {
  return Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`));
}
