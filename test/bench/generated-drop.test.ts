/**
 * The benchmark's generated drop and its bookkeeping: every disagreement the generator injects
 * is found as its kind, every other finding is made of the seed corpus's own sentences (no false
 * alarm on the generated text), and the options and synthetic claims are what they say.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { accountFor } from '../../bench/account.js';
import { syntheticClaims } from '../../bench/compare-growth.js';
import { generateDrop } from '../../bench/generate.js';
import { benchOptions } from '../../bench/options.js';
import { check } from '../../src/index.js';
import { projectRules } from '../support/sources.js';

describe('the generated drop', () => {
  const drop = generateDrop(40);

  it('injects each kind of disagreement, the same way every time', () => {
    expect(generateDrop(40)).toEqual(drop);
    expect(drop.injected.map((i) => `${i.kind} ${i.property} ${i.subject}`)).toEqual([
      'conflict member-states QCAAA',
      'conflict event QCAAD summit',
      'name-variant name QCAAF joint operation',
      'quote-variant quote Maren Qxbababam',
      'conflict member-states QCAAK',
      'conflict event QCAAN summit',
      'name-variant name QCAAP joint operation',
      'quote-variant quote Maren Qxbabacaf',
    ]);
  });

  it('gives every injected disagreement as its kind, and nothing else but the seed corpus’s own findings', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'factdiff-generated-'));
    for (const file of drop.files) writeFileSync(join(dir, file.name), file.text);
    const report = await check({ paths: [dir], rules: projectRules, tool: { name: 'factdiff', version: 'test' }, generatedAt: '2026-01-01T00:00:00.000Z' });
    const account = accountFor(report.discrepancies, drop.injected, drop.seedText);
    expect([account.found, account.injected, account.unexplained.map((d) => d.message)]).toEqual([8, 8, []]);
    expect(account.seed).toBeGreaterThan(0);
  }, 120_000);
});

describe('bench options', () => {
  it.each([
    [[], { sizes: [100, 1000], baselineSample: 4_000_000, compareClaims: [10_000, 100_000] }],
    [['--sizes', '100,1000,10000', '--jobs', '2'], { sizes: [100, 1000, 10_000], jobs: 2 }],
    [['--sizes=500', '--compare-claims=2000', '--baseline-sample', '1000'], { sizes: [500], compareClaims: [2000], baselineSample: 1000 }],
  ])('reads %j', (argv, expected) => {
    expect(benchOptions(argv)).toMatchObject(expected);
  });
});

describe('synthetic claims for the compare stage', () => {
  it('repeats the claims under other source names up to the count asked, every id distinct', () => {
    const base = generateDrop(2).files.map((f, i) => ({ id: `c${i}`, source: f.name }) as never);
    const claims = syntheticClaims(base, 5) as Array<{ id: string; source: string }>;
    expect(claims.map((c) => `${c.id} ${c.source}`)).toEqual(['c0 a0.md', 'c1 a1.json', 'c0~2 copy-2/a0.md', 'c1~2 copy-2/a1.json', 'c0~3 copy-3/a0.md']);
  });
});
