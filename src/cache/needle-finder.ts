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
  const ascii = asciiAutomaton(next, fail);
  const step = (state: number, point: number): number => {
    let at = state;
    let to = next[at]?.get(point);
    while (to === undefined && at !== 0) {
      at = fail[at] ?? 0;
      to = next[at]?.get(point);
    }
    return to ?? 0;
  };
  // States already met in the current text: stamped with the text's number, so that one array
  // serves every text (a drop's organisations make a hundred thousand states).
  const seen = new Uint32Array(next.length);
  let stamp = 0;
  return (text) => {
    const found = new Set<number>(outputs[0]);
    if (++stamp === 0xffffffff) {
      seen.fill(0);
      stamp = 1;
    }
    const { classOf, width, delta } = ascii;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      if (unit < 0x80) {
        // Plain ASCII, nearly all of an English text: one lookup in the full transition table.
        const c = classOf[unit]!;
        state = c < 0 ? 0 : delta[state * width + c]!;
      } else {
        const point = text.codePointAt(i) ?? unit;
        if (point > 0xffff) i++;
        if (point === COMBINING_DOT_ABOVE) continue;
        state = step(state, foldPoint(point));
      }
      if (seen[state] === stamp) continue;
      seen[state] = stamp;
      for (const id of outputs[state] ?? []) found.add(id);
    }
    return found;
  };
}

/**
 * Every state's move on every ASCII character (folded) that some needle holds, failure links
 * followed ahead of time; an ASCII character no needle holds leads back to the root.
 */
function asciiAutomaton(next: Array<Map<number, number>>, fail: number[]): { classOf: Int16Array; width: number; delta: Int32Array } {
  const classOf = new Int16Array(0x80).fill(-1);
  let width = 0;
  for (const moves of next) {
    for (const point of moves.keys()) if (point < 0x80 && classOf[point] === -1) classOf[point] = width++;
  }
  // An upper-case letter moves as its lower-case one (needles are folded).
  for (let unit = 0x41; unit <= 0x5a; unit++) classOf[unit] = classOf[unit + 0x20]!;
  const delta = new Int32Array(next.length * width);
  // Breadth-first, so a state's failure state is filled in before it.
  const order = [0];
  for (let head = 0; head < order.length; head++) for (const to of next[order[head]!]!.values()) order.push(to);
  for (const state of order) {
    for (let point = 0; point < 0x80; point++) {
      const c = classOf[point]!;
      if (c < 0 || (point >= 0x41 && point <= 0x5a)) continue;
      const to = next[state]!.get(point);
      delta[state * width + c] = to !== undefined ? to : state === 0 ? 0 : delta[fail[state]! * width + c]!;
    }
  }
  return { classOf, width, delta };
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

/** Folded code points met so far (folding one takes several string conversions). */
const folded = new Map<number, number>();

function foldPoint(point: number): number {
  let fold = folded.get(point);
  if (fold === undefined) {
    fold = foldUncached(point);
    folded.set(point, fold);
  }
  return fold;
}

/** One code point case folded as the finder folds it (uncached: for tests, and `foldPoint`). */
export function foldUncached(point: number): number {
  const first = (text: string) => String.fromCodePoint(text.codePointAt(0) ?? point);
  return first(first(first(String.fromCodePoint(point)).toLowerCase()).toUpperCase()).toLowerCase().codePointAt(0) ?? point;
}
