import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileClaimCache } from '../../src/cache/file-claim-cache.js';
import { renderClaims } from '../../src/report/rendered-claims.js';
import { claimsFrom } from '../support/sources.js';

const claims = claimsFrom('The North Atlantic Treaty Organization (NATO) has 32 members.', '2024-07-09');
const tmp = () => mkdtempSync(join(tmpdir(), 'factdiff-cache-'));
/** The one claims file in `dir` (beside it, the claims as the report writes them: a `.part` file). */
const onlyFile = (dir: string) => join(dir, readdirSync(dir).find((name) => name.endsWith('.json')) ?? '');

describe('FileClaimCache', () => {
  it('gives back what was stored, as plain JSON files and no temporary left', () => {
    const dir = tmp();
    const cache = new FileClaimCache(join(dir, 'nested', 'cache'));
    expect(cache.get('k1')).toBeUndefined();
    cache.set('k1', claims);
    expect(cache.get('k1')).toEqual(claims);
    expect(cache.get('k2')).toBeUndefined();
    expect(readdirSync(join(dir, 'nested', 'cache')).sort((a, b) => a.slice(-5).localeCompare(b.slice(-5)))).toEqual([expect.stringMatching(/^[0-9a-f]{64}\.json$/), expect.stringMatching(/^[0-9a-f]{64}\.part$/)]);
    expect(cache.stats).toEqual({ hits: 1, misses: 2, writes: 1 });
  });

  it('keeps the claims as the report writes them beside them', () => {
    const dir = tmp();
    const cache = new FileClaimCache(dir);
    cache.set('k', claims);
    expect(Buffer.from(cache.rendered('k')!).toString('utf8')).toBe(renderClaims(claims));
    expect(cache.rendered('other')).toBeUndefined();
    const part = join(dir, readdirSync(dir).find((name) => name.endsWith('.part'))!);
    writeFileSync(part, readFileSync(part, 'utf8').replace('"count"', '"countx"'));
    expect(cache.rendered('k')).toBeUndefined();
    // A source without claims has no rendering to keep.
    cache.set('none', []);
    expect(cache.rendered('none')).toBeUndefined();
  });

  it('writes a file as its header line, the entry and a line break, the header holding the sha256 of the UTF-8 bytes of the entry', () => {
    const dir = tmp();
    const cache = new FileClaimCache(dir);
    const accented = claimsFrom('L’Organisation du Traité de l’Atlantique Nord (OTAN) compte 32 membres — “un record”.', '2024-07-09');
    cache.set('k', accented);
    const text = readFileSync(onlyFile(dir), 'utf8');
    const body = JSON.stringify(accented);
    expect(text).toBe(`${JSON.stringify({ factdiff: 'claims', format: 1, key: 'k', sha256: createHash('sha256').update(body).digest('hex') })}\n${body}\n`);
    expect(cache.get('k')).toEqual(accented);
  });

  it('makes its folder again when it was deleted during the run', () => {
    const dir = join(tmp(), 'cache');
    const warnings: string[] = [];
    const cache = new FileClaimCache(dir, { warn: (message) => warnings.push(message) });
    cache.set('k1', claims);
    rmSync(dir, { recursive: true, force: true });
    cache.set('k2', claims);
    expect(cache.get('k2')).toEqual(claims);
    expect(cache.get('k1')).toBeUndefined();
    expect(warnings).toEqual([]);
  });

  it('keeps builds apart by salt', () => {
    const dir = tmp();
    new FileClaimCache(dir, { salt: 'build-1' }).set('k', claims);
    expect(new FileClaimCache(dir, { salt: 'build-2' }).get('k')).toBeUndefined();
    expect(new FileClaimCache(dir, { salt: 'build-1' }).get('k')).toEqual(claims);
  });

  it.each([
    ['truncated', (text: string) => text.slice(0, text.length / 2)],
    ['empty', () => ''],
    ['not JSON', () => 'garbage\n{'],
    ['edited claims', (text: string) => text.replace('"count"', '"countx"')],
    ['another key', (text: string) => text.replace(/"key":"k"/, '"key":"other"')],
    ['another format', (text: string) => text.replace('"format":1', '"format":99')],
    ['claims not a list', (text: string) => text.replace(/\n[\s\S]*$/, '\n{}\n')],
  ])('treats a %s file as a miss and writes it again', (_, damage) => {
    const dir = tmp();
    const cache = new FileClaimCache(dir);
    cache.set('k', claims);
    const file = onlyFile(dir);
    writeFileSync(file, damage(readFileSync(file, 'utf8')));
    expect(cache.get('k')).toBeUndefined();
    cache.set('k', claims);
    expect(cache.get('k')).toEqual(claims);
  });

  it('treats a folder where the file should be as a miss, and cannot write over it', () => {
    const dir = tmp();
    const warnings: string[] = [];
    const cache = new FileClaimCache(dir, { warn: (m) => warnings.push(m) });
    cache.set('k', claims);
    const file = onlyFile(dir);
    rmSync(file);
    mkdirSync(file);
    expect(cache.get('k')).toBeUndefined();
    expect(() => cache.set('k', claims)).not.toThrow();
    expect(warnings).toHaveLength(1);
    expect(readdirSync(dir).filter((name) => name.endsWith('.json'))).toEqual([basename(file)]);
  });

  it('goes on without the cache when it cannot write, and says so once', () => {
    const warnings: string[] = [];
    const blocker = join(tmp(), 'a-file');
    writeFileSync(blocker, 'not a folder');
    const cache = new FileClaimCache(join(blocker, 'cache'), { warn: (m) => warnings.push(m) });
    expect(() => cache.set('k', claims)).not.toThrow();
    cache.set('k2', claims);
    expect(cache.get('k')).toBeUndefined();
    expect(warnings).toEqual([expect.stringMatching(/^cannot write the claim cache in .*a-file\/cache, going on without it/)]);
  });

  it.skipIf(process.getuid?.() === 0)('treats an unreadable file as a miss', () => {
    const dir = tmp();
    const cache = new FileClaimCache(dir);
    cache.set('k', claims);
    chmodSync(onlyFile(dir), 0o000);
    expect(cache.get('k')).toBeUndefined();
  });
});
