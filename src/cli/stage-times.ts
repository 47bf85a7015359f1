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
