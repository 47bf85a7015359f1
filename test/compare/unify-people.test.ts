import { describe, expect, it } from 'vitest';
import { unifyPeople } from '../../src/compare/unify-people.js';
import { personKey } from '../../src/normalize/names.js';
import type { Claim } from '../../src/types.js';
import { claim, day } from '../support/claims.js';

const person = (source: string, name: string): Claim =>
  claim(source, { type: 'name', text: name }, day('2024-01-10'), { property: 'name', subject: { key: `person:${personKey(name)}`, text: name } });
const quote = (source: string, speaker: string, text: string): Claim =>
  claim(source, { type: 'quote', text, speaker }, day('2024-01-10'), { property: 'quote', subject: { key: `person:${speaker}`, text: speaker } });

describe('unifyPeople', () => {
  // test6: "Ishikawa Governor Hiroshi Hase" (noto-toll-passes-200.md) and "Governor Hase Hiroshi" (noto-toll-kumamoto.txt).
  it('gives a two-word name written in the other order one key', () => {
    const claims = unifyPeople([person('a.md', 'Hiroshi Hase'), person('b.txt', 'Hase Hiroshi'), person('c.md', 'Hiroshi Hase')]);
    expect(new Set(claims.map((c) => c.subject.key))).toEqual(new Set([`person:${personKey('Hiroshi Hase')}`]));
    expect(claims.map((c) => c.value)).toEqual([{ type: 'name', text: 'Hiroshi Hase' }, { type: 'name', text: 'Hase Hiroshi' }, { type: 'name', text: 'Hiroshi Hase' }]);
  });

  it('leaves different people with a word in common apart', () => {
    const claims = unifyPeople([person('a.md', 'Hiroshi Hase'), person('b.txt', 'Hiroshi Tanaka')]);
    expect(new Set(claims.map((c) => c.subject.key)).size).toBe(2);
  });

  it('joins the quotes of one speaker written in both orders', () => {
    const claims = unifyPeople([quote('a.md', 'Hiroshi Hase', 'We will rebuild.'), quote('b.txt', 'Hase Hiroshi', 'We must move forward.'), quote('c.md', 'Hiroshi Hase', 'Help is coming.')]);
    expect(claims.map((c) => c.subject.key)).toEqual(['person:Hiroshi Hase', 'person:Hiroshi Hase', 'person:Hiroshi Hase']);
  });

  it('joins a one-word speaker to the only full name holding it', () => {
    const claims = unifyPeople([quote('a.md', 'Macron', 'Europe must stand together.'), quote('b.md', 'Emmanuel Macron', 'We will not give in.')]);
    expect(claims.map((c) => c.subject.key)).toEqual(['person:Emmanuel Macron', 'person:Emmanuel Macron']);
  });
});

describe('unifyPeople: a short form of the first name', () => {
  // test7: "Intuitive Machines chief executive Steve Altemus" (odysseus-landing.html), "Stephen Altemus" (odysseus-tipped.txt).
  it.each<[string, string, boolean]>([
    ['Steve Altemus', 'Stephen Altemus', true],
    ['Dan Huot', 'Daniel Huot', true],
    ['Chris Hadfield', 'Christopher Hadfield', true],
    ['Christine Lagarde', 'Christopher Lagarde', false],
    ['Steve Altemus', 'Stephen Jones', false],
  ])('%s / %s: %s', (a, b, same) => {
    const claims = unifyPeople([person('a.md', a), person('b.txt', b)]);
    expect(claims[0]!.subject.key === claims[1]!.subject.key).toBe(same);
  });

  it('joins the quotes of the short and the full form', () => {
    const claims = unifyPeople([quote('a.md', 'Steve Altemus', 'Welcome to the moon.'), quote('b.txt', 'Stephen Altemus', 'We are on the surface and transmitting.')]);
    expect(claims.map((c) => c.subject.key)).toEqual(['person:Stephen Altemus', 'person:Stephen Altemus']);
  });
});
