/**
 * The data that flows through factdiff's pipeline:
 * ingest → Source, extract/normalize → Claim, compare → Discrepancy, report → Report.
 * Every stage imports its types from here, so the contracts live in one place.
 */

/** A place in an original file, 1-based line and column, 0-based offset. */
export interface Place {
  line: number;
  column: number;
  offset: number;
}

/** A problem with one input, reported instead of thrown. */
export interface Diagnostic {
  /** Machine-readable code, e.g. `undated`, `invalid-json`. */
  code: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  line?: number;
  column?: number;
}

/** A marked region of a source's text: headlines and captions carry claims too. */
export type ZoneKind = 'headline' | 'subhead' | 'caption' | 'dateline' | 'body';

export interface Zone {
  kind: ZoneKind;
  /** Offsets into `Source.text`, end exclusive. */
  start: number;
  end: number;
}

/**
 * A run of `Source.text` that was copied from the original file:
 * `text.slice(start, end)` came from the file at `fileOffset`.
 * Characters inside one segment map one to one (entities and escapes may shift them slightly).
 */
export interface Segment {
  start: number;
  end: number;
  fileOffset: number;
}

/** How a source's publication date was established. */
export type PublishedFrom =
  | 'metadata'
  | 'sidecar'
  | 'dateline'
  | 'dateline+header'
  | 'dateline+text'
  | 'dateline+drop'
  | 'header'
  | 'undated';

export type SourceFormat = 'txt' | 'md' | 'json' | 'html';

/** One article after ingest: clean text, metadata and a way back to the original file. */
export interface Source {
  /** Stable id: the path, plus `#N` for the Nth element of a JSON array. */
  id: string;
  /** The file path as given on the command line (relative paths stay relative). */
  path: string;
  format: SourceFormat;
  title?: string;
  publisher?: string;
  url?: string;
  /** ISO date `YYYY-MM-DD` (a date-time in metadata is cut to its date). */
  published?: string;
  publishedFrom: PublishedFrom;
  /** The words the date came from, e.g. `PARIS, June 15 (AFP)` + `Thursday, 29 July, 2021`. */
  publishedEvidence?: string;
  language?: string;
  translatedFrom?: string;
  /** The article text with page furniture removed; paragraphs separated by blank lines. */
  text: string;
  zones: Zone[];
  segments: Segment[];
  /** Start offset of every line in the original file, for offset → line/column. */
  lineStarts: number[];
  diagnostics: Diagnostic[];
}

/** A file that could not be turned into any source. */
export interface FailedInput {
  path: string;
  diagnostics: Diagnostic[];
}

export type Approx = 'about' | 'nearly' | 'more-than' | 'less-than' | 'at-least' | 'up-to';

/** A time interval: the earliest and latest ISO day it can mean. */
export interface TimeSpan {
  start: string;
  end: string;
  precision: 'day' | 'month' | 'year';
}

/**
 * When a claim holds. `asOf` for states (a count at a moment), `start`/`end` for events.
 * Relative expressions keep what was written and the anchor they were resolved against.
 */
export interface ClaimTime {
  /** The interval the claim is placed in; absent when it cannot be placed (undated source). */
  span?: TimeSpan;
  /** The words that placed it, e.g. `last year's summit`; absent when taken from the publication date. */
  text?: string;
  /** The publication date used to resolve relative words. */
  anchor?: string;
  /** Which parts were not written but filled in, e.g. `['year']`. */
  implied: string[];
  /** `publication` when the claim is in the present tense and dated by its source. */
  basis: 'written' | 'relative' | 'publication' | 'none';
  certain: boolean;
}

export type Value =
  | { type: 'count'; n: number; approx?: Approx }
  | { type: 'quantity'; amount: number; unit: string; approx?: Approx }
  | { type: 'date'; span: TimeSpan }
  | { type: 'name'; text: string }
  | { type: 'quote'; text: string; speaker: string }
  | { type: 'place'; text: string }
  | { type: 'ordinal'; n: number }
  | { type: 'member'; text: string; ordinal?: number };

export interface Evidence {
  /** The sentence the claim came from. */
  text: string;
  zone: ZoneKind;
  line: number;
  column: number;
  /** Offset and length in the original file. */
  offset: number;
  length: number;
}

/** One fact a source states, typed, dated and keyed for comparison. */
export interface Claim {
  id: string;
  /** The source's id (its path, or `path#N`). */
  source: string;
  subject: { key: string; text: string };
  property: string;
  value: Value;
  /** The value as written, e.g. `nearly 10 tons`. */
  display: string;
  time: ClaimTime;
  /** Extra facts that identify what the claim is about: event kind, place, ordinal, features for linking. */
  qualifiers: Record<string, string | number | string[]>;
  evidence: Evidence;
  /** The rule whose pattern extracted it. */
  extractor: string;
}

export type Kind = 'conflict' | 'temporal-change' | 'name-variant' | 'quote-variant' | 'unresolved';
export type Severity = 'error' | 'warning' | 'info';

export interface DiscrepancyClaim {
  source: string;
  value: Value;
  display: string;
  text: string;
  zone: ZoneKind;
  time: ClaimTime;
  line: number;
  column: number;
  claimId: string;
}

export interface Discrepancy {
  /** Stable fingerprint built from the facts, not from line numbers. */
  id: string;
  rule: string;
  kind: Kind;
  scope: 'cross-source' | 'internal';
  severity: Severity;
  /** 0..1, how sure factdiff is that the claims are about the same thing and disagree (halved when all come from one story). */
  confidence: number;
  subject: string;
  property: string;
  message: string;
  explanation?: string;
  /** What linked the claims, e.g. `same month`, `~10 tons`. */
  linkedBy: string[];
  claims: DiscrepancyClaim[];
  /** Word diff for names and quotes: `[op, text]` with op `=`, `+`, `-`. */
  diff?: Array<[op: '=' | '+' | '-', text: string]>;
  /** Where three or more voices give values and all but one agree: the one that differs. */
  oddOneOut?: OddOneOut;
  /** With `--baseline`: `new`, or `unchanged` when the baseline holds its fingerprint (SARIF's vocabulary). */
  baselineState?: 'new' | 'unchanged';
  /** An editor's recorded decision on this finding (from the review file), matched by fingerprint. */
  review?: Review;
}

/** What an editor decided about a finding: `source-error` names the source in error. */
export type Decision = 'accepted-change' | 'translation-difference' | 'false-alarm' | 'source-error';

/** One recorded decision: what, on which source (for `source-error`), why and who decided. */
export interface Review {
  decision: Decision;
  source?: string;
  note: string;
  by: string;
  /** ISO date of the decision, when recorded. */
  date?: string;
}

/** A finding as a baseline records it: enough to recognise it and to say what it was once it is gone. */
export interface BaselineFinding {
  id: string;
  rule: string;
  kind: Kind;
  severity: Severity;
  subject: string;
  property: string;
  message: string;
}

/** How one source retells another: word for word (`reprint`) or in other words (`translation`). */
export interface SameStoryLink {
  source: string;
  relation: 'reprint' | 'translation';
  /** Share of the smaller text's word shingles (reprint) or content-word pairs (translation) found in the other, 0..1. */
  overlap: number;
}

/** The voice a source speaks with: reprints and translations of one story share one and count once. */
export interface Voice {
  /** Shared by every source of one story: the lowest source id in the group. */
  id: string;
  /** The sources this one was found to retell directly; the group is these links followed transitively. */
  sameStoryAs: SameStoryLink[];
}

/** Where most voices agree on a value, the one voice that gives another. */
export interface OddOneOut {
  /** The odd value as written. */
  value: string;
  /** The source ids that give it (one voice: a source, or a source and its reprints). */
  sources: string[];
}

export interface ReportSource {
  id: string;
  path: string;
  format?: SourceFormat;
  title?: string;
  publisher?: string;
  url?: string;
  published?: string;
  publishedFrom: PublishedFrom | 'unreadable';
  facts: number;
  diagnostics: Diagnostic[];
  /** Present when the source is a reprint or translation of another in the drop. */
  voice?: Voice;
}

export interface Report {
  schemaVersion: 1;
  tool: { name: string; version: string };
  generatedAt: string;
  sources: ReportSource[];
  claims: Array<Pick<Claim, 'id' | 'source' | 'subject' | 'property' | 'value' | 'time' | 'evidence'> & { display: string; extractor: string }>;
  discrepancies: Discrepancy[];
  summary: {
    sources: number;
    claims: number;
    discrepancies: { byKind: Record<Kind, number>; bySeverity: Record<Severity, number> };
    new: number;
    baselined: number;
  };
  /** With `--baseline`: the file compared against and the findings it holds that were not found this time. */
  baseline?: { path: string; absent: BaselineFinding[] };
}
