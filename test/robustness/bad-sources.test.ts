/**
 * The bad-input matrix: every kind of broken or hostile source file, and the exact diagnostic
 * it gives. A bad source is never an exception: it is a source with diagnostics, or a failed
 * input saying what was expected and where.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locate, readInputs } from '../../src/ingest/index.js';
import type { Diagnostic, Source } from '../../src/types.js';

/** Real sentences (test/corpus/dev/croatia-euro-reuters.txt), dated by their dateline's header. */
const ARTICLE = [
  '2023-01-01 09:12',
  'ZAGREB, Jan 1 (Reuters) - Croatia said goodbye to its kuna at midnight and started paying in euros on Sunday, becoming the 20th country to use the single currency.',
  '',
  'The euro zone now has 20 members.',
  '',
].join('\n');
const DATED: Diagnostic[] = [];
const UNDATED: Diagnostic = { code: 'undated', severity: 'warning', message: 'no publication date: no metadata, dateline or date header; relative times stay unresolved' };

const utf8 = (text: string) => Buffer.from(text, 'utf8');
const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
const utf16be = (text: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);

/** A fresh folder holding the given files. */
function drop(files: Record<string, Uint8Array | string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'factdiff-bad-'));
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
  return dir;
}

type Outcome = { source: Diagnostic[] } | { failed: Diagnostic[] };

/** What reading one file gives: its source's diagnostics, or the failed input's. */
async function outcome(name: string, bytes: Uint8Array | string): Promise<Outcome> {
  const dir = drop({ [name]: bytes });
  const { sources, failed } = await readInputs([dir]);
  expect(sources.length + failed.length, 'one result').toBe(1);
  return sources[0] ? { source: sources[0].diagnostics } : { failed: failed[0]?.diagnostics ?? [] };
}

describe('a bad source is a diagnostic, not a crash', () => {
  it.each<[string, string, Uint8Array | string, Outcome]>([
    ['invalid JSON', 'a.json', '{"title": "Croatia joins the euro" "body": "x"}', { failed: [{ code: 'invalid-json', severity: 'error', message: "invalid JSON: expected ',' or '}' after a property value, found \"\\\"\"", line: 1, column: 36 }] }],
    ['truncated JSON', 'a.json', '{"title": "Croatia joins the euro",\n "body": "The euro zone now has 20 me', { failed: [{ code: 'invalid-json', severity: 'error', message: "invalid JSON: expected a closing '\"', found end of input", line: 2, column: 38 }] }],
    ['JSON that is not an article', 'a.json', '"The euro zone now has 20 members."', { failed: [{ code: 'invalid-json-shape', severity: 'error', message: 'expected a JSON object {title, url, publisher, published, body} or an array of them, found "The euro zone now has 20 members."', line: 1, column: 1 }] }],
    ['malformed front matter', 'a.md', '---\ntitle: [Croatia joins\n---\nThe euro zone now has 20 members, officials said on Sunday in the capital.\n', { source: [{ code: 'invalid-front-matter', severity: 'error', message: 'invalid YAML front matter: Flow sequence in block collection must be sufficiently indented and end with a ]', line: 2, column: 22 }, UNDATED] }],
    ['a published that is no date', 'a.md', '---\npublished: last Sunday\n---\nThe euro zone now has 20 members, officials said in the capital.\n', { source: [{ code: 'invalid-date', severity: 'warning', message: '"published" must be a date (e.g. 2024-07-01, 2024-07-01T08:30:00Z or July 1, 2024), found "last Sunday"', line: 2, column: 12 }, UNDATED] }],
    ['an empty file', 'a.txt', '', { failed: [{ code: 'empty-file', severity: 'error', message: 'empty file (0 bytes): expected an article' }] }],
    ['a file of blank lines', 'a.txt', '\n \n\t\n', { failed: [{ code: 'empty', severity: 'error', message: 'no article text left after removing page furniture' }] }],
    ['a binary file', 'a.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), { failed: [{ code: 'binary-file', severity: 'error', message: 'not a text file: found a NUL byte at offset 8' }] }],
    ['control characters', 'a.txt', Buffer.from('\x01\x02\x03\x04 euro \x05\x06\x07\x08\x0e\x0f'), { failed: [{ code: 'binary-file', severity: 'error', message: 'not a text file: found 10 control characters in the first 16' }] }],
    ['invalid UTF-8', 'a.txt', Buffer.concat([utf8(ARTICLE.replace('kuna', 'kuna (€)')), Buffer.from([0xe2, 0x82]), utf8(' cut.\n')]), { source: [{ code: 'invalid-encoding', severity: 'warning', message: 'not valid UTF-8: 1 invalid byte sequence replaced with U+FFFD, the first at byte 222', line: 5, column: 1 }] }],
    ['UTF-8 with a BOM', 'a.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(ARTICLE)]), { source: DATED }],
    ['UTF-16 LE with a BOM', 'a.txt', utf16le(ARTICLE), { source: DATED }],
    ['UTF-16 BE with a BOM', 'a.txt', utf16be(ARTICLE), { source: DATED }],
    ['UTF-16 LE without a BOM', 'a.txt', Buffer.from(ARTICLE, 'utf16le'), { source: [{ code: 'utf16-without-bom', severity: 'info', message: 'no byte order mark: read as UTF-16 LE from the pattern of its NUL bytes' }] }],
    ['Windows-1252', 'a.txt', Buffer.from(ARTICLE.replace('goodbye', '\x93goodbye\x94').replace('Sunday', 'Sunday \x96 caf\xe9s too'), 'latin1'), { source: [{ code: 'windows-1252', severity: 'info', message: 'not UTF-8: read as Windows-1252 (the first character outside ASCII, "“", is byte 56)', line: 2, column: 40 }] }],
    ['not English (French)', 'a.txt', 'ZAGREB, 1 janvier 2023 - La Croatie a dit adieu à sa kuna à minuit et a commencé à payer en euros dimanche, devenant le 20e pays à utiliser la monnaie unique. La zone euro compte désormais 20 membres.\n', { source: [UNDATED, { code: 'not-english', severity: 'warning', message: 'not English (looks like French); no facts extracted: the extractors read English only' }] }],
    ['not English (Chinese)', 'a.txt', '克罗地亚周日告别库纳，开始使用欧元，成为第20个使用单一货币的国家。欧元区现在有20个成员。\n', { source: [UNDATED, { code: 'not-english', severity: 'warning', message: 'not English (looks like Han script); no facts extracted: the extractors read English only' }] }],
    ['a language in the metadata', 'a.md', '---\nlanguage: hr\n---\nHrvatska je u nedjelju uvela euro kao službenu valutu.\n', { source: [UNDATED, { code: 'not-english', severity: 'warning', message: 'not English (its metadata says language "hr"); no facts extracted: the extractors read English only' }] }],
  ])('%s', async (_name, file, bytes, expected) => {
    expect(await outcome(file, bytes)).toEqual(expected);
  });

  it('reads the other elements of a JSON array when one is bad', async () => {
    const dir = drop({ 'a.json': '[{"published": "2023-01-01", "body": "The euro zone now has 20 members."},\n 42,\n {"title": "No body"}]' });
    const { sources, failed } = await readInputs([dir]);
    expect(sources.map((s) => s.id)).toEqual([`${dir}/a.json#0`]);
    expect(failed).toEqual([
      { path: `${dir}/a.json#1`, diagnostics: [{ code: 'invalid-element', severity: 'error', message: 'element #1: expected an object {title, url, publisher, published, body}, found a number (42)', line: 2, column: 2 }] },
      { path: `${dir}/a.json#2`, diagnostics: [{ code: 'missing-body', severity: 'error', message: 'element #2: expected "body" to be a non-empty string (paragraphs separated by a blank line), found nothing', line: 3, column: 2 }] },
    ]);
  });
});

/** Line and column in the file of a phrase of the only source read from `dir`. */
async function placeIn(dir: string, phrase: string): Promise<{ text: string; line: number; column: number }> {
  const { sources } = await readInputs([dir]);
  const source = sources[0] as Source;
  const index = source.text.indexOf(phrase);
  expect(index, `"${phrase}" in the text`).toBeGreaterThanOrEqual(0);
  const { line, column } = locate(source, index);
  return { text: source.text.slice(index, index + phrase.length), line, column };
}

describe('line endings and encodings keep positions right', () => {
  it.each([
    ['LF', utf8(ARTICLE)],
    ['CRLF', utf8(ARTICLE.replace(/\n/g, '\r\n'))],
    ['lone CR', utf8(ARTICLE.replace(/\n/g, '\r'))],
    ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(ARTICLE)])],
    ['UTF-16 LE', utf16le(ARTICLE)],
    ['UTF-16 BE with CRLF', utf16be(ARTICLE.replace(/\n/g, '\r\n'))],
  ])('%s', async (_name, bytes) => {
    const dir = drop({ 'a.txt': bytes });
    expect(await placeIn(dir, 'The euro zone now has 20 members.')).toEqual({ text: 'The euro zone now has 20 members.', line: 4, column: 1 });
    expect(await placeIn(dir, 'becoming the 20th country')).toMatchObject({ line: 2, column: (ARTICLE.split('\n')[1] ?? '').indexOf('becoming the 20th') + 1 });
  });
});

describe('files that must not be read whole, or at all', () => {
  it('reads a file of one 5 MB line, bounded', async () => {
    const line = 'The euro zone now has 20 members and Croatia is the newest of them. '.repeat(75_000);
    const { sources, failed } = await readInputs([drop({ 'a.txt': line })]);
    expect(failed).toEqual([]);
    expect(sources[0]?.text.length).toBe(line.trim().length);
  });

  it('skips a file over the size limit without reading it', async () => {
    const dir = drop({ 'big.txt': ARTICLE.repeat(20), 'small.txt': ARTICLE });
    const read: string[] = [];
    const fs = await import('node:fs/promises');
    const spy = { stat: fs.stat, readdir: (p: string) => fs.readdir(p), readFile: (p: string) => (read.push(p), fs.readFile(p)) };
    const { sources, failed } = await readInputs([dir], { maxBytes: 1000, fs: spy });
    expect(sources.map((s) => s.path)).toEqual([`${dir}/small.txt`]);
    expect(failed).toEqual([{ path: `${dir}/big.txt`, diagnostics: [{ code: 'too-large', severity: 'error', message: `skipped: ${Buffer.byteLength(ARTICLE) * 20} bytes is over the size limit of 1000 bytes (--max-size)` }] }]);
    expect(read).toEqual([`${dir}/small.txt`]);
  });

  it('reports a file it may not read (injected: tests run as root)', async () => {
    const dir = drop({ 'secret.txt': ARTICLE, 'open.txt': ARTICLE });
    const fs = await import('node:fs/promises');
    const denied = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    const guarded = { stat: fs.stat, readdir: (p: string) => fs.readdir(p), readFile: (p: string) => (p.endsWith('secret.txt') ? Promise.reject(denied) : fs.readFile(p)) };
    const { sources, failed } = await readInputs([dir], { fs: guarded });
    expect(sources.map((s) => s.path)).toEqual([`${dir}/open.txt`]);
    expect(failed).toEqual([{ path: `${dir}/secret.txt`, diagnostics: [{ code: 'unreadable', severity: 'error', message: `cannot read ${dir}/secret.txt: permission denied` }] }]);
  });

  it('reports a symbolic-link loop, and a link back to a parent folder, once each', async () => {
    const dir = drop({ 'a.txt': ARTICLE });
    symlinkSync(join(dir, 'loop-b.txt'), join(dir, 'loop-a.txt'));
    symlinkSync(join(dir, 'loop-a.txt'), join(dir, 'loop-b.txt'));
    mkdirSync(join(dir, 'sub'));
    symlinkSync(dir, join(dir, 'sub', 'up'));
    const { sources, failed } = await readInputs([dir]);
    expect(sources.map((s) => s.path)).toEqual([`${dir}/a.txt`]);
    expect(failed).toEqual([
      { path: `${dir}/loop-a.txt`, diagnostics: [{ code: 'symlink-loop', severity: 'error', message: `cannot read ${dir}/loop-a.txt: its symbolic links form a loop` }] },
      { path: `${dir}/loop-b.txt`, diagnostics: [{ code: 'symlink-loop', severity: 'error', message: `cannot read ${dir}/loop-b.txt: its symbolic links form a loop` }] },
      { path: `${dir}/sub/up`, diagnostics: [{ code: 'symlink-loop', severity: 'error', message: `cannot read ${dir}/sub/up: its symbolic links form a loop` }] },
    ]);
  });

  it('says so for a directory named like a source, and walks one that holds sources', async () => {
    const dir = drop({});
    mkdirSync(join(dir, 'x.md'));
    mkdirSync(join(dir, 'y.txt'));
    writeFileSync(join(dir, 'y.txt', 'inner.txt'), ARTICLE);
    const { sources, failed } = await readInputs([dir]);
    expect(sources.map((s) => s.path)).toEqual([`${dir}/y.txt/inner.txt`]);
    expect(failed).toEqual([{ path: `${dir}/x.md`, diagnostics: [{ code: 'directory-named-like-source', severity: 'warning', message: `${dir}/x.md is a directory named like a .md source and holds no source files; nothing read` }] }]);
  });

  it('skips a named pipe instead of waiting on it forever', async () => {
    const dir = drop({ 'a.txt': ARTICLE });
    execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
    const { sources, failed } = await readInputs([dir]);
    expect(sources.map((s) => s.path)).toEqual([`${dir}/a.txt`]);
    expect(failed).toEqual([{ path: `${dir}/pipe.txt`, diagnostics: [{ code: 'not-a-file', severity: 'error', message: `skipped: ${dir}/pipe.txt is a named pipe, not a regular file` }] }]);
  });

  it('reports a path that does not exist', async () => {
    const { failed } = await readInputs(['no/such/drop']);
    expect(failed).toEqual([{ path: 'no/such/drop', diagnostics: [{ code: 'unreadable', severity: 'error', message: 'cannot read no/such/drop: no such file or directory' }] }]);
  });
});
