/**
 * The ingest cache: what ingest made of each file is read back instead of parsing the file again,
 * keyed on the file's path and bytes and its sidecar's; a damaged entry is a miss (said, and
 * written again); the report is byte for byte the same cold, warm and without the cache.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { sourceDigest } from '../../src/cache/claim-key.js';
import { FileClaimCache } from '../../src/cache/file-claim-cache.js';
import { FileEntryStore } from '../../src/cache/file-entry-store.js';
import { FileIngestCache } from '../../src/cache/file-ingest-cache.js';
import { groupReprints } from '../../src/compare/voices/group-reprints.js';
import { check } from '../../src/index.js';
import { readInputs } from '../../src/ingest/index.js';
import { formatHtml } from '../../src/report/format-html.js';
import { formatJson } from '../../src/report/format-json.js';
import { projectRules } from '../support/sources.js';

const tmp = (name: string) => mkdtempSync(join(tmpdir(), `factdiff-ingest-cache-${name}-`));
const cacheIn = (dir: string, warn?: (m: string) => void, salt = 'build') => new FileIngestCache(new FileEntryStore(dir, { salt }), warn ? { warn } : {});

/** A copy of a drop in a temporary folder. */
function copyOf(original: string): string {
  const drop = join(tmp('drop'), 'drop');
  cpSync(original, drop, { recursive: true });
  return drop;
}

describe.each([['sources'], ['test/fixtures/ingest'], ['test/corpus/dev']])('the ingest cache on %s', (original) => {
  it('reads back exactly what ingest made, with the same claim-key digests and reprint groups', async () => {
    const drop = copyOf(original);
    const dir = tmp('cache');
    const plain = await readInputs([drop]);
    const cold = cacheIn(dir);
    expect(isDeepStrictEqual(await readInputs([drop], { cache: cold }), plain)).toBe(true);
    const warm = cacheIn(dir);
    const read = await readInputs([drop], { cache: warm });
    expect(isDeepStrictEqual(read, plain)).toBe(true);
    expect(read.sources.map(sourceDigest)).toEqual(plain.sources.map(sourceDigest));
    expect([...groupReprints(read.sources)]).toEqual([...groupReprints(plain.sources)]);
    expect(warm.stats.misses).toBe(0);
    expect(warm.stats.hits).toBe(cold.stats.writes);
    expect(cold.stats.writes).toBeGreaterThan(0);
  });
});

describe('the ingest cache', () => {
  it('parses again only the file whose bytes, or whose sidecar, changed', async () => {
    const drop = copyOf('sources');
    const dir = tmp('cache');
    await readInputs([drop], { cache: cacheIn(dir) });
    const file = join(drop, readdirSync(drop).sort()[0]!);
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nOne more paragraph was added.\n`);
    const edited = cacheIn(dir);
    const read = await readInputs([drop], { cache: edited });
    expect(edited.stats).toEqual({ hits: 4, misses: 1, writes: 1 });
    expect(isDeepStrictEqual(read, await readInputs([drop]))).toBe(true);

    writeFileSync(file.replace(/\.\w+$/, '.meta.json'), JSON.stringify({ published: '2020-01-02' }));
    const sidecar = cacheIn(dir);
    const dated = await readInputs([drop], { cache: sidecar });
    expect(sidecar.stats).toEqual({ hits: 4, misses: 1, writes: 1 });
    expect(dated.sources.find((s) => s.path === file)?.published).toBe('2020-01-02');
  });

  it('keeps builds apart by salt', async () => {
    const dir = tmp('cache');
    await readInputs(['sources'], { cache: cacheIn(dir, undefined, 'build-1') });
    const other = cacheIn(dir, undefined, 'build-2');
    await readInputs(['sources'], { cache: other });
    expect(other.stats.hits).toBe(0);
  });

  it.each([
    ['truncated', (text: string) => text.slice(0, text.length / 2)],
    ['not JSON', () => 'garbage\n{'],
    ['edited', (text: string) => text.replace('"text":"', '"text":"X')],
    ['of another shape', (text: string) => {
      const [header = ''] = text.split('\n');
      const body = JSON.stringify({ result: { sources: [] } });
      return `${header.replace(/"sha256":"[0-9a-f]+"/, `"sha256":"${sha256(body)}"`)}\n${body}\n`;
    }],
  ])('treats a %s entry as a miss, says so, and writes it again', async (_, damage) => {
    const dir = tmp('cache');
    const file = 'sources/001_a77efa4691674d51.txt';
    await readInputs([file], { cache: cacheIn(dir) });
    const [entry] = readdirSync(dir);
    writeFileSync(join(dir, entry!), damage(readFileSync(join(dir, entry!), 'utf8')));
    const warnings: string[] = [];
    const damaged = cacheIn(dir, (m) => warnings.push(m));
    expect(isDeepStrictEqual(await readInputs([file], { cache: damaged }), await readInputs([file]))).toBe(true);
    expect(damaged.stats).toEqual({ hits: 0, misses: 1, writes: 1 });
    expect(warnings).toEqual([expect.stringMatching(/^damaged cache entry .*: ignored, the file is read again$/)]);
    const again = cacheIn(dir);
    await readInputs([file], { cache: again });
    expect(again.stats.hits).toBe(1);
  });

  it('gives the same report, byte for byte, with and without it, cold and warm', async () => {
    const drop = copyOf('test/fixtures/alliance');
    const dir = tmp('cache');
    const run = async (cached: boolean) => {
      const claims = new FileClaimCache(dir, { salt: 'build' });
      const ingest = new FileIngestCache(claims.store);
      const report = await check({ paths: [drop], rules: projectRules, tool: { name: 'factdiff', version: 'test' }, generatedAt: '2026-01-01T00:00:00.000Z', ...(cached ? { cache: claims, ingestCache: ingest } : {}) });
      return { text: formatJson(report) + formatHtml(report), ingest };
    };
    const plain = await run(false);
    const cold = await run(true);
    const warm = await run(true);
    expect(cold.text).toBe(plain.text);
    expect(warm.text).toBe(plain.text);
    expect(warm.ingest.stats.misses).toBe(0);
    expect(warm.ingest.stats.hits).toBe(cold.ingest.stats.writes);
  });
});

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
