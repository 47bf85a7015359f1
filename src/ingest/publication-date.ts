import type { Diagnostic, PublishedFrom } from '../types.js';
import { isoDate } from './date-parts.js';
import type { DateHeader } from './date-header.js';
import type { Dateline } from './dateline.js';
import { diagnostic } from './diagnostics.js';
import { sentencesOf } from './sentences.js';
import { textEvidenceYear } from './text-evidence-year.js';
import { anniversaryYear, weekdayYear } from './weekday-year.js';

/** A publication date established from the text itself (no metadata). */
export interface Publication {
  published?: string;
  publishedFrom: PublishedFrom;
  publishedEvidence?: string;
  diagnostics: Diagnostic[];
}

/** What the text offers: its dateline, its date headers and its paragraphs. */
export interface DateClues {
  dateline?: Dateline;
  headers: readonly DateHeader[];
  paragraphs: readonly string[];
}

/**
 * Dates a text without metadata, in order: a dateline with a year; a dateline without one, the
 * year taken from a date header (the year that puts the dateline on or before the header date)
 * or else from the text's own evidence; a date header alone; otherwise undated.
 */
export function publicationFromText({ dateline, headers, paragraphs }: DateClues): Publication {
  const header = headers[0];
  if (dateline?.year !== undefined) {
    const published = isoDate(dateline.year, dateline.month, dateline.day);
    if (published) return dated(published, 'dateline', dateline.evidence);
  }
  if (dateline && header) {
    const published = onOrBefore(dateline, header.date);
    if (published) return dated(published, 'dateline+header', `${dateline.evidence} + ${header.text}`);
  }
  if (dateline) {
    const evidence = textEvidenceYear(paragraphs);
    // The latest year the text names is a lower bound; the lead's weekday can move it on.
    const lead = sentencesOf(paragraphs.find((p) => p.includes(dateline.evidence)) ?? paragraphs[0] ?? '')[0] ?? '';
    // An anniversary the text marks ("the 75th anniversary", "signed in 1949") names the year outright.
    const anniversary = evidence?.from === 'latest-past-year' ? anniversaryYear(paragraphs.join('\n'), lead, evidence.year, dateline.month, dateline.day) : undefined;
    const weekday = evidence?.from === 'latest-past-year' && !anniversary ? weekdayYear(lead, evidence.year, dateline.month, dateline.day) : undefined;
    const year = anniversary?.year ?? weekday ?? evidence?.year;
    const published = year !== undefined && isoDate(year, dateline.month, dateline.day);
    if (evidence && published) {
      const because = anniversary
        ? ` (${anniversary.evidence})`
        : weekday !== undefined && weekday !== evidence.year
          ? ` (the first year from ${evidence.year} on whose ${published.slice(5)} is the lead's weekday)`
          : '';
      return dated(published, 'dateline+text', `${dateline.evidence} + ${evidence.evidence}${because}`);
    }
  }
  if (header) return dated(header.date, 'header', header.text);
  const warning = dateline
    ? diagnostic('undated-year', 'warning', { dateline: dateline.evidence })
    : diagnostic('undated', 'warning', {});
  return { publishedFrom: 'undated', diagnostics: [warning] };
}

function dated(published: string, publishedFrom: PublishedFrom, publishedEvidence: string): Publication {
  return { published, publishedFrom, publishedEvidence, diagnostics: [] };
}

/** The dateline's day in the latest year that puts it on or before the header date. */
function onOrBefore(dateline: Dateline, headerDate: string): string | undefined {
  const headerYear = Number(headerDate.slice(0, 4));
  for (let year = headerYear; year > headerYear - 8; year--) {
    const candidate = isoDate(year, dateline.month, dateline.day);
    if (candidate && candidate <= headerDate) return candidate;
  }
  return undefined;
}
