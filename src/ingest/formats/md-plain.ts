/**
 * A Markdown file whose body has no markup at all is paragraphs of plain lines, and is read
 * without remark (whose tokenizer made a Markdown file cost two to three times a text file):
 * each run of non-blank lines is one paragraph, as remark makes it. "No markup" is decided
 * conservatively, on characters alone, so that nothing remark would read differently passes:
 * none of `# > * _ \` [ ] < & \ | ~ = !` anywhere (headings, quotes, emphasis, code, links,
 * HTML, entities, escapes, fences, setext underlines), no tab, carriage return or other control
 * character, no line that starts with a space, a figure, `+` or `-` (indented code, lists,
 * thematic breaks) and none that ends with a space (hard breaks, trailing white space).
 * YAML front matter, if the file opens with it, is still parsed by remark, alone.
 * test/ingest/md-plain.test.ts checks the two ways agree.
 */
import type { Root, Yaml } from 'mdast';

const MARKUP = /[#>*_`[\]<&\\|~=!\t\r\x00-\x08\x0b\x0c\x0e-\x1f\x7f]|^[ \d+-]|[ ]$/m;
/** Front matter: the opening fence, then lines up to the first closing fence of its own. */
const FRONT_MATTER = /^---\n(?:[^\n]*\n)*?---\n/;

export interface PlainMarkdown {
  yaml?: Yaml;
  /** Each paragraph's span in the file: [start, end). */
  paragraphs: Array<[start: number, end: number]>;
}

/** The file read as plain paragraphs, or undefined when it has (or may have) markup: remark must read it. */
export function plainMarkdown(fileText: string, parse: (text: string) => Root): PlainMarkdown | undefined {
  let from = 0;
  let yaml: Yaml | undefined;
  if (fileText.startsWith('---')) {
    const front = FRONT_MATTER.exec(fileText);
    if (!front) return undefined;
    const tree = parse(front[0]);
    const only = tree.children.length === 1 ? tree.children[0] : undefined;
    if (only?.type !== 'yaml') return undefined;
    yaml = only;
    from = front[0].length;
  }
  const body = fileText.slice(from);
  if (MARKUP.test(body)) return undefined;
  const paragraphs: Array<[number, number]> = [];
  let start = -1;
  let at = from;
  for (const line of body.split('\n')) {
    if (line.length > 0 && start < 0) start = at;
    if (line.length === 0 && start >= 0) {
      paragraphs.push([start, at - 1]);
      start = -1;
    }
    at += line.length + 1;
  }
  if (start >= 0) paragraphs.push([start, fileText.length]);
  return { ...(yaml ? { yaml } : {}), paragraphs };
}
