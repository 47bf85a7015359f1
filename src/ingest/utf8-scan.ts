/** What a pass over a file's bytes found about its UTF-8. */
export interface Utf8Scan {
  /** Well-formed sequences of two to four bytes (characters outside ASCII). */
  multibyte: number;
  /** Bytes or truncated sequences that are not UTF-8 (each becomes one U+FFFD). */
  invalid: number;
  /** Byte offset of the first invalid one, -1 when there is none. */
  firstInvalid: number;
}

/**
 * Checks bytes against the UTF-8 rules (no overlong forms, no surrogates, nothing above
 * U+10FFFF), counting what it sees, without decoding: it decides how a file is read before
 * any text is built, and gives the byte where the first bad sequence starts.
 */
export function scanUtf8(bytes: Uint8Array): Utf8Scan {
  const scan: Utf8Scan = { multibyte: 0, invalid: 0, firstInvalid: -1 };
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] as number;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const length = sequenceLength(bytes, i);
    if (length > 0) {
      scan.multibyte++;
      i += length;
      continue;
    }
    if (scan.firstInvalid < 0) scan.firstInvalid = i;
    scan.invalid++;
    i += Math.max(1, validPrefix(bytes, i));
  }
  return scan;
}

/** The second byte's allowed range for each lead byte (the rest are 0x80–0xBF). */
function secondRange(lead: number): [number, number, number] | undefined {
  if (lead >= 0xc2 && lead <= 0xdf) return [2, 0x80, 0xbf];
  if (lead === 0xe0) return [3, 0xa0, 0xbf];
  if (lead === 0xed) return [3, 0x80, 0x9f];
  if (lead >= 0xe1 && lead <= 0xef) return [3, 0x80, 0xbf];
  if (lead === 0xf0) return [4, 0x90, 0xbf];
  if (lead >= 0xf1 && lead <= 0xf3) return [4, 0x80, 0xbf];
  if (lead === 0xf4) return [4, 0x80, 0x8f];
  return undefined;
}

/** The length of the well-formed sequence at `i`, or 0. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const range = secondRange(bytes[i] as number);
  if (!range) return 0;
  const [length] = range;
  return validPrefix(bytes, i) === length ? length : 0;
}

/** How many bytes from `i` follow the rules of the lead byte's sequence (a maximal subpart, as decoders replace it). */
function validPrefix(bytes: Uint8Array, i: number): number {
  const range = secondRange(bytes[i] as number);
  if (!range) return 1;
  const [length, low, high] = range;
  const second = bytes[i + 1];
  if (second === undefined || second < low || second > high) return 1;
  let n = 2;
  while (n < length) {
    const next = bytes[i + n];
    if (next === undefined || next < 0x80 || next > 0xbf) break;
    n++;
  }
  return n;
}
