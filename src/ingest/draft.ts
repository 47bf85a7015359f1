import type { Diagnostic, ZoneKind } from '../types.js';
import type { MappedText } from './mapped-text.js';

/** One paragraph as a reader found it, with the zone its markup gives it (if any). */
export interface Block {
  content: MappedText;
  kind?: ZoneKind;
}

/** Metadata a reader found in the file (front matter, JSON fields, HTML meta) or a sidecar. */
export interface Meta {
  title?: string;
  url?: string;
  publisher?: string;
  /** `YYYY-MM-DD`. */
  published?: string;
  /** The date as written, e.g. `2024-07-01T08:30:00+08:00`. */
  publishedEvidence?: string;
  language?: string;
  translatedFrom?: string;
}

/** What a format reader hands to `assembleSource`: raw paragraphs plus metadata. */
export interface Draft {
  blocks: Block[];
  meta: Meta;
  diagnostics: Diagnostic[];
  /** Plain text has no markup: the first paragraph is the headline (txt only). */
  guessHeadline: boolean;
  /** Plain text has no markup: short unpunctuated lines are subheads (txt, json bodies). */
  guessSubheads: boolean;
}
