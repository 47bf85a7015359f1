/** Report files: the JSON report streamed to its file is the one `formatJson` gives, and no temporary file is left. */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeAtomically, writeReports } from '../../src/cli/write-reports.js';
import { buildReport } from '../../src/report/build-report.js';
import { formatHtml } from '../../src/report/format-html.js';
import { formatJson } from '../../src/report/format-json.js';
import { fixtureInput } from '../report/fixture.js';

describe('writeReports', () => {
  it('writes the JSON report in pieces, byte for byte the one formatJson gives', () => {
    const dir = mkdtempSync(join(tmpdir(), 'factdiff-write-reports-'));
    const report = buildReport(fixtureInput);
    const written = writeReports(report, { json: join(dir, 'out', 'report.json'), html: join(dir, 'report.html') }, { color: false, sarifRules: [] });
    expect(written).toEqual([join(dir, 'out', 'report.json'), join(dir, 'report.html')]);
    expect(readFileSync(join(dir, 'out', 'report.json'), 'utf8')).toBe(formatJson(report));
    expect(readFileSync(join(dir, 'report.html'), 'utf8')).toBe(formatHtml(report));
    expect(readdirSync(join(dir, 'out'))).toEqual(['report.json']);
  });

  it('leaves neither the file nor a temporary one when writing pieces fails', () => {
    const dir = mkdtempSync(join(tmpdir(), 'factdiff-write-reports-'));
    const file = join(dir, 'report.json');
    expect(() =>
      writeAtomically(file, (write) => {
        write('{"half": ');
        throw new Error('stopped');
      }),
    ).toThrow('stopped');
    expect(readdirSync(dir)).toEqual([]);
  });
});
