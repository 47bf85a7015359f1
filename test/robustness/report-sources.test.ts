/**
 * The report lists every input file with its status, so nothing is silently lost: a source with
 * its diagnostics, or an unreadable input saying why. An article not in English gives no facts.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/index.js';
import { validateReport } from '../../src/report/validate-report.js';
import { loadRules } from '../../src/rules/load-rules.js';

const rules = loadRules(['rules']);
const tool = { name: 'factdiff', version: 'test' };

/** Real sentences from test/corpus/dev/croatia-euro-reuters.txt, and the same in French. */
const ENGLISH = '2023-01-01 09:12\nZAGREB, Jan 1 (Reuters) - Croatia said goodbye to its kuna at midnight and started paying in euros on Sunday, becoming the 20th country to use the single currency.\n\nThe euro zone now has 20 members.\n';
const FRENCH = "ZAGREB, 1er janvier 2023 (Reuters) - La Croatie a dit adieu à sa kuna à minuit et a commencé à payer en euros dimanche, devenant le 20e pays à utiliser la monnaie unique.\n\nLa zone euro compte désormais 20 membres, dont la Croatie.\n";

describe('the report of a drop with bad sources', () => {
  it('lists every file given, with its status and diagnostics, and validates', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'factdiff-drop-'));
    const files: Record<string, string | Uint8Array> = {
      'a-english.txt': ENGLISH,
      'b-french.txt': FRENCH,
      'c-truncated.json': '{"title": "Croatia joins the euro", "body": "The euro zone now has',
      'd-binary.txt': new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]),
      'e-empty.md': '',
    };
    for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
    const report = await check({ paths: [dir, join(dir, 'missing.txt')], rules, tool, generatedAt: '2025-01-01T00:00:00.000Z' });
    expect(validateReport(report)).toEqual([]);
    const status = Object.fromEntries(report.sources.map((s) => [s.path.replace(`${dir}/`, ''), [s.publishedFrom, s.facts, s.diagnostics.map((d) => d.code)]]));
    expect(status).toEqual({
      'a-english.txt': ['dateline+header', report.claims.length, []],
      'b-french.txt': ['undated', 0, ['not-english', 'undated']],
      'c-truncated.json': ['unreadable', 0, ['invalid-json']],
      'd-binary.txt': ['unreadable', 0, ['binary-file']],
      'e-empty.md': ['unreadable', 0, ['empty-file']],
      'missing.txt': ['unreadable', 0, ['unreadable']],
    });
    expect(report.claims.length).toBeGreaterThan(0);
    expect(report.claims.every((c) => c.source.endsWith('a-english.txt'))).toBe(true);
  });

  it('skips a source over the size limit the caller sets', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'factdiff-drop-'));
    writeFileSync(join(dir, 'a.txt'), ENGLISH);
    writeFileSync(join(dir, 'b.txt'), ENGLISH.repeat(10));
    const report = await check({ paths: [dir], rules, tool, generatedAt: '2025-01-01T00:00:00.000Z', maxSourceBytes: 1000 });
    expect(report.sources.map((s) => [s.path.replace(`${dir}/`, ''), s.diagnostics.map((d) => d.code)])).toEqual([['a.txt', []], ['b.txt', ['too-large']]]);
  });
});
