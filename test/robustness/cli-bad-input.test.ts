/** The command line on bad input: `--max-size`, exit codes with bad and unreadable sources. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck, type CheckFlags } from '../../src/cli/check-command.js';
import { parseSize } from '../../src/cli/parse-size.js';
import { UsageError } from '../../src/errors/index.js';

const tool = { name: 'factdiff', version: 'test' };
/** Real sentences (test/corpus/dev/croatia-euro-reuters.txt). */
const ARTICLE = '2023-01-01 09:12\nZAGREB, Jan 1 (Reuters) - Croatia said goodbye to its kuna at midnight and started paying in euros on Sunday, becoming the 20th country to use the single currency.\n\nThe euro zone now has 20 members.\n';

async function run(paths: string[], flags: Partial<CheckFlags> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCheck(paths, { format: 'json', cache: false, ...flags }, tool, { stdout: (s) => out.push(s), stderr: (s) => err.push(s), color: false });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

function drop(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'factdiff-cli-bad-'));
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
  return dir;
}

describe('parseSize', () => {
  it.each([
    ['20mb', 20 * 1024 * 1024],
    ['20MB', 20 * 1024 * 1024],
    ['500 kb', 500 * 1024],
    ['1.5GiB', 1.5 * 1024 ** 3],
    ['1048576', 1_048_576],
    ['10b', 10],
  ])('%s is %d bytes', (typed, bytes) => {
    expect(parseSize('--max-size', typed)).toBe(bytes);
  });

  it.each(['', 'big', '20 parsecs', '-5mb', '0'])('refuses %j, saying what was expected', (typed) => {
    expect(() => parseSize('--max-size', typed)).toThrow(new UsageError(`--max-size must be a positive size such as 20mb, 500kb or 1048576 (bytes), got '${typed}'`));
  });
});

describe('factdiff check with bad sources', () => {
  it('skips a file over --max-size and checks the rest', async () => {
    const dir = drop({ 'big.txt': ARTICLE.repeat(10), 'small.txt': ARTICLE });
    const result = await run([dir], { maxSize: '1kb', failOn: 'never' });
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { sources: Array<{ path: string; diagnostics: Array<{ code: string; message: string }> }> };
    expect(report.sources.map((s) => [s.path.replace(`${dir}/`, ''), s.diagnostics.map((d) => d.message)])).toEqual([
      ['big.txt', [`skipped: ${ARTICLE.length * 10} bytes is over the size limit of 1024 bytes (--max-size)`]],
      ['small.txt', []],
    ]);
  });

  it('does not exit 2 for a bad source beside a good one', async () => {
    const dir = drop({ 'good.txt': ARTICLE, 'bad.json': '{"body": ' });
    expect((await run([dir], { failOn: 'error' })).code).toBe(0);
  });

  it('exits 2 when no source can be read, and says so', async () => {
    const dir = drop({ 'bad.json': '{"body": ', 'empty.txt': '', 'junk.txt': new Uint8Array([0, 1, 2, 3]) });
    const result = await run([dir]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`factdiff: no readable source in ${dir}\n`);
  });
});
