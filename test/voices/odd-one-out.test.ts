import { describe, expect, it } from 'vitest';
import { stamp } from '../../src/compare/stamp.js';
import type { Draft } from '../../src/compare/types.js';
import { oddOneOut } from '../../src/compare/voices/odd-one-out.js';
import type { Rule } from '../../src/rules/types.js';
import type { Claim, Kind, Voice } from '../../src/types.js';
import { claim, count, day } from '../support/claims.js';

const TODAY = day('2025-08-29');
/** `a` and `b` are reprints of one story; every other source is a voice of its own. */
const REPRINTS = new Map<string, Voice>([
  ['src/a.txt', { id: 'src/a.txt', sameStoryAs: [{ source: 'src/b.txt', relation: 'reprint', overlap: 0.97 }] }],
  ['src/b.txt', { id: 'src/a.txt', sameStoryAs: [{ source: 'src/a.txt', relation: 'reprint', overlap: 0.97 }] }],
]);
const TRANSLATIONS = new Map<string, Voice>([
  ['src/a.txt', { id: 'src/a.txt', sameStoryAs: [{ source: 'src/b.txt', relation: 'translation', overlap: 0.36 }] }],
  ['src/b.txt', { id: 'src/a.txt', sameStoryAs: [{ source: 'src/a.txt', relation: 'translation', overlap: 0.36 }] }],
]);
const voiceOf = (voices: ReadonlyMap<string, Voice>) => (source: string) => voices.get(source)?.id ?? source;

/** One claim per `[source, n]`, all on one day, displayed as `N members`. */
const says = (...sides: Array<[string, number]>): Claim[] =>
  sides.map(([source, n]) => claim(`src/${source}.txt`, count(n), TODAY, { display: `${n} members` }));

describe('oddOneOut', () => {
  it.each<[string, Claim[], ReadonlyMap<string, Voice>, { value: string; sources: string[] } | undefined]>([
    ['3 voices say 10, 10, 11: 11 is named', says(['a', 10], ['c', 10], ['d', 11]), new Map(), { value: '11 members', sources: ['src/d.txt'] }],
    ['the odd one may come first', says(['a', 11], ['c', 10], ['d', 10]), new Map(), { value: '11 members', sources: ['src/a.txt'] }],
    ['2 voices say 10, 11: nothing named', says(['a', 10], ['d', 11]), new Map(), undefined],
    ['3 sources, two of them reprints of each other: 2 voices, nothing named', says(['a', 10], ['b', 10], ['d', 11]), REPRINTS, undefined],
    ['the same 3 sources, no reprints known: 3 voices, 11 named', says(['a', 10], ['b', 10], ['d', 11]), new Map(), { value: '11 members', sources: ['src/d.txt'] }],
    ['a reprint pair as the odd voice is named with both files', says(['a', 11], ['b', 11], ['c', 10], ['d', 10]), REPRINTS, { value: '11 members', sources: ['src/a.txt', 'src/b.txt'] }],
    ['4 sources, 3 voices (a reprint pair agreeing): 11 named', says(['a', 10], ['b', 10], ['c', 10], ['d', 11]), REPRINTS, { value: '11 members', sources: ['src/d.txt'] }],
    ['three values: no consensus, nothing named', says(['a', 10], ['c', 10], ['d', 11], ['e', 12]), new Map(), undefined],
    ['2 against 2: no majority, nothing named', says(['a', 10], ['c', 10], ['d', 11], ['e', 11]), new Map(), undefined],
    ['one voice gives both values: not odd', says(['c', 10], ['d', 10], ['d', 11]), new Map(), undefined],
  ])('%s', (_name, claims, voices, expected) => {
    expect(oddOneOut(claims, voiceOf(voices))).toEqual(expected);
  });
});

const RULE: Rule = { id: 'test.member-count', path: 'rules/test/member-count.yaml', check: { type: 'value-at-time', window: 'day' } };

function draft(claims: Claim[], kind: Kind = 'conflict', outcome: Draft['outcome'] = kind): Draft {
  return { kind, outcome, confidence: 0.9, subject: 'ALLIANCE', property: 'member-states', message: 'member states of ALLIANCE differ', linkedBy: [], claims };
}

describe('stamp, counting voices', () => {
  it('names the odd one out in the message and the finding, keeping the fingerprint', () => {
    const claims = says(['a', 10], ['b', 10], ['d', 11]);
    const plain = stamp(draft(claims), RULE);
    expect(plain.oddOneOut).toEqual({ value: '11 members', sources: ['src/d.txt'] });
    expect(plain.message).toBe('member states of ALLIANCE differ — odd one out: 11 members in d.txt');
    const weighed = stamp(draft(claims), RULE, REPRINTS);
    expect(weighed.id).toBe(plain.id);
    expect(weighed.message).toBe('member states of ALLIANCE differ');
    expect(weighed.oddOneOut).toBeUndefined();
  });

  it('names no odd one out in a change over time', () => {
    const finding = stamp(draft(says(['a', 10], ['c', 10], ['d', 11]), 'temporal-change'), RULE);
    expect(finding.oddOneOut).toBeUndefined();
    expect(finding.message).toBe('member states of ALLIANCE differ');
  });

  it.each<[string, ReadonlyMap<string, Voice>, RegExp]>([
    ['a translation', TRANSLATIONS, /^a\.txt and b\.txt are translations of one text, sharing 36% of their content-word pairs: a translation difference within one story/],
    ['a reprint', REPRINTS, /^a\.txt and b\.txt are reprints of one text, sharing 97% of their 5-word runs: an editing difference within one story/],
  ])('halves the confidence of a finding whose sides are all one story (%s) and says why', (_name, voices, explanation) => {
    const claims = says(['a', 10], ['b', 11]);
    const plain = stamp(draft(claims), RULE);
    const weighed = stamp(draft(claims), RULE, voices);
    expect([plain.confidence, weighed.confidence]).toEqual([0.9, 0.45]);
    expect(plain.explanation).toBeUndefined();
    expect(weighed.explanation).toMatch(explanation);
    expect(weighed.id).toBe(plain.id);
    expect(weighed.scope).toBe('cross-source');
  });

  it('leaves a finding with an independent source, or inside one source, as it was', () => {
    expect(stamp(draft(says(['a', 10], ['b', 10], ['d', 11])), RULE, REPRINTS).confidence).toBe(0.9);
    expect(stamp(draft(says(['a', 10], ['a', 11])), RULE, REPRINTS).confidence).toBe(0.9);
  });

  it('keeps the check\'s own explanation first', () => {
    const finding = stamp({ ...draft(says(['a', 10], ['b', 11])), explanation: 'Possibly explained by X.' }, RULE, REPRINTS);
    expect(finding.explanation).toMatch(/^Possibly explained by X\. a\.txt and b\.txt are reprints/);
  });
});
