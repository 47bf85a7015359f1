import { describe, expect, it } from 'vitest';
import { resourceLine, stageTimes } from '../../src/cli/stage-times.js';

describe('stageTimes', () => {
  it('says nothing unless asked', () => {
    expect(stageTimes(() => {}, false)).toBeUndefined();
  });

  it('prints each stage with the time since the previous one', () => {
    const lines: string[] = [];
    const clock = [1500, 1750, 4000];
    const stage = stageTimes((s) => lines.push(s), true, () => clock.shift() ?? 0)!;
    stage('read');
    stage('reprints');
    stage('extract');
    expect(lines).toEqual(['factdiff: stage read 1.50 s\n', 'factdiff: stage reprints 0.25 s\n', 'factdiff: stage extract 2.25 s\n']);
  });
});

describe('resourceLine', () => {
  it('gives the peak memory in MB and the CPU of every thread in seconds', () => {
    expect(resourceLine(() => ({ maxRSS: 512 * 1024, userCPUTime: 2_500_000, systemCPUTime: 250_000 }))).toBe('factdiff: peak RSS 512 MB · CPU 2.75 s\n');
  });
});
