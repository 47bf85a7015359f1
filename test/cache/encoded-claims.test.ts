import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeClaims } from '../../src/cache/encoded-claims.js';
import { FileClaimCache } from '../../src/cache/file-claim-cache.js';
import { renderClaims } from '../../src/report/rendered-claims.js';
import { claimsFrom } from '../support/sources.js';

const claims = claimsFrom('The North Atlantic Treaty Organization (NATO) has 32 members, up from 31 in 2023 — “a record”.', '2024-07-09');
const text = (bytes: Uint8Array | undefined) => (bytes === undefined ? undefined : Buffer.from(bytes).toString('utf8'));
const files = (dir: string) => Object.fromEntries(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name), 'utf8')]));

describe('encodeClaims', () => {
  it('gives the claims as JSON and as the report writes them, as UTF-8', () => {
    expect(claims.length).toBeGreaterThan(0);
    const encoded = encodeClaims(claims);
    expect(text(encoded.json)).toBe(JSON.stringify(claims));
    expect(text(encoded.rendered)).toBe(renderClaims(claims));
  });

  it('renders nothing for a source with no claims', () => {
    expect(encodeClaims([])).toEqual({ json: new TextEncoder().encode('[]') });
  });

  it('is stored by the file cache as the claims themselves are (setEncoded and set write the same files)', () => {
    const [a, b] = [mkdtempSync(join(tmpdir(), 'factdiff-encoded-')), mkdtempSync(join(tmpdir(), 'factdiff-encoded-'))];
    new FileClaimCache(a).set('k', claims);
    const encodedCache = new FileClaimCache(b);
    encodedCache.setEncoded('k', encodeClaims(claims));
    expect(files(b)).toEqual(files(a));
    expect(encodedCache.get('k')).toEqual(claims);
    expect(text(encodedCache.rendered('k'))).toBe(renderClaims(claims));
    expect(encodedCache.stats.writes).toBe(1);
  });
});
