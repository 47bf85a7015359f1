/**
 * Which of many needles occur in a text, ignoring case: one pass over the text whatever the
 * number of needles (Aho–Corasick). The cache uses it to ask, for every source of a large drop,
 * which organisation names of the whole drop the source could possibly see.
 *
 * Case is folded loosely, one code point at a time, so that anything equal under `toLowerCase`,
 * under a case-insensitive regular expression, or exactly, is also found here (it may find more:
 * that only costs a cache miss).
 */

/** Ids (indexes into the needles given) of the needles that occur in a text. */
export type NeedleFinder = (text: string) => Set<number>;

/** Builds the automaton once; the finder it returns is then linear in the text's length. */
export function needleFinder(needles: readonly string[]): NeedleFinder {
  const next: Array<Map<number, number>> = [new Map()];
  const outputs: number[][] = [[]];
  needles.forEach((needle, id) => {
    let state = 0;
    for (const point of foldedPoints(needle)) {
      let to = next[state]?.get(point);
      if (to === undefined) {
        to = next.length;
        next.push(new Map());
        outputs.push([]);
        next[state]?.set(point, to);
      }
      state = to;
    }
    outputs[state]?.push(id);
  });
  const fail = linkFailures(next, outputs);
  return (text) => {
    const found = new Set<number>(outputs[0]);
    const seen = new Uint8Array(next.length);
    let state = 0;
    forEachFolded(text, (point) => {
      let to = next[state]?.get(point);
      while (to === undefined && state !== 0) {
        state = fail[state] ?? 0;
        to = next[state]?.get(point);
      }
      state = to ?? 0;
      if (seen[state]) return;
      seen[state] = 1;
      for (const id of outputs[state] ?? []) found.add(id);
    });
    return found;
  };
}

/** Breadth-first failure links; each state's outputs then include those of its failure state. */
function linkFailures(next: Array<Map<number, number>>, outputs: number[][]): number[] {
  const fail = new Array<number>(next.length).fill(0);
  const queue = [...(next[0]?.values() ?? [])];
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head] ?? 0;
    for (const [point, to] of next[state] ?? []) {
      let back = fail[state] ?? 0;
      while (back !== 0 && !next[back]?.has(point)) back = fail[back] ?? 0;
      const target = next[back]?.get(point);
      fail[to] = target !== undefined && target !== to ? target : 0;
      outputs[to] = [...(outputs[to] ?? []), ...(outputs[fail[to] ?? 0] ?? [])];
      queue.push(to);
    }
  }
  return fail;
}

const COMBINING_DOT_ABOVE = 0x307;

/** Calls `visit` with each of the text's code points, case folded away (ς σ Σ → σ, ß ẞ → s, İ → i; U+0307 dropped). */
function forEachFolded(text: string, visit: (point: number) => void): void {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) {
      visit(unit >= 0x41 && unit <= 0x5a ? unit + 0x20 : unit);
      continue;
    }
    const point = text.codePointAt(i) ?? unit;
    if (point > 0xffff) i++;
    if (point !== COMBINING_DOT_ABOVE) visit(foldPoint(point));
  }
}

function foldedPoints(text: string): number[] {
  const points: number[] = [];
  forEachFolded(text, (point) => points.push(point));
  return points;
}

function foldPoint(point: number): number {
  const first = (text: string) => String.fromCodePoint(text.codePointAt(0) ?? point);
  return first(first(first(String.fromCodePoint(point)).toLowerCase()).toUpperCase()).toLowerCase().codePointAt(0) ?? point;
}
