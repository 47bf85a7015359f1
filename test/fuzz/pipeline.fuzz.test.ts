/**
 * Property tests of the whole pipeline (ingest, extract, compare, report) on small drops of
 * mutated real articles: it never throws, the report validates against its schema, every
 * claim's evidence lies inside its file at the line and column it names, and the same files
 * give the same bytes whatever order they are given in.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check, type Report } from '../../src/index.js';
import { decode } from '../../src/ingest/decode.js';
import { lineStartsOf } from '../../src/ingest/lines.js';
import { formatJson } from '../../src/report/format-json.js';
import { validateReport } from '../../src/report/validate-report.js';
import { loadRules } from '../../src/rules/load-rules.js';
import { CORPUS, mutate, mutation, SEED } from './mutate.js';

const rules = loadRules(['rules']);
const tool = { name: 'factdiff', version: 'fuzz' };
const generatedAt = '2025-01-01T00:00:00.000Z';

/** A drop: two or three mutated articles, written to a fresh folder. */
const dropOf = fc.array(fc.record({ article: fc.constantFrom(...CORPUS.map((a) => a.name)), mutations: fc.array(mutation, { maxLength: 3 }) }), { minLength: 2, maxLength: 3 });

function write(files: Array<{ article: string; mutations: Parameters<typeof mutate>[1] }>): { paths: string[]; bytes: Map<string, Uint8Array> } {
  const dir = mkdtempSync(join(tmpdir(), 'factdiff-fuzz-'));
  const bytes = new Map<string, Uint8Array>();
  files.forEach(({ article, mutations }, i) => {
    const path = join(dir, `${i}-${article}`);
    const content = mutate(CORPUS.find((a) => a.name === article)?.bytes ?? Buffer.alloc(0), mutations);
    writeFileSync(path, content);
    bytes.set(path, content);
  });
  return { paths: [...bytes.keys()], bytes };
}

/** Every claim's evidence is inside its file, and its line and column are those of its offset. */
function assertEvidenceInside(report: Report, bytes: ReadonlyMap<string, Uint8Array>): void {
  for (const claim of report.claims) {
    const file = bytes.get(claim.source.replace(/#\d+$/, ''));
    expect(file, `the file of ${claim.source}`).toBeDefined();
    const decoded = decode(file as Uint8Array);
    const text = 'text' in decoded ? decoded.text : '';
    const starts = lineStartsOf(text);
    const { line, column, offset, length } = claim.evidence;
    expect(offset >= 0 && offset + length <= text.length, `${claim.id} evidence [${offset}, +${length}) in ${text.length}`).toBe(true);
    expect(line >= 1 && line <= starts.length).toBe(true);
    expect((starts[line - 1] ?? -1) + column - 1).toBe(offset);
  }
}

/** Words of real sentences, numbers and punctuation, for short random texts that reach the extractors. */
const WORDS = [
  ...new Set(
    CORPUS.slice(0, 8)
      .flatMap((a) => a.bytes.toString('utf8').split(/\s+/))
      .filter((w) => w.length > 0 && w.length < 20 && !/[<>{}"]/.test(w))
      .slice(0, 4000),
  ),
].sort();
const sentence = fc.array(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...WORDS) }, fc.constantFrom('10', 'nine', '2024', 'members', 'member states', 'summit', 'joined', 'said', '"', '.', ',', '(', ')', '--'), fc.string({ maxLength: 8 })), { minLength: 1, maxLength: 30 }).map((w) => w.join(' '));
const shortText = fc.array(sentence, { minLength: 1, maxLength: 6 }).map((lines) => lines.join('\n'));

describe('the pipeline, fuzzed', () => {
  it('extracts and compares short random texts of real words without failing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(shortText, { minLength: 1, maxLength: 3 }), async (texts) => {
        const dir = mkdtempSync(join(tmpdir(), 'factdiff-fuzz-'));
        const bytes = new Map<string, Uint8Array>();
        texts.forEach((text, i) => bytes.set(join(dir, `${i}.txt`), Buffer.from(text)));
        for (const [path, content] of bytes) writeFileSync(path, content);
        const report = await check({ paths: [...bytes.keys()], rules, tool, generatedAt });
        expect(validateReport(report)).toEqual([]);
        expect(report.sources.flatMap((s) => s.diagnostics.filter((d) => d.code === 'extract-failed'))).toEqual([]);
        assertEvidenceInside(report, bytes);
      }),
      { seed: SEED, numRuns: 60 },
    );
  }, 120_000);

  it('never throws, validates, keeps evidence inside its file, and ignores file order', async () => {
    await fc.assert(
      fc.asyncProperty(dropOf, async (files) => {
        const { paths, bytes } = write(files);
        const report = await check({ paths, rules, tool, generatedAt });
        expect(validateReport(report)).toEqual([]);
        expect(report.sources.length).toBeGreaterThanOrEqual(paths.length);
        expect(report.sources.flatMap((s) => s.diagnostics.filter((d) => d.code === 'extract-failed'))).toEqual([]);
        assertEvidenceInside(report, bytes);
        const reversed = await check({ paths: [...paths].reverse(), rules, tool, generatedAt });
        expect(formatJson(reversed)).toBe(formatJson(report));
      }),
      { seed: SEED, numRuns: 12 },
    );
  }, 120_000);
});
