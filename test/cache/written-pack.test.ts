/**
 * A cold run reads the claims it stored, as the report writes them, back when it writes the
 * report: from its spool, then from the pack saved from it, never held meanwhile; and never from a
 * pack another run wrote over it since.
 */
import { mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileClaimCache } from '../../src/cache/file-claim-cache.js';
import { FileEntryStore } from '../../src/cache/file-entry-store.js';
import { check, type ClaimCache } from '../../src/index.js';
import { formatJson } from '../../src/report/format-json.js';
import { renderClaims } from '../../src/report/rendered-claims.js';
import { claimsFrom, projectRules } from '../support/sources.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'factdiff-written-'));
const text = (bytes: Uint8Array | undefined) => (bytes === undefined ? undefined : Buffer.from(bytes).toString('utf8'));

describe('reading back what a cold run stored', () => {
  it('reads an entry from the spool, then from the pack saved from it, until released', () => {
    const store = new FileEntryStore(tmp());
    store.openPack('scope');
    store.writeRaw('rendered', 1, 'k', 'the bytes é');
    store.write('claims', 1, 'k', [1]);
    expect(store.rawReader('rendered', 2, 'k')).toBeUndefined();
    expect(store.rawReader('rendered', 1, 'other')).toBeUndefined();
    expect(store.rawReader('claims', 1, 'k')).toBeUndefined();
    const reader = store.rawReader('rendered', 1, 'k')!;
    expect(text(reader())).toBe('the bytes é');
    expect(store.savePack()).toBe(true);
    expect(text(reader())).toBe('the bytes é');
    store.release();
    expect(reader()).toBeUndefined();
  });

  it('reads nothing from a pack another run wrote over the one saved', () => {
    const dir = tmp();
    const store = new FileEntryStore(dir);
    store.openPack('scope');
    store.writeRaw('rendered', 1, 'k', 'the bytes');
    const reader = store.rawReader('rendered', 1, 'k')!;
    store.savePack();
    const pack = store.scopedFile('pack', 'scope', '.pack');
    writeFileSync(`${pack}.other`, 'another pack, another length\n');
    renameSync(`${pack}.other`, pack);
    expect(reader()).toBeUndefined();
  });

  it('gives a reader for claims just stored, of their rendering, and none for claims it did not store in this run', () => {
    const claims = claimsFrom('The North Atlantic Treaty Organization (NATO) has 32 members.', '2024-07-09');
    const cache = new FileClaimCache(tmp());
    cache.store.openPack('scope');
    cache.set('k', claims);
    expect(cache.renderedLater('none')).toBeUndefined();
    const later = cache.renderedLater('k')!;
    cache.store.savePack();
    expect(text(later())).toBe(renderClaims(claims));
  });

  it('has the kernel copy the claims of a source this run stored from the reader, when the report is written', async () => {
    const stored = new Map<string, unknown>();
    let reads = 0;
    const marker = (key: string) => () => (reads++, Buffer.from(`"marker ${key}"`));
    const cache: ClaimCache = { get: () => undefined, has: () => false, set: (k, c) => void stored.set(k, c), renderedLater: (k) => (stored.has(k) ? marker(k) : undefined) };
    const report = await check({ paths: ['sources'], rules: projectRules, tool: { name: 'factdiff', version: 'test' }, generatedAt: '2026-01-01T00:00:00.000Z', cache });
    expect(reads).toBe(0);
    const json = formatJson(report);
    expect(reads).toBeGreaterThan(0);
    expect(json).toContain('"marker ');
  });

  it('writes the claims one by one when the reader gives nothing: the report without a cache', async () => {
    const run = (cache?: ClaimCache) => check({ paths: ['sources'], rules: projectRules, tool: { name: 'factdiff', version: 'test' }, generatedAt: '2026-01-01T00:00:00.000Z', ...(cache ? { cache } : {}) });
    const cache: ClaimCache = { get: () => undefined, has: () => false, set: () => undefined, renderedLater: () => () => undefined };
    expect(formatJson(await run(cache))).toBe(formatJson(await run()));
  });
});
