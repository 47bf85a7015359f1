/**
 * craft-name (named-thing with `unquoted` and `keyBySpelling`): names of rovers, landers, ships
 * read without quotes, keyed so that only spellings of one name meet. Sentences from the test2
 * corpus's Chandrayaan-3 reports.
 */
import { describe, expect, it } from 'vitest';
import { compareClaims } from '../../src/compare/index.js';
import { extractClaims } from '../../src/extract/index.js';
import { thingKey } from '../../src/normalize/names.js';
import { claimsFrom, projectRules, sourceFrom } from '../support/sources.js';

const names = (sentence: string) => claimsFrom(sentence, '2023-08-26', 'generic.craft-name').map((c) => [c.display, c.subject.key]);

describe('craft-name extractor', () => {
  it.each<[string, string[][]]>([
    ["India's lunar rover Pragyaan has finished its assignments on the moon, the space agency said.", [['Pragyaan', 'thing:rover:prkn']]],
    ['The Pragyan rover, which rolled down a ramp from the Vikram lander hours after the touchdown, had travelled about 8 metres.', [['Pragyan', 'thing:rover:prkn'], ['Vikram', 'thing:lander:vkrm']]],
    ['The lander module weighs 1,752 kg, including the 26-kg Pragyan rover.', [['Pragyan', 'thing:rover:prkn']]],
    ['The Chandrayaan-2 lander crashed in 2019; the Chandrayaan-3 lander touched down on Wednesday.', [['Chandrayaan-2', 'thing:lander:cndrn 2'], ['Chandrayaan-3', 'thing:lander:cndrn 3']]],
  ])('reads %j', (sentence, expected) => {
    expect(names(sentence)).toEqual(expected);
  });

  it.each([
    // A weekday or month after the kind word is a time, not a name.
    'The rover Monday moved another 8 metres across the surface.',
    'The lander August touchdown was broadcast live.',
    // An organisation before the kind word built the craft; it does not name it.
    'The NASA probe reached orbit after a seven-month cruise.',
    // A lower-case kind word with no name beside it.
    'The lander and rover are expected to work for one lunar day.',
  ])('reads no name in %j', (sentence) => {
    expect(names(sentence)).toEqual([]);
  });

  it('dates a name by publication, not by the event in its sentence', () => {
    const [claim] = claimsFrom("The Pragyan rover rolled down a ramp hours after Wednesday's touchdown.", '2023-08-26', 'generic.craft-name');
    expect(claim?.time?.span?.start).toBe('2023-08-26');
  });
});

describe('thingKey', () => {
  it.each<[string, string, boolean]>([
    ['Pragyan', 'Pragyaan', true],
    ['Chang’e-6', "Chang'e 6", true],
    ['Chandrayaan-2', 'Chandrayaan-3', false],
    ['Vikram', 'Pragyan', false],
  ])('%s / %s alike: %s', (a, b, alike) => {
    expect(thingKey(a) === thingKey(b)).toBe(alike);
  });
});

describe('craft names across sources', () => {
  const findings = (a: string, b: string) => {
    const claims = [a, b].flatMap((text, i) => extractClaims(sourceFrom(text, '2023-08-26', `sources/${'ab'[i]}.md`), projectRules));
    return compareClaims(claims, projectRules)
      .filter((d) => d.rule === 'generic.craft-name')
      .map((d) => [d.kind, d.message]);
  };

  it.each<[string, string, string, unknown[]]>([
    [
      'two spellings of one rover: a name variant',
      'The Pragyan rover had travelled about 8 metres by Friday.',
      "India's lunar rover Pragyaan has been put into sleep mode.",
      [['name-variant', 'rover Pragyan is named "Pragyan" in a.md vs "Pragyaan" in b.md; linked by names alike once spelling differences are set aside']],
    ],
    ['the same spelling: agreement', 'The Pragyan rover moved 8 metres.', 'The 26-kg Pragyan rover was switched off.', []],
    ['landers of two missions: different things', 'The Chandrayaan-2 lander crashed in 2019.', 'The Chandrayaan-3 lander touched down on Wednesday.', []],
    ['a rover and a lander: different kinds', 'The Pragyan rover moved 8 metres.', 'The Vikram lander hopped 40 cm.', []],
  ])('%s', (_name, a, b, expected) => {
    expect(findings(a, b)).toEqual(expected);
  });
});
