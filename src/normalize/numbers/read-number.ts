import type { Approx } from '../../types.js';
import { readApproxPrefix, readApproxSuffix } from './approx.js';
import {
  FRACTIONS, MULTIPLIERS, PLURAL_SCALES, SCALE_ABBREVIATIONS, SCALES, SMALL, TENS, VAGUE_PLURALS,
} from './words.js';

/** A number read from tokens: its value, qualifier and the index of the first unread token. */
export interface NumberRead {
  n: number;
  approx?: Approx;
  end: number;
}

const DIGITS = /^(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(k|mn|mln|bn|tn|trn)?$/;

type Kind = 'small' | 'tens' | 'mult' | 'scale' | 'frac';

/** Reads digits, then any scale words after them: `90 billion`, `1.2 million`, `5bn`. */
function readDigits(tokens: readonly string[], start: number): NumberRead | undefined {
  const m = DIGITS.exec(tokens[start] ?? '');
  if (!m) return undefined;
  let n = Number(`${m[1]!.replace(/,/g, '')}${m[2] ?? ''}`) * (m[3] ? SCALE_ABBREVIATIONS[m[3]]! : 1);
  let i = start + 1;
  for (let t = tokens[i]; t !== undefined && (t in SCALES || t in MULTIPLIERS); t = tokens[++i]) {
    n *= SCALES[t] ?? MULTIPLIERS[t]!;
  }
  return { n, end: i };
}

/** Reads plural round numbers: `dozens`, `hundreds of thousands` (lower bounds, `at-least`). */
function readVague(tokens: readonly string[], start: number): NumberRead | undefined {
  const t = tokens[start] ?? '';
  const base = VAGUE_PLURALS[t];
  if (base === undefined) return undefined;
  const scale = tokens[start + 1] === 'of' ? PLURAL_SCALES[tokens[start + 2] ?? ''] : undefined;
  if (scale !== undefined) return { n: base * scale, approx: 'at-least', end: start + 3 };
  return t === 'tens' ? undefined : { n: base, approx: 'at-least', end: start + 1 };
}

/** Reads number words: `twenty two`, `a dozen`, `two hundred thousand`, `half a million`. */
function readWords(tokens: readonly string[], start: number): NumberRead | undefined {
  let total = 0;
  let current = 0;
  let last: Kind | undefined;
  let i = start;
  for (; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1] ?? '';
    const countable = next in MULTIPLIERS || next in SCALES || next in FRACTIONS;
    if ((t === 'a' || t === 'an') && countable) {
      if (last === undefined) { current = 1; last = 'small'; continue; }
      if (last === 'frac' && next in SCALES) continue;
      break;
    }
    if (t === 'and' && last !== undefined && (next in SMALL || next in TENS)) continue;
    if (t in SMALL) {
      const v = SMALL[t]!;
      if (last === 'small' || (last === 'tens' && v >= 10)) break;
      current += v; last = 'small';
    } else if (t in TENS) {
      if (last === 'small' || last === 'tens') break;
      current += TENS[t]!; last = 'tens';
    } else if (t in MULTIPLIERS) {
      if (last !== undefined && last !== 'small' && last !== 'tens') break;
      current = (current || 1) * MULTIPLIERS[t]!; last = 'mult';
    } else if (t in SCALES) {
      if (last === 'scale') break;
      total += (current || 1) * SCALES[t]!; current = 0; last = 'scale';
    } else if (t in FRACTIONS) {
      if (last === undefined) current = FRACTIONS[t]!;
      else if (last === 'small' || last === 'tens') current *= FRACTIONS[t]!;
      else break;
      last = 'frac';
    } else break;
  }
  return last === undefined ? undefined : { n: total + current, end: i };
}

/**
 * Reads one number phrase starting at `tokens[start]` (tokens from `tokenize`):
 * an optional qualifier (`more than`), the number (digits, words or a vague plural) and an optional
 * trailing qualifier (`or more`). Returns undefined when no number starts there.
 */
export function readNumber(tokens: readonly string[], start: number): NumberRead | undefined {
  const pre = readApproxPrefix(tokens, start);
  const at = start + (pre?.used ?? 0);
  const core = readDigits(tokens, at) ?? readVague(tokens, at) ?? readWords(tokens, at);
  if (!core) return undefined;
  let approx = pre?.approx ?? core.approx;
  let end = core.end;
  const post = readApproxSuffix(tokens, end);
  if (post) {
    approx ??= post.approx;
    end += post.used;
  }
  return approx ? { n: core.n, approx, end } : { n: core.n, end };
}
