import { describe, expect, it } from 'vitest';
import { loadRules } from '../../src/rules/load-rules.js';
import { patternProblem, plainWordProblem, regexProblem } from '../../src/rules/safe-pattern.js';

describe('regexProblem', () => {
  it.each([
    ['^re-?elected$', undefined],
    ['^(?:member|state)s?$', undefined],
    ['^\\d{1,3}(?:,\\d{3})?$', undefined],
    ['^[a-z]+-[a-z]+$', undefined],
    ['^(a+)+$', /repeats a group that itself repeats \(near "\^\(a\+\)\+"\)/],
    ['(x*)*y', /repeats a group that itself repeats/],
    ['^(?:\\w+\\s?)*$', /repeats a group that itself repeats/],
    ['((ab)*c)+', /repeats a group that itself repeats/],
    ['(a{2,})+', /repeats a group that itself repeats/],
    ['^(\\w)\\1+$', /uses a backreference/],
    ['\\w+\\d+\\w+\\d+', /has 4 unbounded repeats/],
    ['(unclosed', /is not a valid regular expression \(.*Unterminated group\)/],
    ['a{2,1}', /is not a valid regular expression/],
  ])('%s → %s', (source, expected) => {
    const problem = regexProblem(source);
    if (expected === undefined) expect(problem).toBeUndefined();
    else expect(problem).toMatch(expected);
  });
});

describe('patternProblem', () => {
  it('accepts every pattern the project ships', () => {
    const patterns = loadRules(['rules']).rules.flatMap((r) => r.extract?.patterns ?? []);
    expect(patterns.length).toBeGreaterThan(0);
    expect(patterns.map(patternProblem)).toEqual(patterns.map(() => undefined));
  });

  it.each([
    ['#ProperNoun+ (was|were)? admitted', undefined],
    ['#ProperNoun+ /^re-?joined$/ #Organization', undefined],
    ['#ProperNoun+ /^(a+)+$/ member', /has the regular expression \/\^\(a\+\)\+\$\/, which repeats a group/],
    ['#ProperNoun+ (joined|entered', /has a '\(' that is never closed with '\)'/],
    ['#ProperNoun+ joined)', /has a '\)' with no '\(' before it/],
    ['[#ProperNoun+ joined', /has a '\[' that is never closed/],
  ])('%s → %s', (pattern, expected) => {
    const problem = patternProblem(pattern);
    if (expected === undefined) expect(problem).toBeUndefined();
    else expect(problem).toMatch(expected);
  });
});

describe('plainWordProblem', () => {
  it.each([
    ['member states', undefined],
    ["Côte d'Ivoire", undefined],
    ['co-founders', undefined],
    ['/^(a+)+$/', "must be plain words: '/' has a meaning in a match pattern"],
    ['members|observers', "must be plain words: '|' has a meaning in a match pattern"],
    ['#Noun', "must be plain words: '#' has a meaning in a match pattern"],
  ])('%s → %s', (word, expected) => {
    expect(plainWordProblem(word)).toBe(expected);
  });
});
