/**
 * A progress line for long runs, written to standard error on a terminal only: "extracting
 * 412/10000 sources". Redrawn at most every 100 ms and cleared when extraction ends, so piped
 * output and CI logs never see it.
 */

/** Runs of fewer sources than this finish before a progress line would help. */
const LONG_RUN = 50;

export interface ProgressLine {
  (done: number, total: number): void;
}

/** A progress reporter for `check`, or undefined when standard error is not a terminal. */
export function progressLine(write: (s: string) => void, isTTY: boolean, now: () => number = Date.now): ProgressLine | undefined {
  if (!isTTY) return undefined;
  let last = Number.NEGATIVE_INFINITY;
  return (done, total) => {
    if (total < LONG_RUN) return;
    if (done >= total) {
      write('\r\x1b[K');
      return;
    }
    const at = now();
    if (at - last < 100) return;
    last = at;
    write(`\rextracting ${done}/${total} sources`);
  };
}
