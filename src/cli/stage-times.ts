/**
 * Stage times of a `check` run on standard error, for measuring (`FACTDIFF_STAGES=1`): one line
 * per stage as it ends, "factdiff: stage read 1.23 s", timed from the previous one (the first
 * from process start). Never part of a report.
 */

/** A stage-end callback that prints, or undefined when not asked for. */
export function stageTimes(write: (s: string) => void, enabled: boolean, now: () => number = () => performance.now()): ((name: string) => void) | undefined {
  if (!enabled) return undefined;
  let last = 0;
  return (name) => {
    const at = now();
    write(`factdiff: stage ${name} ${((at - last) / 1000).toFixed(2)} s\n`);
    last = at;
  };
}

/**
 * What the whole process used, for the same measuring, after the last stage: its peak resident
 * memory and its CPU time, every thread's (the workers are threads of this process).
 * `resources` is `process.resourceUsage` or a stand-in (maxRSS in kilobytes, CPU in microseconds).
 */
export function resourceLine(resources: () => { maxRSS: number; userCPUTime: number; systemCPUTime: number } = () => process.resourceUsage()): string {
  const used = resources();
  return `factdiff: peak RSS ${(used.maxRSS / 1024).toFixed(0)} MB · CPU ${((used.userCPUTime + used.systemCPUTime) / 1e6).toFixed(2)} s\n`;
}
