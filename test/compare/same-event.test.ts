import { checkContext } from '../../src/compare/check-context.js';
import { describe, expect, it } from 'vitest';
import { sameEvent } from '../../src/compare/checks/same-event.js';
import type { Claim } from '../../src/types.js';
import { claim, day, year } from '../support/claims.js';
import { projectRules } from '../support/sources.js';

const summit = (source: string, time: Claim['time'], qualifiers: Claim['qualifiers']) =>
  claim(source, { type: 'place', text: String(qualifiers.place ?? '') }, time, { property: 'event', subject: { key: 'event:ORG:summit', text: 'ORG summit' }, qualifiers: { kind: 'summit', ...qualifiers } });
const run = (claims: Claim[]) => sameEvent(claims, { type: 'same-event' }, checkContext(projectRules, claims)).map((d) => d.message.split(' — ')[0]);

describe('same-event', () => {
  it.each<[string, Claim[], string[]]>([
    ['one city hosting in two years: two events', [summit('a', year(2013), { place: 'Bishkek' }), summit('b', year(2019), { place: 'Bishkek' })], []],
    ['the same summit in the same year, written two ways', [summit('a', year(2014), { place: 'Dushanbe' }), summit('b', year(2014), { place: 'Dushanbe' })], []],
    ['the same ordinal in two places', [summit('a', year(2022), { place: 'Samarkand', ordinal: 22 }), summit('b', year(2022), { place: 'Tashkent', ordinal: 22 })], ['ORG summit: places differ: Samarkand vs Tashkent']],
    ['two numbered summits in one city and one year are two events', [summit('a', day('2025-05-26'), { place: 'Kuala Lumpur', ordinal: 46 }), summit('b', day('2025-10-26'), { place: 'Kuala Lumpur', ordinal: 47 }), summit('c', year(2025), { place: 'Kuala Lumpur' })], []],
    ['the same summit dated a day apart', [summit('a', day('2023-07-11'), { place: 'Vilnius' }), summit('b', day('2023-07-12'), { place: 'Vilnius' })], ['ORG summit: dates differ: 2023-07-11 vs 2023-07-12']],
    ['its opening and its close on two days', [summit('a', day('2024-07-09'), { place: 'Washington', phase: 'start' }), summit('b', day('2024-07-11'), { place: 'Washington', phase: 'end' })], []],
  ])('%s', (_name, claims, expected) => {
    expect(run(claims)).toEqual(expected);
  });
});

describe('same-event with withinDays (incidents, which have no ordinal)', () => {
  const quake = (source: string, date: string) =>
    claim(source, { type: 'place', text: 'Morocco' }, day(date), { property: 'event', subject: { key: 'incident:earthquake:morocco', text: 'earthquake in Morocco' }, qualifiers: { kind: 'earthquake', place: 'Morocco' } });
  const near = (claims: Claim[]) => sameEvent(claims, { type: 'same-event', withinDays: 3 }, checkContext(projectRules, claims)).map((d) => d.message.split(' — ')[0]);
  it.each<[string, Claim[], string[]]>([
    // test4: "struck … late on Friday" in a local report, "struck central Morocco on Saturday" on an Asian wire.
    ['one quake dated by its local day and by a day later elsewhere: a conflict', [quake('a', '2023-09-08'), quake('b', '2023-09-09')], ['earthquake in Morocco: dates differ: 2023-09-08 vs 2023-09-09']],
    ['two quakes in one country weeks apart: two incidents', [quake('a', '2023-09-08'), quake('b', '2023-10-02')], []],
    ['the same day twice', [quake('a', '2023-09-08'), quake('b', '2023-09-08')], []],
  ])('%s', (_name, claims, expected) => {
    expect(near(claims)).toEqual(expected);
  });

  it('without withinDays, one place in one year is one event, whatever the days', () => {
    expect(sameEvent([quake('a', '2023-09-08'), quake('b', '2023-10-02')], { type: 'same-event' }, checkContext(projectRules, []))).toHaveLength(1);
  });
});

// test11 (coe-russia-expelled.md, coe-explainer.txt, coe-wire.json): one member's joining, two places in the count.
describe('same-event: a member joining as two different ordinals', () => {
  const joined = (source: string, time: Claim['time'], member: string, ordinal?: number) =>
    claim(source, { type: 'member', text: member, ...(ordinal ? { ordinal } : {}) }, time, { property: 'member-joined', subject: { key: 'org:Council of Europe', text: 'Council of Europe' }, qualifiers: { member, phase: 'member', ...(ordinal ? { ordinal } : {}) } });
  it.each<[string, Claim[], string[]]>([
    ['"the 39th member" and "becoming the 40th member": a conflict', [joined('a', day('1996-02-28'), 'Russia', 39), joined('b', year(1996), 'Russia', 40), joined('c', day('1996-02-28'), 'Russia')], ['Council of Europe: ordinals differ: 39th vs 40th']],
    ['the same place twice: nothing', [joined('a', day('1996-02-28'), 'Russia', 39), joined('b', year(1996), 'Russia', 39)], []],
    ['two members with their own ordinals: two joinings', [joined('a', year(1996), 'Russia', 39), joined('b', year(1996), 'Croatia', 40)], []],
    // test13 (nato-finland-joins.md, nato-vilnius.html, nato-wire.json#1): Finland given Sweden's place in the count.
    ['a member given another member\'s ordinal: its own joining at two places, not the other\'s on another day', [joined('a', day('2023-04-04'), 'Finland', 31), joined('b', year(2023), 'Finland', 32), joined('c', day('2024-03-07'), 'Sweden', 32)], ['Council of Europe: ordinals differ: 31st vs 32nd']],
  ])('%s', (_name, claims, expected) => {
    expect(run(claims)).toEqual(expected);
  });
});
