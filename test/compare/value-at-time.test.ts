import { checkContext } from '../../src/compare/check-context.js';
import { describe, expect, it } from 'vitest';
import { valueAtTime } from '../../src/compare/checks/value-at-time.js';
import type { CheckSpec } from '../../src/rules/types.js';
import type { Claim } from '../../src/types.js';
import { claim, count, day, undated, year } from '../support/claims.js';
import { projectRules } from '../support/sources.js';

const run = (claims: Claim[], options: CheckSpec = { type: 'value-at-time', window: 'day' }) =>
  valueAtTime(claims, options, checkContext(projectRules, claims)).map((d) => [d.kind, d.outcome]);

describe('value-at-time: running tallies of different events', () => {
  // "the deadliest since 1960, when a quake … killed at least 12,000 people" beside this quake's tolls.
  it('keeps a toll decades earlier out of the change: it is another event', () => {
    const running = { qualifiers: { tally: 'running' } };
    const claims = [claim('a', count(12000), year(1960), running), claim('b', count(632), day('2023-09-09'), running), claim('c', count(2946), day('2023-09-14'), running)];
    const found = valueAtTime(claims, { type: 'value-at-time', window: 'day' }, checkContext(projectRules, claims));
    expect(found.map((d) => [d.kind, d.claims.map((c) => (c.value.type === 'count' ? c.value.n : 0))])).toEqual([['temporal-change', [632, 2946]]]);
  });
});

describe('value-at-time', () => {
  it.each<[string, Claim[], Array<[string, string]>]>([
    ['the same count on the same day in two sources', [claim('a', count(10), day('2025-08-29')), claim('b', count(10), day('2025-08-29'))], []],
    ['different counts on the same day: a conflict', [claim('a', count(9), day('2025-08-29')), claim('b', count(10), day('2025-08-29'))], [['conflict', 'conflict']]],
    ['different counts a year apart: a change over time', [claim('a', count(9), day('2024-07-01')), claim('b', count(10), day('2025-08-29'))], [['temporal-change', 'temporal-change']]],
    ['"nearly 10" and "almost 10" agree', [claim('a', count(10, 'nearly'), day('2025-08-29')), claim('b', count(10, 'nearly'), day('2025-08-29'))], []],
    ['an undated source with another value: unresolved', [claim('a', count(9), day('2024-07-01')), claim('b', count(12), undated)], [['unresolved', 'unresolved']]],
    ['an undated source with the same value', [claim('a', count(9), day('2024-07-01')), claim('b', count(9), undated)], []],
    ['9 → 10 → 9 over three years: one change over time', [claim('a', count(9), day('2024-07-01')), claim('b', count(10), day('2025-07-01')), claim('c', count(9), day('2026-07-01'))], [['temporal-change', 'temporal-change']]],
    ['"more than 30" twice agrees even with tolerance 0', [claim('a', count(30, 'more-than'), day('2025-08-29')), claim('b', count(30, 'more-than'), day('2025-08-29'))], []],
    ['9 and 10 both "in 2024": they cannot be ordered, unresolved', [claim('a', count(9), year(2024)), claim('b', count(10), year(2024))], [['unresolved', 'unresolved']]],
    // "Angola's departure from the 13-member group takes effect on January 1, leaving OPEC with 12 members."
    ['one article with two counts on one day: a before and an after, not a conflict', [claim('a', count(13), day('2023-12-21')), claim('a', count(12), day('2023-12-21'), { evidence: { text: "Angola's departure from the 13-member group takes effect on January 1, leaving OPEC with 12 members.", zone: 'body', line: 2, column: 1, offset: 50, length: 10 } }), claim('b', count(12), day('2024-01-02'))], [['temporal-change', 'temporal-change']]],
    // An undated "13 member countries" when 13 became 12: it agrees only with the past.
    ['an undated value that only the superseded value shares: unresolved', [claim('a', count(13), day('2023-12-21')), claim('b', count(12), day('2024-01-02')), claim('c', count(13), undated)], [['temporal-change', 'temporal-change'], ['unresolved', 'unresolved']]],
    ['an undated value that the latest value shares: nothing more to say', [claim('a', count(13), day('2023-12-21')), claim('b', count(12), day('2024-01-02')), claim('c', count(12), undated)], [['temporal-change', 'temporal-change']]],
    ['fixed counts decades apart are still one timeline', [claim('a', count(12), year(1960)), claim('b', count(27), day('2023-09-09'))], [['temporal-change', 'temporal-change']]],
    // test4 (morocco-quake-toll-rises.html): the body's "1,684 deaths" and a caption's "1,648 people died", one province, one day.
    // test8 (keybridge-india-wire.json): two sizes of one bridge in one article, one sentence saying "now".
    ['one article with two sizes of one thing: an internal conflict, whatever else its sentences say', [claim('a', { type: 'quantity', amount: 2.57, unit: 'km' }, day('2024-03-27'), { qualifiers: { verb: 'describe' }, evidence: { text: 'The 2.57 km-long bridge collapsed at around 1.30 am (US local time) on Tuesday.', zone: 'body', line: 2, column: 1, offset: 10, length: 4 } }), claim('a', { type: 'quantity', amount: 3, unit: 'km' }, day('2024-03-27'), { qualifiers: { verb: 'describe' }, evidence: { text: 'The ship is now wedged under debris from the bridge, which is 3 km-long.', zone: 'body', line: 4, column: 1, offset: 300, length: 1 } })], [['conflict', 'conflict']]],
    // test12 (derna-red-crescent.md): "had previously put the death toll … at 5,500" tells a before.
    ['a figure an article says was given "previously": not a conflict with its own', [claim('a', count(11300), day('2023-09-14'), { evidence: { text: 'The Libyan Red Crescent said on Thursday that the floods have killed 11,300 people.', zone: 'body', line: 2, column: 1, offset: 10, length: 6 } }), claim('a', count(5500), day('2023-09-14'), { evidence: { text: 'Health authorities had previously put the death toll in Derna at 5,500.', zone: 'body', line: 4, column: 1, offset: 300, length: 5 } })], [['temporal-change', 'temporal-change']]],
    ['two counts, one sentence saying "now": a change, not a conflict', [claim('a', count(19), day('2024-03-27'), { evidence: { text: 'The group had 19 members.', zone: 'body', line: 2, column: 1, offset: 10, length: 2 } }), claim('a', count(20), day('2024-03-27'), { evidence: { text: 'It now has 20 members.', zone: 'body', line: 4, column: 1, offset: 300, length: 2 } })], [['temporal-change', 'temporal-change']]],
    // test14 (pif-kiribati-exit.md, pif-wire.json): "ending a six-month rift that had left the region's main diplomatic body with
    // 17 members" and "the forum returns to 18 members" tell a before and an after; the 17 of the day of a conflict half a year
    // before leads the change.
    ['"had left … with 17", "returns to 18": a change that the earlier conflict\'s 17 leads', [claim('a', count(17), day('2022-07-11')), claim('b', count(18), day('2022-07-11')), claim('c', count(17), day('2023-01-30'), { evidence: { text: "Kiribati will rejoin the forum, ending a six-month rift that had left the region's main diplomatic body with 17 members.", zone: 'body', line: 2, column: 1, offset: 10, length: 2 } }), claim('c', count(18), day('2023-01-30'), { evidence: { text: 'With Kiribati back, the forum returns to 18 members.', zone: 'body', line: 6, column: 1, offset: 400, length: 2 } })], [['conflict', 'conflict'], ['temporal-change', 'temporal-change']]],
    ['one article with two values in sentences that tell no change: an internal conflict', [claim('a', count(1684), day('2023-09-14'), { evidence: { text: 'Al Haouz province has recorded 1,684 deaths and Taroudant 980.', zone: 'body', line: 2, column: 1, offset: 10, length: 5 } }), claim('a', count(1648), day('2023-09-14'), { evidence: { text: 'Tents set up by the army for families left homeless in Al Haouz province, where 1,648 people died.', zone: 'caption', line: 9, column: 1, offset: 400, length: 5 } })], [['conflict', 'conflict']]],
    // A real report on the Commonwealth's enlargement: the before in one sentence, the after in the next.
    ['one article telling an expansion in two sentences: a change, not a conflict', [claim('a', count(54), day('2022-06-28'), { evidence: { text: 'At the closing session, the 54-member bloc of nations accepted the applications of Gabon and Togo.', zone: 'body', line: 2, column: 1, offset: 10, length: 5 } }), claim('a', count(56), day('2022-06-28'), { evidence: { text: 'The participation of Gabon and Togo expanded the membership of the Commonwealth up to 56 states.', zone: 'body', line: 4, column: 1, offset: 200, length: 5 } })], [['temporal-change', 'temporal-change']]],
    // test4: 20 "until Saturday" (09-08), 21 on Saturday and in 2024, and on Sunday one source's 20 against another's 21.
    ['a change told by the claims outside a conflict leaves the conflict out of it', [claim('a', count(20), day('2023-09-08')), claim('b', count(21), day('2023-09-09')), claim('c', count(20), day('2023-09-10')), claim('d', count(21), day('2023-09-10')), claim('e', count(21), day('2024-11-18'))], [['conflict', 'conflict'], ['temporal-change', 'temporal-change']]],
    // test5: "The 56-metre rocket" on 9 July, "The 63-metre rocket" on 10 July, "The 56-metre rocket" in March 2025.
    ['a later value that is one side of an earlier conflict is no change', [claim('a', count(56), day('2024-07-09')), claim('b', count(63), day('2024-07-09')), claim('c', count(56), day('2025-03-06'))], [['conflict', 'conflict']]],
    ['an undated value beside a same-day conflict is still reported', [claim('a', count(9), day('2024-07-01')), claim('b', count(10), day('2024-07-01')), claim('c', count(12), undated)], [['conflict', 'conflict'], ['unresolved', 'unresolved']]],
  ])('%s', (_name, claims, expected) => {
    expect(run(claims)).toEqual(expected);
  });

  // test5: the explainer's undated 27 against a timeline 27 → 29: set against the 29s only.
  it('sets an undated stray against the latest value only', () => {
    const claims = [claim('a', count(27), day('2023-01-01')), claim('b', count(29), day('2024-03-31')), claim('c', count(29), day('2025-01-01')), claim('d', count(27), undated)];
    const stray = valueAtTime(claims, { type: 'value-at-time', window: 'day' }, checkContext(projectRules, claims)).find((d) => d.kind === 'unresolved');
    expect(stray?.claims.map((c) => c.source)).toEqual(['b', 'c', 'd']);
  });

  it('tells the change 20 → 21 from the claims outside the conflict', () => {
    const claims = [claim('a', count(20), day('2023-09-08')), claim('b', count(21), day('2023-09-09')), claim('c', count(20), day('2023-09-10')), claim('d', count(21), day('2023-09-10')), claim('e', count(21), day('2024-11-18'))];
    const change = valueAtTime(claims, { type: 'value-at-time', window: 'day' }, checkContext(projectRules, claims)).find((d) => d.kind === 'temporal-change');
    expect(change?.claims.map((c) => c.source)).toEqual(['a', 'b', 'e']);
  });

  it('an event in between whose ordinal is the new count explains the change', () => {
    const joined = claim('b', { type: 'member', text: 'Sweden', ordinal: 32 }, year(2024, 'in March'), { property: 'member-joined' });
    const claims = [claim('a', count(31), day('2023-07-10')), claim('b', count(32), day('2024-07-09'))];
    const [draft] = valueAtTime(claims, { type: 'value-at-time', window: 'day', explainWith: 'member-joined' }, checkContext(projectRules, [...claims, joined]));
    expect(draft?.outcome).toBe('explained');
    expect(draft?.explanation).toMatch(/^Explained by Sweden became the 32nd member/);
  });

  it('an event with another ordinal only possibly explains it', () => {
    const joined = claim('b', { type: 'member', text: 'Sweden', ordinal: 32 }, year(2024), { property: 'member-joined' });
    const claims = [claim('a', count(31), day('2023-07-10')), claim('b', count(33), day('2024-07-09'))];
    const [draft] = valueAtTime(claims, { type: 'value-at-time', window: 'day', explainWith: 'member-joined' }, checkContext(projectRules, [...claims, joined]));
    expect(draft?.outcome).toBe('temporal-change');
    expect(draft?.explanation).toMatch(/^Possibly explained by Sweden/);
  });

  // "Angola's departure from the 13-member group takes effect on January 1" between 13 and 12 members.
  it('a member leaving in between explains a count that fell before a member joining does', () => {
    const options: CheckSpec = { type: 'value-at-time', window: 'day', explainWith: ['member-joined', 'member-left'] };
    const left = claim('a', { type: 'member', text: 'Angola' }, day('2024-01-01'), { property: 'member-left' });
    const joined = claim('c', { type: 'member', text: 'Gabon' }, day('2023-12-25'), { property: 'member-joined' });
    const claims = [claim('a', count(13), day('2023-12-21')), claim('b', count(12), day('2024-01-02'))];
    const [fell] = valueAtTime(claims, options, checkContext(projectRules, [...claims, joined, left]));
    expect(fell?.explanation).toBe("Possibly explained by Angola left (a, 2024-01-01)");
    // A join only perhaps explains a fall (an observer that became a member); a departure never explains a rise.
    const [perhaps] = valueAtTime(claims, options, checkContext(projectRules, [...claims, joined]));
    expect(perhaps?.explanation).toBe('Possibly explained by Gabon became a member (c, 2023-12-25)');
    const rose = [claim('a', count(12), day('2023-12-21')), claim('b', count(13), day('2024-01-02'))];
    expect(valueAtTime(rose, options, checkContext(projectRules, [...rose, left]))[0]?.explanation).toBeUndefined();
  });

  it('window: always — a founding year given differently is a conflict, whenever each was written', () => {
    const founded = (source: string, y: number) => claim(source, { type: 'date', span: { start: `${y}-01-01`, end: `${y}-12-31`, precision: 'year' } }, undated, { property: 'founded' });
    expect(run([founded('a', 2001), founded('b', 2001)], { type: 'value-at-time', window: 'always' })).toEqual([]);
    expect(run([founded('a', 2001), founded('b', 2002)], { type: 'value-at-time', window: 'always' })).toEqual([['conflict', 'conflict']]);
    expect(run([founded('a', 2001), founded('b', 2002)], { type: 'value-at-time', window: 'day' })).toEqual([]);
  });

  it('compares a running count by the day even in a window of a year: a toll a day later is a change', () => {
    const running = (source: string, n: number, date: string) => claim(source, { type: 'quantity', amount: n, unit: 'person' }, day(date), { property: 'quantity', qualifiers: { tally: 'running' } });
    const fixed = (source: string, n: number, date: string) => claim(source, { type: 'quantity', amount: n, unit: 'event' }, day(date), { property: 'quantity' });
    const year: CheckSpec = { type: 'value-at-time', window: 'year' };
    expect(run([running('a', 95, '2023-12-19'), running('b', 131, '2023-12-20')], year)).toEqual([['temporal-change', 'temporal-change']]);
    expect(run([running('a', 95, '2023-12-19'), running('b', 86, '2023-12-19')], year)).toEqual([['conflict', 'conflict']]);
    // "329 medal events" and "339 events" a month apart are still one fact told two ways.
    expect(run([fixed('a', 329, '2024-08-11'), fixed('b', 339, '2024-09-13')], year)).toEqual([['conflict', 'conflict']]);
  });

  // test5: "some 420 million people, the Council said" on 12 December 2024, "almost 450 million people" on 1 January 2025.
  it('does not cut a window of a year at New Year for two days a few weeks apart', () => {
    const people = (source: string, n: number, date: string) => claim(source, { type: 'quantity', amount: n, unit: 'person' }, day(date), { property: 'quantity' });
    const year: CheckSpec = { type: 'value-at-time', window: 'year' };
    expect(run([people('a', 420e6, '2024-12-12'), people('b', 450e6, '2025-01-01')], year)).toEqual([['conflict', 'conflict']]);
    expect(run([people('a', 420e6, '2024-11-12'), people('b', 450e6, '2025-01-01')], year)).toEqual([['temporal-change', 'temporal-change']]);
  });

  // test4: "killing at least 632 people …, the Interior Ministry said on Saturday", "at least 1,037 people …",
  // "At least 2,012 people were killed … according to an Interior Ministry toll issued on Saturday at 10 p.m.".
  it('tolls (`tolls`) given on one day by different sources tell a rise, not a conflict', () => {
    const toll = (source: string, n: number, unit = 'death') => claim(source, { type: 'quantity', amount: n, unit }, day('2023-09-09'), { property: 'quantity', qualifiers: { tally: 'running' } });
    const spec: CheckSpec = { type: 'value-at-time', window: 'year', tolls: ['death'] };
    const found = valueAtTime([toll('c', 2012), toll('a', 632), toll('b', 1037)], spec, checkContext(projectRules, []));
    expect(found.map((d) => [d.kind, d.claims.map((c) => (c.value.type === 'quantity' ? c.value.amount : 0))])).toEqual([['temporal-change', [632, 1037, 2012]]]);
    // Another unit, or no `tolls`: the same day's different figures still conflict.
    expect(run([toll('a', 632, 'vehicle'), toll('b', 1037, 'vehicle')], spec)).toEqual([['conflict', 'conflict']]);
    expect(run([toll('a', 632), toll('b', 1037)], { type: 'value-at-time', window: 'year' })).toEqual([['conflict', 'conflict']]);
  });

  // test5: "the IOM put it at more than 670 …, while the National Disaster Centre told the United Nations that
  // more than 2,000 people had been buried alive" (both on Sunday 26 May 2024); test4's Interior Ministry tolls of one day.
  it('tolls of one day given by two authorities are competing estimates: a conflict', () => {
    const toll = (source: string, n: number, by?: string, date = '2024-05-26') =>
      claim(source, { type: 'quantity', amount: n, unit: 'death' }, day(date), { property: 'quantity', qualifiers: { tally: 'running', ...(by ? { by } : {}) } });
    const spec: CheckSpec = { type: 'value-at-time', window: 'year', tolls: ['death'] };
    const amounts = (claims: Claim[]) => valueAtTime(claims, spec, checkContext(projectRules, [])).map((d) => [d.kind, d.claims.map((c) => (c.value.type === 'quantity' ? c.value.amount : 0))]);
    expect(amounts([toll('a', 670, 'iom'), toll('b', 2000, 'national disaster centre')])).toEqual([['conflict', [670, 2000]]]);
    // The timeline still runs through them: 100 on Friday, then the two estimates.
    expect(amounts([toll('c', 100, undefined, '2024-05-24'), toll('a', 670, 'iom'), toll('b', 2000, 'national disaster centre')])).toEqual([
      ['conflict', [670, 2000]],
      ['temporal-change', [100, 670, 2000]],
    ]);
    // One authority written two ways, by its initials or shorter: a toll rising through the day.
    expect(amounts([toll('a', 670, 'international organization for migration'), toll('b', 2000, 'iom')])).toEqual([['temporal-change', [670, 2000]]]);
    expect(amounts([toll('a', 632, 'ministry'), toll('b', 2012, 'interior ministry')])).toEqual([['temporal-change', [632, 2012]]]);
    // test9 (jeju-crash-first-toll.md, jeju-liveblog.html): "fire officials first reported 28 dead", "the fire agency says"
    // 177, "the National Fire Agency": one body named by what it does.
    expect(amounts([toll('a', 28, 'fire officials'), toll('b', 96, 'fire authorities'), toll('b', 177, 'fire agency'), toll('c', 179, 'national fire agency')])).toEqual([['temporal-change', [28, 96, 177, 179]]]);
    expect(amounts([toll('a', 632, 'health ministry'), toll('b', 2012, 'interior ministry')])).toEqual([['conflict', [632, 2012]]]);
    // test6 (noto-toll-rises.html, noto-toll-passes-200.md): the prefecture's 65 at 3 p.m. and 72 that evening, NHK's 73.
    expect(amounts([toll('a', 65, 'prefecture', '2024-01-03'), toll('b', 72, 'prefecture', '2024-01-03'), toll('b', 73, 'nhk', '2024-01-03')]).map(([kind]) => kind)).toContain('conflict');
    // Only one side credited: nothing says the authorities differ.
    expect(amounts([toll('a', 632, 'interior ministry'), toll('b', 2012)])).toEqual([['temporal-change', [632, 2012]]]);
  });

  // test13 (itaewon-liveblog.html): posts stamped through 30 October 2022, the figures given by different authorities.
  it('reads the posts of a live blog stamped at different times as a timeline, not a conflict', () => {
    const post = (source: string, n: number, clock: string | undefined, by: string | undefined, unit = 'death', offset = n) =>
      claim(source, { type: 'quantity', amount: n, unit }, day('2022-10-30'), {
        property: 'quantity',
        qualifiers: { tally: 'running', ...(clock ? { clock } : {}), ...(by ? { by } : {}) },
        evidence: { text: `${n}`, zone: 'body', line: 1, column: 1, offset, length: 3 },
      });
    const spec: CheckSpec = { type: 'value-at-time', window: 'year', tolls: ['death', 'injury'] };
    const found = (claims: Claim[]) => valueAtTime(claims, spec, checkContext(projectRules, [])).map((d) => [d.kind, d.claims.map((c) => (c.value.type === 'quantity' ? c.value.amount : 0))]);
    // "at least 59" (fire officials, 02:40), 151 (the fire station's head, 10:40), 154 (the headquarters, 23:10; and another outlet).
    expect(found([post('blog', 59, '02:40', 'officials'), post('blog', 151, '10:40', 'choi seong-beom'), post('blog', 154, '23:10', 'central disaster and safety countermeasures headquarters'), post('wire', 154, undefined, 'central disaster and safety countermeasures headquarters')])).toEqual([['temporal-change', [59, 151, 154, 154]]]);
    // 133 injured at 18:00, revised down to 132 at 23:10: the stamps, not the sizes, give the order.
    expect(found([post('blog', 132, '23:10', undefined, 'injury'), post('blog', 133, '18:00', undefined, 'injury')])).toEqual([['temporal-change', [133, 132]]]);
    // Without stamps, two figures of one article on one day are still an internal conflict.
    expect(found([post('blog', 132, undefined, undefined, 'injury'), post('blog', 133, undefined, undefined, 'injury')])).toEqual([['conflict', [132, 133]]]);
  });

  // test8: "An AFP tally last week … put the toll at more than 1,100" (17–23 June) and "At least 1,081 … died" on 20 June, 1,301 on 23 June.
  it('orders tolls whose times overlap by their size: a toll only grows', () => {
    const toll = (source: string, n: number, time: Claim['time']) => claim(source, { type: 'quantity', amount: n, unit: 'death' }, time, { property: 'quantity', qualifiers: { tally: 'running' } });
    const week: Claim['time'] = { span: { start: '2024-06-17', end: '2024-06-23', precision: 'day' }, text: 'last week', implied: [], basis: 'relative', certain: false };
    const spec: CheckSpec = { type: 'value-at-time', window: 'year', tolls: ['death'] };
    expect(run([toll('a', 1081, day('2024-06-20')), toll('b', 1100, week), toll('c', 1301, day('2024-06-23'))], spec)).toEqual([['temporal-change', 'temporal-change']]);
    // A lower figure over times that overlap cannot be placed.
    expect(run([toll('a', 1200, day('2024-06-20')), toll('b', 1100, week)], spec)).toEqual([['unresolved', 'unresolved']]);
  });

  it('keeps a toll among some people apart from the whole toll', () => {
    const toll = (source: string, n: number, among?: string) => claim(source, { type: 'quantity', amount: n, unit: 'death' }, day('2024-06-20'), { property: 'quantity', qualifiers: { tally: 'running', verb: 'death', ...(among ? { among } : {}) } });
    const spec: CheckSpec = { type: 'value-at-time', window: 'year', tolls: ['death'], sameContext: true };
    expect(run([toll('a', 1081), toll('b', 530, 'egyptian')], spec)).toEqual([]);
    expect(run([toll('a', 658, 'egyptian'), toll('b', 530, 'egyptian')], spec)).toEqual([['temporal-change', 'temporal-change']]);
  });

  describe('options decide outcomes (a change of YAML alone flips the result)', () => {
    const sameYear = [claim('a', count(9), day('2024-03-01')), claim('b', count(10), day('2024-09-01'))];
    it.each<[string, CheckSpec, Array<[string, string]>]>([
      ['window: day → two moments, a change', { type: 'value-at-time', window: 'day' }, [['temporal-change', 'temporal-change']]],
      ['window: year → one moment, a conflict', { type: 'value-at-time', window: 'year' }, [['conflict', 'conflict']]],
    ])('%s', (_name, options, expected) => expect(run(sameYear, options)).toEqual(expected));

    const close = [claim('a', { type: 'quantity', amount: 100, unit: 'ton' }, day('2025-01-01')), claim('b', { type: 'quantity', amount: 103, unit: 'ton' }, day('2025-01-01'))];
    it('tolerance never makes "more than 610" equal 610, a figure written to the last ten', () => {
      const claims = [claim('a', { type: 'quantity', amount: 610, unit: 'crime', approx: 'more-than' }, day('2025-01-01')), claim('b', { type: 'quantity', amount: 610, unit: 'crime' }, day('2025-01-01'))];
      expect(run(claims, { type: 'value-at-time', tolerance: 0.05 })).toEqual([['conflict', 'conflict']]);
    });

    // test12 (cptpp-auckland-signing.md, cptpp-in-force.html): "a combined GDP of £12 trillion" and
    // "more than £12 trillion": a round figure may stand for a little more than it says.
    it.each<[string, number, Array<[string, string]>]>([
      ['tolerance: 0 → "more than £12 trillion" and "£12 trillion" conflict', 0, [['conflict', 'conflict']]],
      ['tolerance: 0.02 → they agree', 0.02, []],
    ])('%s', (_name, tolerance, expected) => {
      const claims = [claim('a', { type: 'quantity', amount: 12e12, unit: 'GBP', approx: 'more-than' }, day('2024-12-15')), claim('b', { type: 'quantity', amount: 12e12, unit: 'GBP' }, day('2024-12-15'))];
      expect(run(claims, { type: 'value-at-time', tolerance })).toEqual(expected);
    });

    it.each<[string, CheckSpec, Array<[string, string]>]>([
      ['tolerance: 0 → 100 vs 103 tons conflict', { type: 'value-at-time', tolerance: 0 }, [['conflict', 'conflict']]],
      ['tolerance: 0.05 → they agree', { type: 'value-at-time', tolerance: 0.05 }, []],
    ])('%s', (_name, options, expected) => expect(run(close, options)).toEqual(expected));
  });
});

describe('valuesAgree: names', () => {
  it('a name agrees with itself without diacritics or capitals, not with another spelling', async () => {
    const { valuesAgree } = await import('../../src/compare/checks/value-sets.js');
    const named = (text: string) => claim('a', { type: 'name', text }, undated);
    expect(valuesAgree(named('Stéphane Israël'), named('Stephane Israel'), 0)).toBe(true);
    expect(valuesAgree(named('Stéphane Israël'), named('Stefan Israel'), 0)).toBe(false);
  });
});

describe('valuesAgree: exact figures within the tolerance', () => {
  const quantity = (amount: number) => claim('a', { type: 'quantity', amount, unit: 'person' }, undated);
  it.each<[string, number, number, boolean]>([
    // "About 10,500 athletes took part" / "10,482 athletes competed": the round figure is the other rounded.
    ['a round figure and the figure it rounds', 10500, 10482, true],
    ['€1.2 billion and €1.18 billion', 1.2e9, 1.18e9, true],
    ['612 km and 610 km', 612, 610, true],
    // test6 (noto-toll-rises.html): "34,297 people were in evacuation centres" and the fact box's "Evacuees: 34,927".
    ['two figures written to the last person that differ', 34297, 34927, false],
    ['2,946 and 2,960: the rounder one is not the other rounded', 2946, 2960, false],
    ['within the figures but beyond the tolerance', 1000, 1100, false],
  ])('%s', async (_, a, b, agree) => {
    const { valuesAgree } = await import('../../src/compare/checks/value-sets.js');
    expect(valuesAgree(quantity(a), quantity(b), 0.02)).toBe(agree);
    expect(valuesAgree(quantity(b), quantity(a), 0.02)).toBe(agree);
  });
});

// test8 (the Key Bridge collapse): "a 985-foot (300-metre) vessel", "The 984-foot ship", "The 948-foot vessel".
describe('valuesAgree: sizes converted and rounded two ways', () => {
  const size = (amount: number, verb = 'describe') => claim('a', { type: 'quantity', amount, unit: 'foot' }, undated, { qualifiers: { verb } });
  it.each<[string, number, number, string, boolean]>([
    ['one apart in the last digit', 985, 984, 'describe', true],
    ['a digit swap', 985, 948, 'describe', false],
    ['one apart, but not sizes that describe a thing', 985, 984, 'hit', false],
    ['one apart on a small figure', 21, 22, 'describe', false],
  ])('%s', async (_, a, b, verb, agree) => {
    const { valuesAgree } = await import('../../src/compare/checks/value-sets.js');
    expect(valuesAgree(size(a, verb), size(b, verb), 0.02)).toBe(agree);
    expect(valuesAgree(size(b, verb), size(a, verb), 0.02)).toBe(agree);
  });
});

// test14 (pif-kiribati-exit.md, pif-wire.json): the 17 of a conflicting day, half a year before 17 → 18, leads the change.
describe('value-at-time: a change led by one side of an earlier conflict', () => {
  it('puts the earlier 17 at the head of 17 → 18', () => {
    const claims = [
      claim('exit', count(17), day('2022-07-11')),
      claim('wire0', count(18), day('2022-07-11')),
      claim('wire1', count(17), day('2023-01-30'), { evidence: { text: "Kiribati will rejoin the forum, ending a six-month rift that had left the region's main diplomatic body with 17 members.", zone: 'body', line: 2, column: 1, offset: 10, length: 2 } }),
      claim('wire1', count(18), day('2023-01-30'), { evidence: { text: 'With Kiribati back, the forum returns to 18 members.', zone: 'body', line: 6, column: 1, offset: 400, length: 2 } }),
    ];
    const change = valueAtTime(claims, { type: 'value-at-time', window: 'day' }, checkContext(projectRules, [])).find((d) => d.kind === 'temporal-change');
    expect(change?.claims.map((c) => [c.source, c.value.type === 'count' ? c.value.n : NaN])).toEqual([['exit', 17], ['wire1', 17], ['wire1', 18]]);
  });
});
