import type { Yaml } from 'mdast';
import { isMap, isPair, isScalar, LineCounter, parseDocument } from 'yaml';
import type { Diagnostic } from '../../types.js';
import { align } from '../align.js';
import { diagnostic } from '../diagnostics.js';
import type { Meta } from '../draft.js';
import { lineColumn } from '../lines.js';
import { collapseWhitespace, type MappedText } from '../mapped-text.js';
import { readMetaFields, type FieldValue } from '../meta-fields.js';

/** The metadata of a Markdown file's YAML front matter. */
export interface FrontMatter {
  meta: Meta;
  diagnostics: Diagnostic[];
  /** The `title` value mapped to the file, for a headline when the body has none. */
  title?: MappedText;
}

/**
 * Parses front matter with `yaml`; errors and bad fields are reported at their line and column
 * in the Markdown file (front matter lines start in column 1 after the opening `---`).
 */
export function readFrontMatter(node: Yaml, fileText: string, lineStarts: readonly number[]): FrontMatter {
  const fence = node.position?.start.offset ?? 0;
  const contentStart = fence + (/^---[ \t]*(?:\r\n|\r|\n)/.exec(fileText.slice(fence))?.[0].length ?? 4);
  const firstLine = lineColumn(lineStarts, contentStart).line;
  const counter = new LineCounter();
  const doc = parseDocument(node.value, { lineCounter: counter, prettyErrors: false });
  const placeOf = (offset: number) => {
    const { line, col } = counter.linePos(offset);
    return { line: firstLine + line - 1, column: col };
  };
  const error = doc.errors[0];
  if (error) {
    const reason = error.message.split('\n')[0] ?? error.code;
    return { meta: {}, diagnostics: [diagnostic('invalid-front-matter', 'error', { reason }, placeOf(error.pos[0]))] };
  }
  if (!isMap(doc.contents)) {
    const reason = 'expected a mapping of fields (title, url, publisher, published, ...)';
    return { meta: {}, diagnostics: [diagnostic('invalid-front-matter', 'error', { reason }, placeOf(0))] };
  }
  const fields = new Map<string, FieldValue>();
  let title: MappedText | undefined;
  for (const pair of doc.contents.items) {
    if (!isPair(pair) || !isScalar(pair.key)) continue;
    const key = String(pair.key.value);
    const value = isScalar(pair.value) ? pair.value.value : pair.value?.toJSON();
    const range = pair.value && 'range' in pair.value ? pair.value.range : undefined;
    fields.set(key, { value, ...(range ? { place: placeOf(range[0]) } : {}) });
    if (key === 'title' && typeof value === 'string' && range) {
      title = collapseWhitespace(align(value, fileText, contentStart + range[0], contentStart + range[1]));
    }
  }
  return { ...readMetaFields(fields), ...(title && title.text ? { title } : {}) };
}
