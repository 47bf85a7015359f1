import type { Approx } from '../../types.js';
import { readApproxPrefix } from './approx.js';
import { headNoun, singular } from './noun.js';
import { readNumber } from './read-number.js';
import { tokenize } from './tokens.js';
import { PLURAL_SCALES, VAGUE_PLURALS } from './words.js';
import { CURRENCY_SYMBOLS, CURRENCY_WORDS, UNIT_ALIASES, type Alias } from './vocabulary.js';

/** A quantity as written: amount (scales applied), unit, qualifier and ISO currency code. */
export interface ParsedQuantity {
  amount: number;
  /** A unit (`ton`, `km`, `percent`), an ISO currency code, a singular head noun, or `''` for a bare count. */
  unit: string;
  approx?: Approx;
  currency?: string;
}

/** Removes a currency symbol glued to (or standing before) the number at `tokens[at]`. */
function takeSymbol(tokens: string[], at: number): string | undefined {
  const token = tokens[at] ?? '';
  for (const [symbol, code] of CURRENCY_SYMBOLS) {
    if (!token.startsWith(symbol)) continue;
    const rest = token.slice(symbol.length);
    if (rest === '' && /^\d/.test(tokens[at + 1] ?? '')) tokens.splice(at, 1);
    else if (/^\d/.test(rest)) tokens[at] = rest;
    else continue;
    return code;
  }
  return undefined;
}

/** The alias the text starts with, as a whole word. */
function leading(text: string, aliases: readonly Alias[]): string | undefined {
  // "350 km per hour." at the end of a sentence: the full stop is not part of the unit.
  return aliases.find(([a]) => text === a || text.startsWith(`${a} `) || text === `${a}.` || text.startsWith(`${a}. `))?.[1];
}

/**
 * Parses a quantity phrase: `nearly 10 tons` → `{amount: 10, unit: 'ton', approx: 'nearly'}`,
 * `US$890 billion` → `{amount: 8.9e11, unit: 'USD', currency: 'USD'}`, `1,151 crimes` → unit `crime`,
 * `about 14.4 percent` → unit `percent`, `more than 600` → unit `''`.
 * Units and currencies come from `units.json`; `¥` is read as CNY and a bare `pounds` as weight (`lb`).
 * Words after the noun phrase (`of narcotic drugs`, `in 2024`) are ignored, but a vague plural counts
 * what follows its `of` (`dozens of times` → unit `time`). A leading article before digits is skipped
 * (`a 612-km railway`). Undefined when no number leads.
 */
export function parseQuantity(text: string): ParsedQuantity | undefined {
  const tokens = tokenize(text);
  if (/^(?:a|an|the)$/.test(tokens[0] ?? '') && /^\d/.test(tokens[1] ?? '')) tokens.shift();
  const pre = readApproxPrefix(tokens, 0);
  const at = pre?.used ?? 0;
  const symbol = takeSymbol(tokens, at);
  const read = readNumber(tokens, at);
  if (!read) return undefined;
  const approx = pre?.approx ?? read.approx;
  const vague = tokens[read.end - 1] ?? '';
  const skipOf = tokens[read.end] === 'of' && (vague in VAGUE_PLURALS || vague in PLURAL_SCALES);
  const rest = tokens.slice(read.end + (skipOf ? 1 : 0));
  const restText = rest.join(' ');
  const currency = symbol ?? leading(restText, CURRENCY_WORDS);
  // "an 83-paragraph declaration": the word joined to the figure is what it counts.
  const compound = /^\D{0,40}?\d[\d,.]*-([a-z]+)\b/.exec(text)?.[1];
  const unit = currency ?? leading(restText, UNIT_ALIASES) ?? (compound && !/^\d/.test(compound) ? singular(compound) : headNoun(rest));
  return {
    amount: read.n,
    unit,
    ...(approx ? { approx } : {}),
    ...(currency ? { currency } : {}),
  };
}
