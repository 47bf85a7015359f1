/** Pathological input: one "sentence" of megabytes must neither overflow the stack nor reach the NLP whole. */
import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE, splitSentences } from '../../src/extract/sentences.js';
import { check } from '../../src/index.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRules, sourceFrom } from '../support/sources.js';

describe('long input', () => {
  it('cuts a run of text without full stops into pieces no longer than MAX_SENTENCE', () => {
    const source = sourceFrom(`The Example Union (EXU) has ${Array(3000).fill('12 members').join(' ')}`, '2024-01-01');
    const pieces = splitSentences(source);
    expect(pieces.length).toBeGreaterThan(20);
    expect(Math.max(...pieces.map((p) => p.text.length))).toBeLessThanOrEqual(MAX_SENTENCE);
  });

  it('reads a one-line file of 200 KB with thousands of claims without a crash', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'factdiff-long-'));
    writeFileSync(join(dir, 'long.txt'), `The Example Union (EXU) has ${Array(20000).fill('12 members').join(' ')}\n`);
    const report = await check({ paths: [dir], rules: projectRules, tool: { name: 'factdiff', version: 'test' }, generatedAt: '2026-01-01T00:00:00.000Z' });
    expect(report.sources[0]?.publishedFrom).not.toBe('unreadable');
    expect(report.claims.length).toBeGreaterThan(10000);
    expect(report.discrepancies).toEqual([]);
  }, 60_000);
});
