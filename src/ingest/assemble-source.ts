import type { Diagnostic, FailedInput, Source, SourceFormat, ZoneKind } from '../types.js';
import { cleanBlocks } from './clean-blocks.js';
import { matchDateline, type Dateline } from './dateline.js';
import { diagnostic } from './diagnostics.js';
import { languageDiagnostic } from './language.js';
import { normalizeChars } from './mapped-text.js';
import type { Draft, Meta } from './draft.js';
import { publicationFromText, type Publication } from './publication-date.js';
import { buildText, type Paragraph } from './text-builder.js';
import { assignZones } from './zones.js';

/** The file a draft came from. */
export interface FileContext {
  id: string;
  path: string;
  format: SourceFormat;
  lineStarts: number[];
}

/** How many paragraphs from the top a wire dateline is looked for. */
const DATELINE_REACH = 6;
const NO_DATELINE: ReadonlySet<ZoneKind | undefined> = new Set(['headline', 'subhead', 'caption']);

/**
 * Turns a reader's draft into a `Source`: normalises spaces, drops furniture, finds the dateline, zones the
 * paragraphs, dates the source (sidecar, then metadata, then the text itself), and builds the
 * text with its segments. A draft with no article text left is a `FailedInput`; an article that
 * is not in English is a source with a `not-english` diagnostic (and is not extracted).
 */
export function assembleSource(draft: Draft, file: FileContext, sidecar: Meta = {}): Source | FailedInput {
  const cleaned = cleanBlocks(draft.blocks.map((b) => ({ ...b, content: normalizeChars(b.content) })));
  const texts = cleaned.blocks.map((b) => b.content.text);
  const { index, dateline } = findDateline(cleaned.blocks.map((b) => b.kind), texts);
  const kinds = assignZones(
    cleaned.blocks.map((b, i) => ({ text: texts[i] ?? '', ...(b.kind ? { kind: b.kind } : {}), startsWithDateline: i === index })),
    draft,
  );
  const paragraphs: Paragraph[] = cleaned.blocks.map((b, i) => ({
    kind: kinds[i] ?? 'body',
    content: b.content,
    ...(i === index && dateline ? { datelineLength: dateline.text.length } : {}),
  }));
  const built = buildText(paragraphs);
  if (built.text.length === 0) {
    return { path: file.path, diagnostics: [...draft.diagnostics, diagnostic('empty', 'error', {})] };
  }
  const meta: Meta = { ...draft.meta, ...sidecar };
  const publication = sidecar.published
    ? fromMeta(sidecar, 'sidecar')
    : draft.meta.published
      ? fromMeta(draft.meta, 'metadata')
      : publicationFromText({ ...(dateline ? { dateline } : {}), headers: cleaned.headers, paragraphs: texts });
  const headline = paragraphs.find((p) => p.kind === 'headline')?.content.text;
  const optional = {
    title: meta.title ?? headline,
    publisher: meta.publisher ?? dateline?.agency ?? cleaned.bylines[0] ?? cleaned.sourceNames[0],
    url: meta.url,
    published: publication.published,
    publishedEvidence: publication.publishedEvidence,
    language: meta.language,
    translatedFrom: meta.translatedFrom,
  };
  const language = languageDiagnostic(built.text, meta.language);
  const diagnostics: Diagnostic[] = [...draft.diagnostics, ...publication.diagnostics, ...(language ? [language] : [])];
  return {
    id: file.id,
    path: file.path,
    format: file.format,
    ...definedOnly(optional),
    publishedFrom: publication.publishedFrom,
    ...built,
    lineStarts: file.lineStarts,
    diagnostics,
  };
}

function findDateline(kinds: readonly (ZoneKind | undefined)[], texts: readonly string[]) {
  for (let i = 0; i < Math.min(DATELINE_REACH, texts.length); i++) {
    if (NO_DATELINE.has(kinds[i])) continue;
    const dateline: Dateline | undefined = matchDateline(texts[i] ?? '');
    if (dateline) return { index: i, dateline };
  }
  return { index: -1, dateline: undefined };
}

function fromMeta(meta: Meta, publishedFrom: 'sidecar' | 'metadata'): Publication {
  return {
    publishedFrom,
    diagnostics: [],
    ...(meta.published ? { published: meta.published } : {}),
    ...(meta.publishedEvidence ? { publishedEvidence: meta.publishedEvidence } : {}),
  };
}

function definedOnly<T extends Record<string, unknown>>(record: T): Partial<T> {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** True when `assembleSource` produced a source rather than a failure. */
export function isSource(value: Source | FailedInput): value is Source {
  return 'id' in value;
}
