import { describe, expect, it } from 'vitest';
import { namesFor } from '../../src/extract/organisation-names.js';
import type { Lexicon } from '../../src/rules/types.js';

/** A lexicon with only what the table reads. */
function lexicon(organisations: Record<string, string[]>, aliases: Record<string, string[]> = {}): Required<Lexicon> {
  return { organisations, aliases, organisationHeads: ['Organization', 'Union', 'Council'] } as unknown as Required<Lexicon>;
}

describe('namesFor', () => {
  it('answers as one map built in order: organisations, the source\'s definitions, aliases, then added names', () => {
    const lex = lexicon({ 'African Union': ['AU'], 'Quorum Council': ['QC'] }, { 'Trade Union': ['QC'] });
    const names = namesFor(lex);
    names.learn('Quorum Council', ['QCX']);
    names.learn('Aab Organization', ['AO']);
    expect(names.get('AU')).toBe('African Union');
    // The alias comes after the definitions, so it wins for a name both give.
    expect(names.get('QC')).toBe('Trade Union');
    expect(names.get('QCX')).toBe('Quorum Council');
    expect(names.get('AO')).toBe('Aab Organization');
    expect(names.has('G20')).toBe(false);
    names.set('G20', 'G20');
    expect(names.get('G20')).toBe('G20');
  });

  it('lists every name once, sorted, the lexicon\'s and the source\'s merged', () => {
    const names = namesFor(lexicon({ 'African Union': ['AU'], Zeta: [] }));
    names.learn('Beta Council', ['BC']);
    names.set('AU', 'African Union');
    expect(names.keys()).toEqual(['AU', 'African Union', 'BC', 'Beta Council', 'Zeta']);
    expect(names.numbered()).toEqual(new Set());
  });

  it('finds the names a text contains: exactly with capitals, in any case when lower-case', () => {
    const names = namesFor(lexicon({ 'African Union': ['the union', 'AU'] }));
    names.learn('Beta Council', ['BC']);
    expect(names.written('The Union and the AFRICAN UNION met the Beta Council.').sort()).toEqual(['Beta Council', 'the union']);
  });

  it('tells the words of every name and of the keys given', () => {
    const names = namesFor(lexicon({ 'African Union': [] }));
    names.learn('Beta Council', []);
    const words = names.words(['Gamma']);
    expect(['African', 'Union', 'Beta', 'Council', 'Gamma'].every((w) => words.has(w))).toBe(true);
    expect(words.has('Madrid')).toBe(false);
  });

  it('spells out an abbreviation by the one multi-word name its initials give, the source\'s definitions counted', () => {
    const lex = lexicon({ 'African Union': ['AU'], 'Arab Union': [], 'Beta Council': ['Bravo Council'] }, { 'Trade Union': ['Trade Unions'] });
    const names = namesFor(lex);
    // Two names have the initials AU: no answer.
    expect(names.spelledOut('AU')).toBeUndefined();
    expect(names.spelledOut('TU')).toBe('Trade Union');
    // "Bravo Council" stands for "Beta Council": one name, though two spell BC.
    expect(names.spelledOut('BC')).toBe('Beta Council');
    // A definition takes a lexicon name over: "Arab Union" now stands for "African Union".
    names.learn('African Union', ['Arab Union']);
    expect(names.spelledOut('AU')).toBe('African Union');
    names.set('Gamma Group', 'Gamma Group');
    expect(names.spelledOut('GG')).toBe('Gamma Group');
  });
});
