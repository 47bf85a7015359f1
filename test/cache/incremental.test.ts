/**
 * Incremental runs: the report is byte for byte the same with and without the cache, cold or
 * warm, and adding a file to a drop extracts that file and the sources whose view of the drop's
 * learned organisations it changes, nothing else. Extractions are counted by a spy on the
 * extract stage.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FileClaimCache } from '../../src/cache/file-claim-cache.js';
import { extractClaims } from '../../src/extract/index.js';
import { check, type ClaimCache } from '../../src/index.js';
import { readInputs } from '../../src/ingest/index.js';
import { formatHtml } from '../../src/report/format-html.js';
import { formatJson } from '../../src/report/format-json.js';
import { projectRules } from '../support/sources.js';

vi.mock('../../src/extract/index.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/extract/index.js')>();
  return { ...original, extractClaims: vi.fn(original.extractClaims) };
});

const tmp = (name: string) => mkdtempSync(join(tmpdir(), `factdiff-${name}-`));
const extracted = () => vi.mocked(extractClaims).mock.calls.map(([source]) => source.id.split('/').at(-1)).sort();

/** The report's JSON and HTML, from a run with the cache given or none. */
async function run(dir: string, cache?: ClaimCache): Promise<string> {
  vi.mocked(extractClaims).mockClear();
  const report = await check({ paths: [dir], rules: projectRules, tool: { name: 'factdiff', version: 'test' }, generatedAt: '2026-01-01T00:00:00.000Z', ...(cache ? { cache } : {}) });
  return formatJson(report) + formatHtml(report);
}

const plainArticle = '---\ntitle: Added\npublisher: Wire\npublished: 2025-09-01\n---\n\nThe group now has 10 member states, its secretary-general said on Monday.\n';
const definingArticle = '---\ntitle: Added\npublisher: Wire\npublished: 2025-09-02\n---\n\nIt was announced that the Pacific Islands Forum (PIF) has 18 members. The PIF summit in Honiara opened on Monday.\n';

describe.each([['sources'], ['test/fixtures/alliance']])('the cache on %s', (original) => {
  let drop: string;
  let cache: FileClaimCache;
  let files: string[];

  beforeEach(async () => {
    drop = join(tmp('drop'), 'drop');
    cpSync(original, drop, { recursive: true });
    cache = new FileClaimCache(tmp('cache'));
    files = (await readInputs([drop])).sources.map((s) => s.id.split('/').at(-1) ?? '').sort();
  });

  it('gives the same report cold and warm, extracting every source once', async () => {
    const uncached = await run(drop);
    expect(extracted()).toEqual(files);
    expect(await run(drop, cache)).toBe(uncached);
    expect(extracted()).toEqual(files);
    expect(await run(drop, cache)).toBe(uncached);
    expect(extracted()).toEqual([]);
    expect(cache.stats).toEqual({ hits: files.length, misses: files.length, writes: files.length });
  });

  it('extracts only an added article that defines nothing', async () => {
    await run(drop, cache);
    writeFileSync(join(drop, 'zz-added.md'), plainArticle);
    const warm = await run(drop, cache);
    expect(extracted()).toEqual(['zz-added.md']);
    expect(warm).toBe(await run(drop));
  });

  it('extracts an added article that defines an organisation, and the sources that mention its words', async () => {
    await run(drop, cache);
    writeFileSync(join(drop, 'zz-added.md'), definingArticle);
    const warm = await run(drop, cache);
    const mentioning = files.filter((file) => /pacific|islands|forum|pif/i.test(readFileSync(join(drop, file), 'utf8')));
    expect(extracted()).toEqual([...mentioning, 'zz-added.md'].sort());
    expect(mentioning.length).toBeLessThan(files.length);
    expect(warm).toBe(await run(drop));
  });

  it('reads no damaged entry: truncated files are extracted again, with the same report', async () => {
    const uncached = await run(drop, cache);
    for (const file of readdirSync(cache.dir)) writeFileSync(join(cache.dir, file), readFileSync(join(cache.dir, file), 'utf8').slice(0, 100));
    expect(await run(drop, cache)).toBe(uncached);
    expect(extracted()).toEqual(files);
  });
});

describe('an article that defines what another only names', () => {
  it('extracts the other one again, and its claims now name the organisation', async () => {
    const drop = tmp('asean');
    const cache = new FileClaimCache(tmp('cache'));
    // Named once, and not as the subject of "has": not an organisation until another article defines it.
    writeFileSync(join(drop, 'a.md'), '---\ntitle: A\npublished: 2025-10-26\n---\n\nASEAN leaders met in Kuala Lumpur. The bloc now has 11 member states after admitting Timor-Leste.\n');
    writeFileSync(join(drop, 'b.md'), '---\ntitle: B\npublished: 2025-10-26\n---\n\nThe euro area has 20 member states.\n');
    const before = await run(drop, cache);
    const subjectsOfA = async () => (await check({ paths: [drop], rules: projectRules, tool: { name: 'factdiff', version: 'test' }, generatedAt: '' })).claims.filter((c) => c.source.endsWith('a.md')).map((c) => c.subject.key);
    expect(await subjectsOfA()).not.toContain('org:ASEAN');
    writeFileSync(join(drop, 'c.md'), '---\ntitle: C\npublished: 2025-10-27\n---\n\nLeaders met with the Association of Southeast Asian Nations (ASEAN) in Kuala Lumpur.\n');
    const after = await run(drop, cache);
    expect(extracted()).toEqual(['a.md', 'c.md']);
    expect(after).toBe(await run(drop));
    expect(after).not.toBe(before);
    expect(await subjectsOfA()).toEqual(['org:ASEAN']);
  });
});
