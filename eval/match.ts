/** How a report's values and sources are matched against an answer key's. */
import { parseQuantity } from '../src/normalize/numbers/index.js';
import type { Value } from '../src/types.js';
import type { KeyValue } from './key.js';

/** A source's file name (plus `#N` for an element of a JSON array), as keys name it. */
export function fileName(source: string): string {
  return source.split('/').at(-1) ?? source;
}

/** Whether a claim's value is the key's value: numbers as numbers, words by their words. */
export function valueMatches(value: Value, key: KeyValue): boolean {
  switch (value.type) {
    case 'count':
    case 'ordinal':
      return Number(key) === value.n;
    case 'quantity': {
      const [amount, unit] = String(key).trim().split(/\s+/);
      const sameAmount = Math.abs(Number(amount) - value.amount) <= 1e-9 * Math.max(1, Math.abs(value.amount));
      return sameAmount && (!unit || unitName(unit) === unitName(value.unit));
    }
    case 'date':
      return value.span.start.startsWith(String(key));
    case 'quote':
      return wordsAlike(value.text, String(key), 0.6);
    case 'member':
      // "Russia became the 39th member": a member's place in the count answers a key's count.
      if (value.ordinal !== undefined && typeof key === 'number') return key === value.ordinal;
      return words(value.text) === words(String(key)) || words(value.text).includes(words(String(key)));
    case 'name':
    case 'place':
      return words(value.text) === words(String(key)) || words(value.text).includes(words(String(key)));
  }
}

/** Whether a claim is placed at the key's `asOf`: its interval lies within that day, month or year. */
export function placedAt(span: { start: string; end: string } | undefined, asOf: string): boolean {
  if (!span) return false;
  const end = asOf.length === 4 ? `${asOf}-12-31` : asOf.length === 7 ? `${asOf}-31` : asOf;
  return span.start >= asOf && span.end <= end;
}

/**
 * Keys write units loosely: `%` is `percent`, `min` is `minute`, a plural is its singular, and a
 * count of people killed, injured, displaced, recovered or evacuated (the checker's `death`, `injury`, `displaced`, `recovered`, `evacuated`), and of bodies or victims, is a count of persons.
 */
function unitName(unit: string): string {
  // "948 ft" in a key is the tool's foot: an abbreviation is read by the tool's own unit vocabulary.
  const lower = (parseQuantity(`1 ${unit}`)?.unit || unit).toLowerCase();
  const known: Record<string, string> = { '%': 'percent', min: 'minute', mins: 'minute', h: 'hour', hr: 'hour', kph: 'km/h', t: 'ton', tonne: 'ton', tonnes: 'ton', death: 'person', injury: 'person', displaced: 'person', recovered: 'person', body: 'person', bodies: 'person', victim: 'person', evacuated: 'person', evacuee: 'person', people: 'person' };
  return known[lower] ?? (lower.length > 3 && lower.endsWith('s') ? lower.slice(0, -1) : lower);
}

function words(text: string): string {
  return text.toLowerCase().replace(/[’']/g, "'").replace(/[^\p{L}\p{N}']+/gu, ' ').trim();
}

function wordsAlike(a: string, b: string, threshold: number): boolean {
  const [x, y] = [new Set(words(a).split(' ')), new Set(words(b).split(' '))];
  const shared = [...x].filter((w) => y.has(w)).length;
  return shared / Math.min(x.size, y.size) >= threshold;
}
