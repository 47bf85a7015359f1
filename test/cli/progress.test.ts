import { describe, expect, it } from 'vitest';
import { progressLine } from '../../src/cli/progress.js';
import { check } from '../../src/index.js';
import { projectRules } from '../support/sources.js';

describe('progress line', () => {
  it('writes nothing when standard error is not a terminal', () => {
    expect(progressLine(() => {}, false)).toBeUndefined();
  });

  it('redraws at most every 100 ms on a long run and clears itself at the end', () => {
    const written: string[] = [];
    let clock = 0;
    const line = progressLine((s) => written.push(s), true, () => clock)!;
    line(0, 200);
    clock = 50;
    line(1, 200); // too soon: not drawn
    clock = 150;
    line(2, 200);
    line(200, 200);
    expect(written).toEqual(['\rextracting 0/200 sources', '\rextracting 2/200 sources', '\r\x1b[K']);
  });

  it('stays quiet on a short run', () => {
    const written: string[] = [];
    const line = progressLine((s) => written.push(s), true, () => 1000)!;
    line(1, 5);
    line(5, 5);
    expect(written).toEqual([]);
  });

  it('is told of every source the kernel extracts, and the report is the same', async () => {
    const seen: Array<[number, number]> = [];
    const options = { paths: ['sources'], rules: projectRules, tool: { name: 'factdiff', version: 'test' }, generatedAt: '2026-01-01T00:00:00.000Z' };
    const quiet = await check(options);
    const told = await check({ ...options, progress: (done, total) => seen.push([done, total]) });
    expect(told).toEqual(quiet);
    expect(seen.at(0)).toEqual([0, 5]);
    expect(seen.at(-1)).toEqual([5, 5]);
  });
});
