import { describe, expect, it } from 'vitest';
import { workerExecArgv } from '../../src/parallel/worker-exec-argv.js';

describe('workerExecArgv', () => {
  it("drops tsx's loaders, in either spelling, and keeps the other options", () => {
    const tsx = ['--require', '/x/tsx/dist/preflight.cjs', '--import', 'file:///x/tsx/dist/loader.mjs'];
    expect(workerExecArgv([...tsx, '--cpu-prof', '--max-old-space-size=2048'])).toEqual(['--cpu-prof', '--max-old-space-size=2048']);
    expect(workerExecArgv(['-r', 'a.cjs', '--loader=b.mjs', '--experimental-loader', 'c.mjs', '--import=d.mjs', '--enable-source-maps'])).toEqual(['--enable-source-maps']);
    expect(workerExecArgv([])).toEqual([]);
  });
});
