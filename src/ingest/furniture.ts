import table from './furniture.json' with { type: 'json' };
import { wordCount } from './word-count.js';

/** What to do with one paragraph of a page. */
export type FurnitureVerdict =
  | { kind: 'keep' }
  | { kind: 'drop'; rule: string }
  /** A `Source: NAME` line: dropped from the text, its name kept as a publisher hint. */
  | { kind: 'source'; name: string };

interface Rule {
  id: string;
  pattern: RegExp;
  /** A part every match of `pattern` contains, with its flags: most paragraphs fail this quick test and are never tried on the pattern. */
  requires?: RegExp;
  maxWords: number;
}

const rules: Rule[] = table.drop.map((entry) => {
  const flags = 'caseSensitive' in entry && entry.caseSensitive ? 'u' : 'iu';
  return {
    id: entry.id,
    pattern: new RegExp(entry.pattern, flags),
    ...('requires' in entry && typeof entry.requires === 'string' ? { requires: new RegExp(entry.requires, flags) } : {}),
    maxWords: 'maxWords' in entry && typeof entry.maxWords === 'number' ? entry.maxWords : 8,
  };
});

const labels = [...table.navigationLabels]
  .sort((a, b) => b.length - a.length)
  .map((label) => label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s*'));
const navigation = new RegExp(`^(?:\\s*(?:${labels.join('|')})\\s*[|·•/>»,-]*)+$`, 'iu');
const source = new RegExp(table.source.pattern, 'iu');
/** Each end marker, and the characters a paragraph it matches ends with once trailing white space is trimmed (its patterns end in `\\s*$`). */
const endMarkers = table.endMarkers.map((marker) => ({ pattern: new RegExp(marker.pattern, 'u'), endsWith: marker.endsWith }));

/**
 * Classifies one paragraph as page furniture (cookie banners, disclaimers, licence lines,
 * navigation crumbs, scrape artefacts, view counters) or article text. The patterns are data in
 * `furniture.json`; each has a word limit so that a long sentence stating facts is never dropped.
 */
export function classifyFurniture(paragraph: string): FurnitureVerdict {
  const text = paragraph.trim();
  const words = wordCount(text);
  const src = source.exec(text)?.groups?.name;
  if (src && words <= table.source.maxWords) return { kind: 'source', name: src.trim() };
  if (words <= 12 && navigation.test(text)) return { kind: 'drop', rule: 'navigation' };
  const rule = rules.find((r) => words <= r.maxWords && (!r.requires || r.requires.test(text)) && r.pattern.test(text));
  return rule ? { kind: 'drop', rule: rule.id } : { kind: 'keep' };
}

/** The length of `paragraph` once a wire end marker (`–0–`, `(END)`, `###`) is cut off its end. */
export function lengthWithoutEndMarker(paragraph: string): number {
  // `trimEnd` removes what `\s` matches: the last character a marker's match can end on, before its `\s*$`.
  const trimmed = paragraph.trimEnd();
  const last = trimmed[trimmed.length - 1] ?? '';
  for (const marker of endMarkers) {
    if (last === '' || !marker.endsWith.includes(last)) continue;
    const m = marker.pattern.exec(paragraph);
    if (m && m.index > 0) return m.index;
  }
  return paragraph.length;
}

/**
 * A publisher name from a `Source:` line: repeated names and trailing dashes removed
 * (`X – X –` → `X`).
 */
export function publisherFromSourceLine(name: string): string | undefined {
  const parts = name.split(/\s+[-–—|]\s*|\s*[-–—]\s*$/u).map((p) => p.trim()).filter((p) => p.length > 0);
  return parts[0];
}
