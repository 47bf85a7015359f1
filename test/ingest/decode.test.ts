import { describe, expect, it } from 'vitest';
import { decode } from '../../src/ingest/decode.js';
import { scanUtf8 } from '../../src/ingest/utf8-scan.js';
import { decodeWindows1252, looksLikeWindows1252 } from '../../src/ingest/windows-1252.js';

const latin1 = (text: string) => Buffer.from(text, 'latin1');

describe('scanUtf8', () => {
  it.each<[string, number[], { multibyte: number; invalid: number; firstInvalid: number }]>([
    ['ASCII', [...Buffer.from('Zagreb')], { multibyte: 0, invalid: 0, firstInvalid: -1 }],
    ['"Zürich €" in UTF-8', [...Buffer.from('Zürich €')], { multibyte: 2, invalid: 0, firstInvalid: -1 }],
    ['a lone continuation byte', [0x41, 0x80, 0x42], { multibyte: 0, invalid: 1, firstInvalid: 1 }],
    ['a sequence cut short', [0x41, 0xe2, 0x82, 0x42], { multibyte: 0, invalid: 1, firstInvalid: 1 }],
    ['an overlong "/"', [0xc0, 0xaf], { multibyte: 0, invalid: 2, firstInvalid: 0 }],
    ['a surrogate', [0xed, 0xa0, 0x80], { multibyte: 0, invalid: 3, firstInvalid: 0 }],
    ['a file cut inside a character', [...Buffer.from('€'), 0xe2, 0x82], { multibyte: 1, invalid: 1, firstInvalid: 3 }],
  ])('%s', (_name, bytes, expected) => {
    expect(scanUtf8(new Uint8Array(bytes))).toEqual(expected);
    // The count of invalid sequences is the count of replacement characters a decoder writes.
    expect(new TextDecoder().decode(new Uint8Array(bytes)).split('\uFFFD').length - 1).toBe(expected.invalid);
  });
});

describe('Windows-1252', () => {
  it.each([
    ['curly quotes and a dash', latin1('He said \x93yes\x94 \x96 twice'), true],
    ['an accented word', latin1('the caf\xe9 in Zagreb'), true],
    ['a lone 0xFF between spaces', latin1('Bad \xff byte'), false],
    ['an undefined byte', latin1('a \x81 b'), false],
    ['plain ASCII', latin1('nothing to see'), false],
  ])('%s → %s', (_name, bytes, expected) => {
    expect(looksLikeWindows1252(bytes)).toBe(expected);
  });

  it('decodes the 0x80–0x9F range by its table, not as Latin-1', () => {
    expect(decodeWindows1252(latin1('\x80 \x85 \x91x\x92 \x93y\x94 \x96 \x97 \x99 \xe9'))).toBe('€ … ‘x’ “y” – — ™ é');
  });
});

describe('decode', () => {
  it.each([
    ['UTF-8', Buffer.from('Zürich'), 'Zürich', []],
    ['UTF-8 with a BOM (dropped silently)', Buffer.from('\uFEFFZürich'), 'Zürich', []],
    ['UTF-16 LE with a BOM', Buffer.from('\uFEFFZürich', 'utf16le'), 'Zürich', []],
    ['UTF-16 BE with a BOM', Buffer.from('\uFEFFZürich', 'utf16le').swap16(), 'Zürich', []],
    ['Windows-1252', latin1('\x93Z\xfcrich\x94'), '“Zürich”', ['windows-1252']],
    ['damaged UTF-8', Buffer.concat([Buffer.from('Zürich '), Buffer.from([0xff])]), 'Zürich \uFFFD', ['invalid-encoding']],
  ])('%s', (_name, bytes, text, codes) => {
    const decoded = decode(bytes);
    expect('text' in decoded ? [decoded.text, decoded.diagnostics.map((d) => d.code)] : decoded).toEqual([text, codes]);
  });
});
