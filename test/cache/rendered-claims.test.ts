/**
 * A warm run copies the claims of cached sources into the JSON report as the cache keeps them
 * rendered (report/rendered-claims.ts), and the report is byte for byte the one a run without a
 * cache writes: cold, warm, after a source is added or edited, and with the pack in between.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileClaimCache } from '../../src/cache/file-claim-cache.js';
import { check, type ClaimCache } from '../../src/index.js';
import { buildReport } from '../../src/report/build-report.js';
import { formatJson, writeJson } from '../../src/report/format-json.js';
import { renderClaims } from '../../src/report/rendered-claims.js';
import type { Report } from '../../src/types.js';
import { claimsFrom, projectRules } from '../support/sources.js';

const tmp = (name: string) => mkdtempSync(join(tmpdir(), `factdiff-${name}-`));
const tool = { name: 'factdiff', version: 'test' };
const generatedAt = '2026-01-01T00:00:00.000Z';

/** The report as written to a file (claims known already go out as bytes), and how many bytes were copied so. */
function written(report: Report): { text: string; copied: number } {
  const pieces: Buffer[] = [];
  let copied = 0;
  writeJson(
    report,
    (piece) => pieces.push(Buffer.from(piece)),
    (bytes) => {
      copied += bytes.length;
      pieces.push(Buffer.from(bytes));
    },
  );
  return { text: Buffer.concat(pieces).toString('utf8'), copied };
}

const run = (dir: string, cache?: ClaimCache) => check({ paths: [dir], rules: projectRules, tool, generatedAt, ...(cache ? { cache } : {}) });

describe('claims kept as the report writes them', () => {
  it('are copied into a warm report, which is byte for byte the report without a cache', async () => {
    const drop = tmp('drop');
    cpSync('sources', drop, { recursive: true });
    const cacheDir = tmp('cache');
    const uncached = formatJson(await run(drop));
    const cold = written(await run(drop, new FileClaimCache(cacheDir)));
    expect(cold).toEqual({ text: uncached, copied: 0 });
    const warm = written(await run(drop, new FileClaimCache(cacheDir)));
    expect(warm.text).toBe(uncached);
    expect(warm.copied).toBeGreaterThan(uncached.length / 3);
    // An added and an edited article: their claims are written, the others' copied.
    const [first, second] = readdirSync(drop).filter((name) => name.endsWith('.txt')).sort();
    writeFileSync(join(drop, 'added.txt'), readFileSync(join(drop, first!), 'utf8').replace(/\d+/, '31'));
    writeFileSync(join(drop, second!), readFileSync(join(drop, second!), 'utf8').replace(/\d+/, '47'));
    const after = formatJson(await run(drop));
    const changed = written(await run(drop, new FileClaimCache(cacheDir)));
    expect(changed.text).toBe(after);
    expect(changed.copied).toBeGreaterThan(0);
    expect(changed.copied).toBeLessThan(warm.copied);
    // formatJson (one string) takes the copied claims as text: the same report.
    expect(formatJson(await run(drop, new FileClaimCache(cacheDir)))).toBe(after);
  }, 120_000);

  it('are used only for a source whose claims in the report are the very claims they were made from', () => {
    const claims = claimsFrom('The North Atlantic Treaty Organization (NATO) has 32 members. It was founded in 1949.', '2024-07-09');
    expect(claims.length).toBeGreaterThan(1);
    const source = claims[0]!.source;
    const input = { sources: [], discrepancies: [], tool, generatedAt };
    const plain = formatJson(buildReport({ ...input, claims }));
    const bytes = Buffer.from(renderClaims(claims));
    const copied = (rendered: { claims: typeof claims; bytes: Uint8Array }, reported = claims) => written(buildReport({ ...input, claims: reported, rendered: new Map([[source, rendered]]) }));
    expect(copied({ claims, bytes })).toEqual({ text: plain, copied: bytes.length });
    // Equal claims that are other objects, a claim missing or one more: written one by one.
    expect(copied({ claims: structuredClone(claims), bytes: Buffer.from('wrong') })).toEqual({ text: plain, copied: 0 });
    expect(copied({ claims: claims.slice(1), bytes: Buffer.from('wrong') })).toEqual({ text: plain, copied: 0 });
    const more = [...claims, { ...claims[0]!, id: `${claims[0]!.id}-copy` }];
    expect(copied({ claims, bytes: Buffer.from('wrong') }, more)).toEqual({ text: formatJson(buildReport({ ...input, claims: more })), copied: 0 });
  });
});
