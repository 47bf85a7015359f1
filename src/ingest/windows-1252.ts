/**
 * Windows-1252 (the "ANSI" code page of Western-European Windows, and what many old CMSs
 * emit): recognised when a file is not UTF-8 and every byte above ASCII reads as something a
 * news text would hold there.
 */

/** What bytes 0x80–0x9F stand for (the rest are Latin-1); '' where Windows-1252 leaves one undefined. */
const HIGH = '€,,‚,ƒ,„,…,†,‡,ˆ,‰,Š,‹,Œ,,Ž,,,‘,’,“,”,•,–,—,˜,™,š,›,œ,,ž,Ÿ'.split(',');

/**
 * Decodes Windows-1252 by its table. (Node's `TextDecoder('windows-1252')` decodes Latin-1
 * instead, leaving curly quotes and dashes as C1 control characters.)
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += byte >= 0x80 && byte <= 0x9f ? HIGH[byte - 0x80] || String.fromCharCode(byte) : String.fromCharCode(byte);
  return text;
}

/** Bytes 0x80–0x9F that Windows-1252 leaves undefined. */
const UNDEFINED = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);
const MULTIPLY = 0xd7;
const DIVIDE = 0xf7;

/**
 * True when every byte above ASCII is plausible Windows-1252: typographic punctuation and
 * symbols (curly quotes, dashes, €, £, °, ©) anywhere, accented letters only next to another
 * letter ("café", "Zürich"). A lone 0xFF between spaces, or a UTF-8 lead byte cut from its
 * sequence, is not: such a file is UTF-8 with damage, not another encoding.
 */
export function looksLikeWindows1252(bytes: Uint8Array): boolean {
  let high = 0;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] as number;
    if (byte < 0x80) continue;
    high++;
    if (UNDEFINED.has(byte)) return false;
    if (byte >= 0xc0 && byte !== MULTIPLY && byte !== DIVIDE && !isLetter(bytes[i - 1]) && !isLetter(bytes[i + 1])) return false;
  }
  return high > 0;
}

/** An ASCII letter, or a Windows-1252 accented letter. */
function isLetter(byte: number | undefined): boolean {
  if (byte === undefined) return false;
  if ((byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a)) return true;
  return byte >= 0xc0 && byte !== MULTIPLY && byte !== DIVIDE;
}
