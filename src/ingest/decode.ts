import type { Diagnostic } from '../types.js';
import { diagnostic } from './diagnostics.js';
import { lineColumn, lineStartsOf } from './lines.js';
import { scanUtf8 } from './utf8-scan.js';
import { decodeWindows1252, looksLikeWindows1252 } from './windows-1252.js';

/** A decoded file, or why it cannot be read as text. */
export type Decoded = { text: string; diagnostics: Diagnostic[] } | { error: Diagnostic };

/** How many leading bytes (or characters) are looked at to tell text from binary. */
const BINARY_PROBE = 8000;
/** Share of control characters (other than tab, line and page breaks) above which decoded text is binary. */
const MAX_CONTROL_SHARE = 0.1;

type Utf16 = 'utf-16le' | 'utf-16be';

/**
 * Decodes a file's bytes into text. A UTF-8 BOM is dropped silently; a UTF-16 BOM (or the NUL
 * pattern of BOM-less UTF-16 ASCII) selects UTF-16. Other files are UTF-8 when they are valid;
 * else Windows-1252 when every byte above ASCII reads as plausible Windows-1252 (an info);
 * else UTF-8 with each bad sequence replaced by U+FFFD (a warning at the first). A NUL byte,
 * or mostly control characters, near the start means a binary file.
 */
export function decode(bytes: Uint8Array): Decoded {
  const utf16 = byteOrderMark(bytes) ?? bomlessUtf16(bytes);
  if (utf16) {
    const text = new TextDecoder(utf16).decode(bytes);
    const noted = byteOrderMark(bytes) ? [] : [diagnostic('utf16-without-bom', 'info', { encoding: label(utf16) })];
    return binaryText(text) ?? { text, diagnostics: noted };
  }
  const nul = bytes.subarray(0, BINARY_PROBE).indexOf(0);
  if (nul >= 0) return { error: diagnostic('binary-file', 'error', { found: `a NUL byte at offset ${nul}` }) };
  const scan = scanUtf8(bytes);
  if (scan.invalid === 0) return checked(new TextDecoder('utf-8').decode(bytes), []);
  if (scan.multibyte === 0 && looksLikeWindows1252(bytes)) {
    const text = decodeWindows1252(bytes);
    const first = bytes.findIndex((b) => b >= 0x80);
    const data = { char: text.charAt(first), byte: first };
    return checked(text, [diagnostic('windows-1252', 'info', data, lineColumn(lineStartsOf(text), first))]);
  }
  const text = new TextDecoder('utf-8').decode(bytes);
  const offset = new TextDecoder('utf-8').decode(bytes.subarray(0, scan.firstInvalid)).length;
  const data = { count: scan.invalid, plural: scan.invalid === 1 ? '' : 's', byte: scan.firstInvalid };
  return checked(text, [diagnostic('invalid-encoding', 'warning', data, lineColumn(lineStartsOf(text), offset))]);
}

function checked(text: string, diagnostics: Diagnostic[]): Decoded {
  return binaryText(text) ?? { text, diagnostics };
}

function byteOrderMark(bytes: Uint8Array): Utf16 | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/**
 * UTF-16 without a BOM, recognised by its NUL bytes: ASCII text in UTF-16 LE has a NUL in
 * (nearly) every odd byte and none in the even ones, BE the other way round.
 */
function bomlessUtf16(bytes: Uint8Array): Utf16 | undefined {
  const probe = bytes.subarray(0, BINARY_PROBE);
  if (probe.length < 4 || probe.length % 2 !== 0) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < probe.length; i++) if (probe[i] === 0) i % 2 === 0 ? evenNul++ : oddNul++;
  const pairs = probe.length / 2;
  if (oddNul >= pairs * 0.9 && evenNul === 0) return 'utf-16le';
  if (evenNul >= pairs * 0.9 && oddNul === 0) return 'utf-16be';
  return undefined;
}

/** A binary-file error when the start of the decoded text is mostly control characters. */
function binaryText(text: string): { error: Diagnostic } | undefined {
  const probe = text.slice(0, BINARY_PROBE);
  const nul = probe.indexOf('\0');
  if (nul >= 0) return { error: diagnostic('binary-file', 'error', { found: `a NUL character at character ${nul}` }) };
  const controls = probe.match(/[\u0001-\u0008\u000E-\u001F\u007F]/g)?.length ?? 0;
  if (controls === 0 || controls < probe.length * MAX_CONTROL_SHARE) return undefined;
  return { error: diagnostic('binary-file', 'error', { found: `${controls} control characters in the first ${probe.length}` }) };
}

function label(encoding: Utf16): string {
  return encoding === 'utf-16le' ? 'UTF-16 LE' : 'UTF-16 BE';
}
