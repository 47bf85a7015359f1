import { checkContext } from '../../src/compare/check-context.js';
import { describe, expect, it } from 'vitest';
import { nameVariant } from '../../src/compare/checks/name-variant.js';
import { quoteVariant } from '../../src/compare/checks/quote-variant.js';
import type { CheckSpec } from '../../src/rules/types.js';
import type { Claim } from '../../src/types.js';
import { claim, day, undated } from '../support/claims.js';
import { projectRules } from '../support/sources.js';

const thing = (source: string, name: string, features: string[]) =>
  claim(source, { type: 'name', text: name }, undated, { property: 'name', subject: { key: 'thing:ORG:operation', text: 'ORG anti-drug operation' }, qualifiers: { features } });
const names = (claims: Claim[], options: CheckSpec = { type: 'name-variant', minEvidence: 2 }) => nameVariant(claims, options, checkContext(projectRules, claims));

describe('name-variant', () => {
  const web = thing('000.txt', 'Web', ['entity:China', 'qty:10 ton', 'qty:1151 crime', 'rel:this month']);
  const spiderWeb = thing('001.txt', 'Spider Web', ['entity:China', 'qty:10 ton', 'qty:1151 crime', 'rel:this month', 'time:2025-08']);

  it('links "Web" and "Spider Web" by the facts they share, with a word diff', () => {
    const [found] = names([web, spiderWeb]);
    expect(found?.kind).toBe('name-variant');
    expect(found?.linkedBy).toEqual(['1,151 crimes', '10 tons', 'China', "same relative time ('this month')"]);
    expect(found?.diff).toEqual([['+', 'Spider '], ['=', 'Web']]);
  });

  it('does not link a drill series and one of its drills on the name alone', () => {
    const series = thing('004.txt', 'Peace Mission', ['entity:Afghan']);
    const drill = thing('002.txt', 'Peace Mission 2021', ['entity:Donguz', 'entity:Orenburg Region', 'time:2021-09']);
    expect(names([series, drill])).toEqual([]);
  });

  it.each<[string, number, number]>([
    ['minEvidence: 4 → linked by four shared facts', 4, 1],
    ['minEvidence: 5 → not enough, no finding', 5, 0],
  ])('%s', (_name, minEvidence, findings) => {
    expect(names([web, spiderWeb], { type: 'name-variant', minEvidence })).toHaveLength(findings);
  });
});

const quote = (source: string, text: string) =>
  claim(source, { type: 'quote', text, speaker: 'Xi Jinping' }, day('2025-08-29'), { property: 'quote', subject: { key: 'person:Xi Jinping', text: 'Xi Jinping' } });
const quotes = (claims: Claim[], options: CheckSpec = { type: 'quote-variant', minSimilarity: 0.3 }) => quoteVariant(claims, options, checkContext(projectRules, claims));

describe('quote-variant', () => {
  it.each<[string, string, string, string | undefined]>([
    [
      'a translation worded differently',
      'Security is a prerequisite for national development, and safety is the lifeline to happiness of the people',
      'Security is a prerequisite for national development and a guarantee of people’s happiness',
      'quote-variant',
    ],
    ['a fragment of the same quote agrees', 'a common home of peace and tranquility', 'common home of peace and tranquility.', undefined],
    ['different quotes of one speaker are not linked', 'What a joy to have friends coming from afar!', 'The SCO is our shared home, and a journey with many companions gets far', undefined],
    // test7 (valencia-floods-troops-wire.json / valencia-floods-saturday-toll.md): "This" is a stop word, not the content word "thi".
    ['two translations that share a third of their words', 'It is the biggest operation by the Armed Forces in Spain in peacetime', 'This is the largest deployment of the armed forces in Spain in a time of peace.', 'quote-variant'],
    // test9 (imf-liechtenstein-application.html / imf-liechtenstein-wire.json): agreement written differently stays quiet.
    ['only punctuation and case differ: no finding', 'True development is development for all, and good development is sustainable.', 'true development is development for all and good development is sustainable', undefined],
  ])('%s', (_name, a, b, outcome) => {
    const found = quotes([quote('a.txt', a), quote('b.txt', b)]);
    expect(found.map((d) => d.outcome)).toEqual(outcome ? [outcome] : []);
  });

  it('shows a word diff that rebuilds both renderings exactly', () => {
    const [a, b] = ['We should promote mutual learning between our civilizations', 'We need to promote mutual learning between our civilizations'];
    const [found] = quotes([quote('a.txt', a), quote('b.txt', b)]);
    const diff = found?.diff ?? [];
    expect(diff.filter(([op]) => op !== '+').map(([, t]) => t).join('')).toBe(a);
    expect(diff.filter(([op]) => op !== '-').map(([, t]) => t).join('')).toBe(b);
    expect(diff).toContainEqual(['-', 'should']);
  });

  it.each<[number, number]>([
    [0.3, 1],
    [0.9, 0],
  ])('minSimilarity: %d flips the link (%d findings)', (minSimilarity, findings) => {
    const pair = [quote('a.txt', 'real development is development for all, and good development is sustainable development.'), quote('b.txt', 'True development is development for all and good development is sustainable.')];
    expect(quotes(pair, { type: 'quote-variant', minSimilarity })).toHaveLength(findings);
  });
});

describe('name-variant for people: middle names', () => {
  const person = (source: string, name: string) =>
    claim(source, { type: 'name', text: name }, undated, { property: 'name', subject: { key: 'person:sltn jbr', text: name }, qualifiers: { features: [] } });
  const people: CheckSpec = { type: 'name-variant', minEvidence: 0, ignoreMiddleNames: true };
  it.each<[string, string[], number]>([
    ['a middle name given in one source only', ['Sultan Ahmed Al Jaber', 'Sultan Al Jaber'], 0],
    ['an article written with a hyphen and in lower case', ['Sultan al-Jaber', 'Sultan Al Jaber'], 0],
    ['a particle dropped from the surname', ['Diamantino de Azevedo', 'Diamantino Azevedo'], 1],
    ['a surname transliterated two ways', ['Hassan Sheikh Mohamud', 'Hassan Sheikh Mahmoud'], 1],
    ['a middle name spelled two ways', ['Michael Moussa Adamo', 'Michael Mousa-Adamo'], 1],
  ])('%s: %j', (_name, spellings, findings) => {
    expect(names(spellings.map((n, i) => person(`${i}.txt`, n)), people)).toHaveLength(findings);
  });

  it('counts a middle name as a difference without the option', () => {
    expect(names([person('a.txt', 'Sultan Ahmed Al Jaber'), person('b.txt', 'Sultan Al Jaber')], { type: 'name-variant', minEvidence: 0 })).toHaveLength(1);
  });
});

describe('name-variant with nested (long names of things)', () => {
  const named = (source: string, name: string) => claim(source, { type: 'name', text: name }, day('2023-09-10'), { property: 'name', subject: { key: 'name:india middle:corridor', text: name } });
  const nested = (claims: Claim[]) => nameVariant(claims, { type: 'name-variant', nested: true }, checkContext(projectRules, claims)).map((d) => d.claims.map((c) => c.source));
  it.each<[string, Claim[], string[][]]>([
    // test4: the corridor in g20-delhi-summit.json and g20-au-seat.html.
    ['a word left out, in another source: a variant', [named('a', 'India-Middle East-Europe Economic Corridor'), named('b', 'India-Middle East-Europe Corridor')], [['a', 'b']]],
    ['the short form in the same article: how it is written', [named('a', 'India-Middle East-Europe Economic Corridor'), named('a', 'India-Middle East-Europe Corridor')], []],
    // test9 (jeju-crash-first-toll.md writes both): an article that uses both forms shows how the name is shortened.
    ['the short form beside the long one in one article, the long one elsewhere', [named('a', 'Muan International Airport'), named('a', 'Muan Airport'), named('b', 'Muan International Airport'), named('c', 'Muan International Airport')], []],
    ['a word replaced, not left out: different things', [named('a', 'Ministry of Foreign Affairs'), named('b', 'Ministry of Home Affairs')], []],
    ['three words left out: too far apart to be one name', [named('a', 'India Middle East Europe Economic Trade Transit Corridor'), named('b', 'India Middle East Europe Corridor')], []],
    ['the same name twice', [named('a', 'India-Middle East-Europe Corridor'), named('b', 'India-Middle East-Europe Corridor')], []],
  ])('%s', (_name, claims, expected) => {
    expect(nested(claims)).toEqual(expected);
  });
});
