/**
 * Numbers and quantities as written in news text: digits, number words, scales, ordinals,
 * approximation qualifiers and units, plus the rule for when two approximations agree.
 */
export { parseNumber, type ParsedNumber } from './parse-number.js';
export { parseOrdinal } from './parse-ordinal.js';
export { parseQuantity, type ParsedQuantity } from './parse-quantity.js';
export { approxCompatible } from './compatible.js';
export { approxOf, APPROX_PREFIXES } from './approx.js';
export { CARDINAL_WORDS } from './words.js';
export { formatOrdinal } from './format-ordinal.js';
