/**
 * Checks on the patterns a rule file supplies, made when the rules are loaded so that a bad or
 * pathological pattern stops the run with a clear message instead of hanging it later. Rule
 * patterns are compromise match strings, which may hold regular expressions (`/^re-?elected$/`)
 * tested against each word; a regular expression whose repeated group itself repeats
 * (`/^(a+)+$/`) takes time exponential in the word's length, so such shapes are refused. The
 * text they run on is bounded too: extract cuts sentences at 1,000 characters.
 */

/** Characters with a meaning in a compromise match string, which a plain word must not hold. */
const MATCH_SYNTAX = /[/#()|[\]{}*+?^$~!@<>]/;
/** Regular-expression terms of a match string: `/…/` at a term's start. */
const REGEX_TERM = /(?<=^|[\s(|!])\/((?:\\.|\[(?:\\.|[^\]\\])*\]|[^/\\])+)\/(?=$|[\s)|?+*{])/g;
/** More unbounded repeats than this in one regular expression can take polynomial time of high degree. */
const MAX_UNBOUNDED = 3;

/** Why a compromise match string cannot be used, or undefined when it can. */
export function patternProblem(pattern: string): string | undefined {
  for (const match of pattern.matchAll(REGEX_TERM)) {
    const source = match[1] ?? '';
    const problem = regexProblem(source);
    if (problem) return `has the regular expression /${source}/, which ${problem}`;
  }
  const outside = pattern.replace(REGEX_TERM, 'x');
  for (const [open, close] of [['(', ')'], ['[', ']'], ['{', '}']] as const) {
    let depth = 0;
    for (const ch of outside) {
      if (ch === open) depth++;
      else if (ch === close && --depth < 0) return `has a '${close}' with no '${open}' before it`;
    }
    if (depth > 0) return `has a '${open}' that is never closed with '${close}'`;
  }
  return undefined;
}

/** Why a word meant literally (a noun a rule counts) would change a match string, or undefined. */
export function plainWordProblem(word: string): string | undefined {
  const found = MATCH_SYNTAX.exec(word);
  return found ? `must be plain words: '${found[0]}' has a meaning in a match pattern` : undefined;
}

interface Group {
  repeats: boolean;
}

/**
 * Why a regular expression is invalid or could backtrack catastrophically, or undefined: it must
 * compile, hold no backreference, no repeated group that contains a repeat (star height 1, as
 * `safe-regex` checks) and at most three unbounded repeats.
 */
export function regexProblem(source: string): string | undefined {
  try {
    new RegExp(source);
  } catch (error) {
    return `is not a valid regular expression (${error instanceof Error ? error.message.replace(/^Invalid regular expression: /, '') : String(error)})`;
  }
  const stack: Group[] = [{ repeats: false }];
  let unbounded = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '(') {
      stack.push({ repeats: false });
    } else if (ch === ')') {
      const inner = stack.pop() as Group;
      const after = quantifierAt(source, i + 1);
      const outer = stack[stack.length - 1] as Group;
      if (after.repeats && inner.repeats) return `repeats a group that itself repeats (near "${source.slice(Math.max(0, i - 12), i + 1 + after.length)}"), which can take exponential time; write it without the nested repeat`;
      if (after.length > 0 || inner.repeats) outer.repeats = true;
      if (after.unbounded) unbounded++;
      i += after.length;
    } else {
      if (ch === '\\' && /[1-9k]/.test(source[i + 1] ?? '')) return 'uses a backreference, which can take exponential time; match the word without it';
      // An atom: an escape, a class or one character, perhaps followed by a quantifier.
      if (ch === '\\') i++;
      else if (ch === '[') i = classEnd(source, i);
      const after = quantifierAt(source, i + 1);
      if (after.length > 0) (stack[stack.length - 1] as Group).repeats = true;
      if (after.unbounded) unbounded++;
      i += after.length;
    }
  }
  if (unbounded > MAX_UNBOUNDED) return `has ${unbounded} unbounded repeats (* + {n,}); at most ${MAX_UNBOUNDED} are allowed`;
  return undefined;
}

/** The index of the `]` that closes the class opened at `start`. */
function classEnd(source: string, start: number): number {
  for (let i = start + 1; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === ']') return i;
  }
  return source.length;
}

/** The quantifier at `i` (with a lazy `?`): its length, whether it repeats (more than once) and whether it is unbounded. */
function quantifierAt(source: string, i: number): { length: number; repeats: boolean; unbounded: boolean } {
  const ch = source[i];
  let length = 0;
  let repeats = false;
  let unbounded = false;
  if (ch === '*' || ch === '+') [length, repeats, unbounded] = [1, true, true];
  else if (ch === '?' && source[i - 1] !== '(') [length, repeats] = [1, false];
  else if (ch === '{') {
    const braces = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i));
    if (braces) {
      length = braces[0].length;
      unbounded = braces[2] !== undefined && braces[3] === '';
      repeats = unbounded || Number(braces[3] ?? braces[1]) > 1;
    }
  }
  if (length > 0 && source[i + length] === '?') length++;
  return { length, repeats, unbounded };
}
