/**
 * furniture.json's quick tests: a rule's `requires` must match wherever its pattern does (else a
 * paragraph the pattern drops would be kept), and an end marker's `endsWith` must hold the last
 * character (before trailing white space) of every paragraph the marker matches. Checked on every
 * paragraph of the seeds and test corpora, on the unit tests' furniture lines, and on random
 * paragraphs built from the patterns' own words, upper and lower case, Unicode look-alikes and
 * white space.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import table from '../../src/ingest/furniture.json' with { type: 'json' };

function textsUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return textsUnder(path);
    return /\.(txt|md|json|html?)$/i.test(name) ? [readFileSync(path, 'utf8')] : [];
  });
}

const corpus = ['sources', 'test/corpus', 'test/fixtures'].flatMap(textsUnder).flatMap((text) => text.split(/\n\s*\n|\n|<\/?p>|","|"/));

const LINES = [
  'By continuing to browse our site you agree to our use of cookies, revised Privacy Policy and Terms of Use.',
  'An important disclaimer is at the bottom of this article.',
  'Please note: This information is raw content obtained directly from the source of the information.',
  'The views expressed in this article are those of the author.',
  'This article does not necessarily reflect the position of the site.',
  '渝ICP备20009753号-2 互联网新闻信息服务许可证号:50120220004',
  'Internet illegal and undesirable information can be reported by calling this telephone number',
  'To report harmful content, please e-mail us',
  'Copyright 2022 Example Times. All rights reserved.',
  '© 2021 Example', '(C) 2020 Example', 'ALL RIGHTS RESERVED',
  'The talks ended. (END)', 'He left. –0– ', 'The end ###\u00a0\n', 'x --0--\u2028',
];

/** Random paragraphs from pieces of the patterns and characters that fold or trim in surprising ways. */
function randomLines(count: number): string[] {
  const words = [...new Set([...table.drop, table.source].flatMap((rule) => rule.pattern.match(/[\p{L}]+/gu) ?? []))];
  const odd = [' ', '  ', '\u00a0', '\t', '\n', '\u2028', '\ufeff', '\u3000', '(', ')', '(c)', '©', '-', '–', '—', '0', '#', '###', '.', ',', ':', '\u212a', '\u017f', 'İ', 'ı', '备', '证', '2024'];
  let seed = 7;
  const next = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const lines: string[] = [];
  for (let n = 0; n < count; n++) {
    const parts: string[] = [];
    const length = 1 + Math.floor(next() * 14);
    for (let k = 0; k < length; k++) {
      const piece = next() < 0.6 ? words[Math.floor(next() * words.length)]! : odd[Math.floor(next() * odd.length)]!;
      const cased = next() < 0.3 ? piece.toUpperCase() : next() < 0.5 ? piece.toLowerCase() : piece;
      parts.push(cased, next() < 0.8 ? ' ' : '');
    }
    lines.push(parts.join(''));
  }
  return lines;
}

const samples = [...corpus, ...LINES, ...randomLines(40_000)];

describe('furniture.json quick tests', () => {
  it('has corpora to check them on', () => {
    expect(corpus.length).toBeGreaterThan(1000);
  });

  for (const rule of table.drop) {
    if (!('requires' in rule) || typeof rule.requires !== 'string') continue;
    it(`${rule.id}: requires matches wherever the pattern does`, () => {
      const flags = 'caseSensitive' in rule && rule.caseSensitive ? 'u' : 'iu';
      const pattern = new RegExp(rule.pattern, flags);
      const requires = new RegExp(rule.requires, flags);
      const matched = samples.filter((text) => pattern.test(text.trim()));
      expect(matched.length).toBeGreaterThan(0);
      expect(matched.filter((text) => !requires.test(text.trim()))).toEqual([]);
    });
  }

  for (const marker of table.endMarkers) {
    it(`end marker ${marker.pattern}: endsWith holds the last character of every match`, () => {
      const pattern = new RegExp(marker.pattern, 'u');
      const matched = samples.filter((text) => pattern.test(text));
      expect(matched.length).toBeGreaterThan(0);
      expect(matched.filter((text) => !marker.endsWith.includes(text.trimEnd().at(-1) ?? ''))).toEqual([]);
    });
  }
});
