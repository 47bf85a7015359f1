import { describe, expect, it } from 'vitest';
import { needleFinder } from '../../src/cache/needle-finder.js';

const found = (needles: string[], text: string) => [...needleFinder(needles)(text)].map((id) => needles[id]).sort();

describe('needleFinder', () => {
  it.each([
    [['SCO', 'Shanghai Cooperation Organization'], 'Leaders of the Shanghai Cooperation Organization (SCO) met.', ['SCO', 'Shanghai Cooperation Organization']],
    [['NATO', 'the alliance'], "NATO's 31 members", ['NATO']],
    [['nato'], 'NATO', ['nato']],
    [['he', 'she', 'his', 'hers'], 'ushers', ['he', 'hers', 'she']],
    [['Quorum', 'Council of Aab Quorum'], 'the Council of Abc Quorum', ['Quorum']],
    [['abc', 'bcd', 'cde'], 'xbcdx', ['bcd']],
    [['Atg'], 'no such word here', []],
    [[''], 'anything', ['']],
  ])('%j in %j → %j', (needles, text, expected) => {
    expect(found(needles, text)).toEqual(expected);
  });

  it.each([
    ['ΟΡΓΑΝΙΣΜΟΣ', 'οργανισμος'],
    ['Straße', 'STRAẞE'],
    ['İstanbul', 'i̇stanbul'],
    ['Société Générale', 'SOCIÉTÉ GÉNÉRALE'],
  ])('finds what equals ignoring case: %s ~ %s', (needle, text) => {
    expect(found([needle], text)).toEqual([needle]);
    expect(found([text], needle)).toEqual([text]);
  });
});
