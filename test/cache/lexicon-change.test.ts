/**
 * The needles whose standing changed between two organisation lexicons (lexicon-change.ts): a text
 * holding none of them has the same slice under both (checked against lexiconSlicer on many
 * generated lexicons and texts), and entries kept in another order give no needles at all; and the
 * quick test for a few needles (mayHoldAny) says yes wherever the needle finder finds one.
 */
import { describe, expect, it } from 'vitest';
import { changedNeedles, FOLDS_TO_ASCII, mayHoldAny } from '../../src/cache/lexicon-change.js';
import { lexiconSlicer } from '../../src/cache/lexicon-slice.js';
import { foldUncached, needleFinder } from '../../src/cache/needle-finder.js';

describe('changedNeedles', () => {
  const before = { SCO: ['Shanghai Cooperation Organization'], QCAAB: ['Council of Aab Quorum'] };

  it.each([
    ['nothing changed', before, []],
    ['an entry added: its new names and words only', { ...before, QNH: ['Quorum of Northern Harbours'] }, ['QNH', 'Quorum of Northern Harbours', 'Northern', 'Harbours']],
    ['a variant added: every name of the entry', { ...before, SCO: ['Shanghai Cooperation Organization', 'the Shanghai Organization'] }, ['SCO', 'Shanghai Cooperation Organization', 'the Shanghai Organization', 'the']],
    ['an entry removed: its names and the words no other name has', { SCO: before.SCO }, ['QCAAB', 'Council of Aab Quorum', 'Council', 'of', 'Aab', 'Quorum']],
    ['a name shared with a kept entry', { ...before, ZZ: ['SCO'] }, ['ZZ', 'SCO']],
  ])('%s', (_, after, needles) => {
    expect(changedNeedles(before, after)?.sort()).toEqual([...needles].sort());
  });

  it('gives none when kept entries change order (a later entry wins a shared name)', () => {
    expect(changedNeedles(before, { QCAAB: before.QCAAB, SCO: before.SCO })).toBeUndefined();
    expect(changedNeedles(before, { NEW: ['New Body'], ...before })).toEqual(['NEW', 'New Body', 'New', 'Body']);
  });

  it('leaves the slice of every text holding none of them as it was', () => {
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 48271) % 2147483647;
      return seed % n;
    };
    const words = ['Aab', 'Quorum', 'of', 'Council', 'North', 'QN', 'QNH', 'Harb', 'Harbours', 'SCO', 'the', 'Forum', 'Zeta', 'Σigma', 'straße', 'K'];
    const name = () => Array.from({ length: 1 + random(3) }, () => words[random(words.length)]).join(' ');
    const lexicon = () => Object.fromEntries(Array.from({ length: random(6) }, () => [name(), Array.from({ length: random(3) }, name)]));
    let checked = 0;
    // Texts that hold a changed needle, whose slice did change: the generated cases do reach the boundary.
    let differed = 0;
    for (let round = 0; round < 2000; round++) {
      const first = lexicon();
      // The second lexicon: some entries of the first kept, some changed, some added.
      const second: Record<string, string[]> = {};
      for (const [canonical, variants] of Object.entries(first)) {
        const roll = random(4);
        if (roll === 0) continue;
        second[canonical] = roll === 1 ? [...variants, name()] : variants;
      }
      if (random(2) === 0) second[name()] = [name()];
      const needles = changedNeedles(first, second);
      if (!needles) continue;
      const find = needleFinder(needles);
      const [sliceFirst, sliceSecond] = [lexiconSlicer(first), lexiconSlicer(second)];
      for (let t = 0; t < 20; t++) {
        const filler = ['met', 'in', 'Oslo', 'on', 'Monday', 'members', '12'];
        const text = Array.from({ length: 2 + random(8) }, () => (random(3) === 0 ? (random(4) === 0 ? name().toUpperCase() : name()) : filler[random(filler.length)])).join(random(2) ? ' ' : ', ');
        if (find(text).size > 0) {
          if (JSON.stringify(sliceSecond(text)) !== JSON.stringify(sliceFirst(text))) differed++;
          continue;
        }
        expect(sliceSecond(text)).toEqual(sliceFirst(text));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(5000);
    expect(differed).toBeGreaterThan(100);
  });
});

describe('mayHoldAny', () => {
  it('lists every code point that folds or lower-cases to ASCII', () => {
    for (let point = 0x80; point <= 0x10ffff; point++) {
      if (point >= 0xd800 && point <= 0xdfff) continue;
      const lower = String.fromCodePoint(point).toLowerCase();
      const toAscii = foldUncached(point) < 0x80 || [...lower].some((c) => c.charCodeAt(0) < 0x80) || point === 0x307;
      if (toAscii !== FOLDS_TO_ASCII.test(String.fromCodePoint(point))) expect(point.toString(16)).toBe('listed as it folds');
    }
  });

  it.each([
    [['QNH'], 'The qnh met.', true],
    [['QNH'], 'The QN H met.', false],
    [['Quorum of Harbours'], 'the QUORUM OF HARBOURS', true],
    [['Quorum of Harbours'], 'the Quorum of  Harbours', false],
    [['SKO'], 'The \u212aSO met', false],
    [['SKO'], 'The S\u212aO met', true],
    [['straße'], 'STRASSE', false],
    [['stras'], 'die Straße', true],
    [['a.b'], 'axb', false],
    [[], 'anything', false],
    [[''], 'anything', true],
    [Array.from({ length: 100 }, (_, i) => `Body${i}`), 'the BODY99 met', true],
    [Array.from({ length: 100 }, (_, i) => `Body${i}`), 'the Body met', false],
  ])('%j in %j: %s', (needles, text, expected) => {
    expect(mayHoldAny(needles)(text)).toBe(expected);
    // Never false where the finder finds one.
    if (needleFinder(needles)(text).size > 0) expect(mayHoldAny(needles)(text)).toBe(true);
  });

  it('is true wherever the finder finds a needle, on generated texts', () => {
    let seed = 11;
    const random = (n: number) => {
      seed = (seed * 48271) % 2147483647;
      return seed % n;
    };
    const pieces = ['q', 'Q', 'n', 'H', 'h', ' ', 'of', '\u212a', 'k', 'K', '\u0130', 'i', 'I', '\u0307', 'ß', 'ss', 'S', '\u017f', 'é', '.', 'x'];
    const word = (length: number) => Array.from({ length }, () => pieces[random(pieces.length)]).join('');
    for (let round = 0; round < 300; round++) {
      const needles = Array.from({ length: 1 + random(4) }, () => word(1 + random(3)));
      const may = mayHoldAny(needles);
      const find = needleFinder(needles);
      for (let t = 0; t < 50; t++) {
        const text = word(random(30));
        if (find(text).size > 0) expect([needles, text, may(text)]).toEqual([needles, text, true]);
      }
    }
  });
});
