/**
 * `parseQuantity` remembered by its text (text-memo.ts): the quantity finder and the features of
 * a passage parse the same figures again wherever a sentence recurs. Each caller gets its own copy.
 */
import { parseQuantity, type ParsedQuantity } from '../normalize/numbers/index.js';
import { TextMemo } from './text-memo.js';

const parsed = new TextMemo<ParsedQuantity | undefined>((q) => (q ? { ...q } : q));

/** `parseQuantity(text)`, from memory when the same text was parsed before. */
export function parsedQuantity(text: string): ParsedQuantity | undefined {
  return parsed.get(text, () => parseQuantity(text));
}
