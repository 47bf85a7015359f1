/**
 * Numbered things named in full and by initials (rules/generic/numbered-name.yaml). Sentences from
 * test6 (Starship's third flight) and test7 (the IM-1 moon landing).
 */
import { describe, expect, it } from 'vitest';
import { compareClaims } from '../../src/compare/index.js';
import { extractClaims } from '../../src/extract/index.js';
import { claimsFrom, projectRules, sourceFrom } from '../support/sources.js';

const names = (text: string) => claimsFrom(text, '2024-02-15', 'generic.numbered-name').map((c) => [c.display, c.subject.key]);

describe('numbered-name: what it reads', () => {
  it.each<[string, string[][]]>([
    ["The mission, Intuitive Machines-1, is the company's first.", [['Intuitive Machines-1', 'numbered:IM1']]],
    ['If IM-1 succeeds, it will be the first private mission to make a soft landing on the moon.', [['IM-1', 'numbered:IM1']]],
    ['The mission, officially Integrated Flight Test 3, still went much farther than the first two.', [['Integrated Flight Test 3', 'numbered:IFT3']]],
    ['Thirty-two of the 33 engines fired through the ascent, one fewer than on IFT-3 in March.', [['IFT-3', 'numbered:IFT3']]],
    // One capitalised word is a model, not a name with initials; one capital, or a long number, no abbreviation.
    ['A Falcon 9 rocket lifted off with 12 payloads.', []],
    ['The F-16 jets flew on Friday, February 23, and the company number is B-96155158.', []],
    // A day or a month is no part of such a name.
    ['The lander touched down on Thursday February 22 near the south pole.', []],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('numbered-name: the full name and the abbreviation meet', () => {
  it('reports "Intuitive Machines-1" and "IM-1" as a name variant, and "IM-1" twice as nothing', () => {
    const drop = [
      ["The mission, Intuitive Machines-1, is the company's first.", '2024-02-15'],
      ['The 675-kilogram lander, on a mission called IM-1, carries six NASA instruments.', '2024-02-22'],
      ['The lander, nicknamed Odie and also known as IM-1, set down near a crater.', '2024-02-23'],
    ] as const;
    const claims = drop.flatMap(([text, date], i) => extractClaims(sourceFrom(text, date, `sources/${'abc'[i]}.md`), projectRules));
    const found = compareClaims(claims, projectRules).filter((d) => d.rule === 'generic.numbered-name');
    expect(found.map((d) => [d.kind, [...new Set(d.claims.map((c) => c.display))].sort()])).toEqual([['name-variant', ['IM-1', 'Intuitive Machines-1']]]);
  });
});
