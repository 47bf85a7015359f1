/**
 * A year-less dateline placed by its drop. "MARRAKECH, Sept 9 (Desk)" with no year anywhere in
 * its text is undated on its own; in a drop whose other articles are dated 8 to 20 September 2023
 * it is 2023-09-09: the only year in which that day falls within `WINDOW_DAYS` of a dated article
 * of the same drop. Two candidate years, or none, leave it undated. Runs after every file is
 * read, so each file's own ingest (and its cache) stays independent of the drop.
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
    if (fits.length !== 1) return source;
    const published = fits[0]!;
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

function needsYear(source: Source): boolean {
  return source.published === undefined && source.diagnostics.some((d) => d.code === 'undated-year');
}

function distance(a: string, b: string): number {
  return Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`));
}
