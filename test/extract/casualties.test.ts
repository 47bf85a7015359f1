/**
 * Counts of people that say what happened to them (quantity.yaml `casualties`) and measures named
 * beside their figure (`namedMeasures`). Sentences from the test4 corpus's earthquake reports.
 */
import { describe, expect, it } from 'vitest';
import { compareClaims } from '../../src/compare/index.js';
import { extractClaims } from '../../src/extract/index.js';
import { claimsFrom, projectRules, sourceFrom } from '../support/sources.js';

const figures = (sentence: string) => claimsFrom(sentence, '2023-09-10', 'generic.quantity').map((c) => [c.display, c.value.type === 'quantity' ? c.value.unit : '']);

describe('casualties: one unit for deaths and one for injuries, whatever the words', () => {
  it.each<[string, string[][]]>([
    ['A powerful earthquake struck the mountains late on Friday, killing at least 632 people and injuring 329, the ministry said.', [['at least 632 people', 'death'], ['329', 'injury']]],
    ['The death toll has risen to 2,946, with 5,674 people injured, the ministry said.', [['2,946', 'death'], ['5,674 people injured', 'injury']]],
    ['State television said there were 2,122 dead and 2,421 injured by Sunday.', [['2,122 dead', 'death'], ['2,421 injured', 'injury']]],
    ['In the province alone, 1,648 people died.', [['1,648 people died', 'death']]],
    ['The ministry said 5,674 people have been injured.', [['5,674 people have been', 'injury']]],
    // test14 (herat-liveblog.html): the missing are no casualty of the verb before them.
    ['The United Nations humanitarian office (OCHA) has put out a much lower count than the Taliban: 1,023 dead and 1,663 injured, with more than 500 people missing.', [['1,023 dead', 'death'], ['1,663 injured', 'injury'], ['more than 500 people missing', 'person']]],
    // test14 (herat-liveblog.html): the unit's noun right after the verb.
    ['Janan Sayeeq of the disaster ministry says 2,053 people are dead, 9,240 injured and 1,329 houses damaged or destroyed.', [['2,053 people are dead', 'death'], ['9,240 injured', 'injury'], ['1,329 houses', 'house']]],
    // test13 (itaewon-support.json, itaewon-liveblog.html): "N of them seriously" counts some of the figure before.
    ['As of Monday morning, 154 people had died and 149 were injured, 33 of them seriously, the headquarters said.', [['154 people had died', 'death'], ['149', 'injury'], ['33', 'injury']]],
    ['The interior ministry\'s latest count: 153 dead and 133 injured, 37 of them in serious condition.', [['153 dead', 'death'], ['133 injured', 'injury'], ['37', 'injury']]],
    // test6 (noto-toll-rises.html): "of them in Ishikawa" tells where, not how badly: no figure of its own.
    ['A total of 372 people had been injured, and 34,297 people were in evacuation centres, 33,446 of them in Ishikawa.', [['372 people had been', 'injury'], ['34,297 people', 'evacuated']]],
    // test13 (itaewon-week-after.md): a revision "up to" a figure is that figure, no approximation.
    ['The number of injured has been revised up to 173, as more people who were hurt in the crush sought treatment.', [['173', 'injury']]],
    // test13 (itaewon-liveblog.html): a noun of the unit after a verb of stating.
    ['Choi Seong-beom, head of the Yongsan fire station, told a briefing at the scene that 151 people were now confirmed dead and 82 injured, 19 of them seriously.', [['151 people', 'death'], ['82 injured', 'injury'], ['19', 'injury']]],
    // The verb beside each figure decides, not the first verb of the clause.
    ['The earthquake has killed 86 people and injured 96 others in the province.', [['86 people', 'death'], ['96 others', 'injury']]],
    // test5 (the Enga landslide): people displaced, counted as they come in, whatever stands between.
    ['Another 250 houses nearby have been abandoned, and about 1,250 people have been displaced, the agency said.', [['250 houses', 'house'], ['about 1,250 people have been', 'displaced']]],
    ['The IOM told the Financial Times on Tuesday that 1,575 people from 315 households had been displaced.', [['1,575 people', 'displaced'], ['315 households', 'household']]],
    ['The government has spoken of nearly 8,000 displaced people.', [['nearly 8,000 displaced', 'displaced']]],
    // test6 (a Noto earthquake report): evacuees, and a verb of an earlier clause governs nothing here.
    ['A total of 372 people had been injured in seven prefectures as of 10 a.m., and 34,297 people were in evacuation centres in Ishikawa, Toyama and Niigata.', [['372 people had been', 'injury'], ['34,297 people', 'evacuated']]],
    // Casualties in words (test5): read only because they are casualties.
    ['Only five bodies had been recovered by Monday, local officials said.', [['five bodies', 'recovered']]],
    ['Two people were killed and twelve injured in the blast.', [['Two people', 'death'], ['twelve injured', 'injury']]],
    // test9 (jeju-identification.txt): bodies are recovered only when a verb says so; else bodies, under their verb.
    ['The bodies are being kept in a hangar at the airport, where 165 bodies had been placed by Monday morning.', [['165 bodies had been', 'body']]],
    ['Four bodies were handed over to their families on Monday night.', [['Four bodies', 'body']]],
    ['By Friday, 205 bodies had been recovered, the regional government said.', [['205 bodies had been', 'recovered']]],
    // test9: "all but two of the 181 people on board" were killed: 179.
    ['The Jeju Air jet from Bangkok crashed on Sunday while landing without its landing gear, killing all but two of the 181 people on board.', [['all but two of the 181 people on board', 'death']]],
  ])('%s', (sentence, expected) => {
    expect(figures(sentence)).toEqual(expected);
  });

  it.each([
    // People counted for something else keep their own unit.
    ['About 4.2 million people live in the six provinces the fund covers.', 'person'],
    ['The village had about 8,000 inhabitants before the quake.', 'inhabitant'],
  ])('leaves %j alone', (sentence, unit) => {
    expect(figures(sentence).map(([, u]) => u)).toEqual([unit]);
  });

  // test9 (jeju-runway-explainer.txt): the whole a part is counted in is no toll, and describes the group.
  it('reads "Of the 181 people on board, 179 died" with 181 as the whole, not the dead', () => {
    const whole = claimsFrom('Of the 181 people on board, 179 died.', '2024-12-29', 'generic.quantity').find((c) => c.display.startsWith('181'));
    expect([whole?.value.type === 'quantity' ? whole.value.unit : '', whole?.qualifiers.verb]).toEqual(['person', 'describe']);
  });

  it('takes the people spared out of "all but two of the 181 people"', () => {
    const [toll] = claimsFrom('The jet crashed on Sunday, killing all but two of the 181 people on board.', '2024-12-29', 'generic.quantity');
    expect(toll?.value).toMatchObject({ amount: 179, unit: 'death' });
  });

  // test9 (jeju-runway-explainer.txt, jeju-identification.txt): a part of a whole written after the figure counts what the whole counts.
  it.each<[string, string, string, string]>([
    ['Authorities said 146 of the 179 dead had been identified, most of them by fingerprints.', '146', 'person', 'identify'],
    ['174 of 179 Muan crash victims identified, five still awaiting DNA checks', '174', 'victim', 'identify'],
    ['Only 12 of the 27 countries signed.', '12', 'country', 'sign'],
  ])('reads "%s" as a part of its whole', (sentence, figure, unit, verb) => {
    const claim = claimsFrom(sentence, '2024-12-31', 'generic.quantity').find((c) => c.value.type === 'quantity' && String(c.value.amount) === figure);
    expect([claim?.value.type === 'quantity' ? claim.value.unit : '', claim?.qualifiers.verb]).toEqual([unit, verb]);
  });

  // test9: counts of victims identified grow as the work goes on: a count on each day.
  it('reads a count of people identified as a running count', () => {
    const [claim] = claimsFrom('On Monday morning 141 victims had been identified, officials said.', '2024-12-31', 'generic.quantity');
    expect(claim?.qualifiers.tally).toBe('running');
  });

  // test6 (noto-toll-kumamoto.txt): a panel proposing to recognise more deaths adds to the toll; it is not one.
  it('reads no toll in an increment', () => {
    expect(figures('A joint panel on Tuesday proposed recognising 22 more deaths as related to the disaster.')).toEqual([]);
    expect(figures('Officials reported another 12 deaths overnight.')).toEqual([]);
  });

  // test8 (the 2024 hajj heat deaths): people named by a noun of the rule's `peopleNouns`, or by where they come from.
  it.each<[string, Array<[string, string, string | undefined]>]>([
    ['At least 1,081 pilgrims from about ten countries died during this year’s hajj, according to an AFP tally.', [['At least 1,081 pilgrims', 'death', undefined]]],
    ['Medical sources said at least 530 Egyptians had died.', [['at least 530 Egyptians had died', 'death', 'egyptian']]],
    ['At least 60 Jordanians also died, the diplomats said.', [['At least 60 Jordanians also died', 'death', 'jordanian']]],
    ['There had been "31 deaths as a result of chronic diseases" among them.', [['31 deaths', 'death', 'them']]],
    // Not a casualty: the count keeps its noun, and the part no one died of keeps no "among".
    ['About 1.8 million pilgrims took part in the hajj.', [['About 1.8 million pilgrims', 'pilgrim', undefined]]],
    ['The ship carried 21 Indians and a Sri Lankan.', [['21 Indians', 'indian', undefined]]],
    // A count of people qualified by where they come from is a part of all of them.
    ['Jordan said 107 Jordanian pilgrims were still missing.', [['107 Jordanian pilgrims', 'pilgrim', 'jordanian']]],
  ])('%s', (sentence, expected) => {
    const claims = claimsFrom(sentence, '2024-06-20', 'generic.quantity');
    expect(claims.map((c) => [c.display, c.value.type === 'quantity' ? c.value.unit : '', c.qualifiers.among])).toEqual(expected);
  });

  // test4 (morocco-quake-toll-rises.html): a people noun in words is not read as a toll.
  it('reads no toll in "died with her four children"', () => {
    expect(figures('She had died with her four children.')).toEqual([]);
  });

  it('reads no figure in words that is not a casualty', () => {
    expect(figures('Two villagers told reporters that the hillside had been moving for weeks.')).toEqual([]);
    expect(figures('Three villages were buried, residents said.')).toEqual([]);
  });
});

describe('a figure given twice in one article means one thing', () => {
  it('gives the lead\'s "96 injured" the scope of the "96 … in the province" below', () => {
    const claims = claimsFrom('The earthquake left 86 dead and 96 injured.\n\nIn addition to the death toll, 96 people are injured in the province, the agency reported.', '2023-12-19', 'generic.quantity');
    expect(claims.filter((c) => c.value.type === 'quantity' && c.value.amount === 96).map((c) => c.qualifiers.within)).toEqual(['area', 'area']);
  });
});

describe('namedMeasures: a measure named beside its figure', () => {
  it.each([
    ['A 6.9-magnitude earthquake struck central Morocco on Saturday.', '6.9'],
    ['The survey said the quake had a magnitude of 6.8 and struck at a depth of 18.5 km.', '6.8'],
    ['A magnitude 7 quake shook the region.', '7'],
    ['The institute said the magnitude-7 quake was the strongest recorded in the country in a century.', '7'],
  ])('%s', (sentence, figure) => {
    const claim = claimsFrom(sentence, '2023-09-09', 'generic.quantity').find((c) => c.value.type === 'quantity' && String(c.value.amount) === figure);
    expect(claim?.value).toMatchObject({ unit: 'magnitude' });
  });
});

// test14 (herat-liveblog.html): a lesser event's measure is its own.
describe('lesserEvents: the magnitude of an aftershock', () => {
  it('keys "one of them of magnitude 5.5" after "aftershocks" apart from the quake\'s 6.3', () => {
    const claims = claimsFrom('The US Geological Survey says a magnitude 6.3 earthquake struck at about 11 a.m. on Saturday, followed by at least five strong aftershocks, one of them of magnitude 5.5.', '2023-10-08', 'generic.quantity');
    expect(claims.filter((c) => c.value.type === 'quantity' && c.value.unit === 'magnitude').map((c) => [c.value.type === 'quantity' ? c.value.amount : 0, c.subject.key])).toEqual([
      [6.3, 'qty:general:magnitude:'],
      [5.5, 'qty:general:magnitude:aftershock'],
    ]);
  });
});

describe('a named measure with a unit of its own', () => {
  it('keeps km and says what it measures: a depth never meets a distance', () => {
    const claims = claimsFrom('The quake struck at a depth of 18.5 km, about 72 km southwest of Marrakech.', '2023-09-09', 'generic.quantity');
    expect(claims.map((c) => [c.display, c.subject.key])).toEqual([['18.5 km', 'qty:general:km:depth'], ['about 72 km', 'qty:general:km:southwest']]);
  });
});

describe('readings on a named scale meet by their day alone, exactly', () => {
  it('sets 6.9 against 6.8 and 7 on one day, whoever gave them', () => {
    const drop = [
      ['A 6.9-magnitude earthquake struck central Morocco on Saturday, the agency said.', '2023-09-09'],
      ['The Geological Survey said the quake had a magnitude of 6.8 and struck at 11:11 p.m. local time. The national institute gave a magnitude of 7 and a depth of 8 km.', '2023-09-09'],
    ] as const;
    const claims = drop.flatMap(([text, date], i) => extractClaims(sourceFrom(text, date, `sources/${'ab'[i]}.md`), projectRules));
    const found = compareClaims(claims, projectRules).filter((d) => d.rule === 'generic.quantity');
    expect(found.map((d) => [d.kind, d.claims.map((c) => c.display).sort()])).toEqual([['conflict', ['6.8', '6.9', '7']]]);
  });
});

describe('an agency credited in the dateline is not what the figures are about', () => {
  it('keys the toll to no organisation', () => {
    const [toll] = claimsFrom('RABAT, Sept. 9 (Asia Pacific News Agency) -- An earthquake struck central Morocco on Saturday, killing at least 1,037 people, the Interior Ministry said.', '2023-09-09', 'generic.quantity');
    expect(toll?.subject.key).toBe('qty:general:death:');
  });
});

describe('a measure of an incident is dated by the incident', () => {
  // test4 (morocco-quake-strikes.txt, published on Saturday 9 September 2023).
  const text = "MARRAKECH, Morocco - A powerful earthquake struck Morocco's High Atlas mountains late on Friday, killing at least 632 people, the Interior Ministry said on Saturday.\n\nThe U.S. Geological Survey said the quake had a magnitude of 6.8 and struck at 11:11 p.m. local time (2211 GMT) at a depth of 18.5 km.";
  const claims = claimsFrom(text, '2023-09-09');
  it('dates the magnitude and the depth on the day the quake struck, not the day of the report', () => {
    const measures = claims.filter((c) => c.qualifiers.verb === 'magnitude' || c.qualifiers.verb === 'depth');
    expect(measures.map((c) => [c.display, c.time.span?.start])).toEqual([['6.8', '2023-09-08'], ['18.5 km', '2023-09-08']]);
  });
  it('leaves the toll on the day it was given', () => {
    const toll = claims.find((c) => c.display === 'at least 632 people');
    expect(toll?.time.span?.start).toBe('2023-09-09');
  });
  it('reads no quantity in a time of day', () => {
    expect(claims.filter((c) => c.extractor === 'generic.quantity' && /11|2211/.test(c.display))).toEqual([]);
  });
});

describe('a toll told again: "it" and a figure joined to the toll', () => {
  // test6 (noto-toll-passes-200.md, published 10 January 2024).
  const text = 'On Jan. 3 the prefecture put the toll at 72 in the evening. It stood at 128 on Sunday and 168 on Monday, when up to 323 people were listed as missing. By 9 a.m. on Tuesday it was 180, public broadcaster NHK said.\n\nIt was 25 degrees in Tokyo on Tuesday.';
  const tolls = claimsFrom(text, '2024-01-10', 'generic.quantity').map((c) => [c.value.type === 'quantity' ? `${c.value.amount} ${c.value.unit}` : '', c.time.span?.start]);
  it.each([
    ['"put the toll at 72"', ['72 death', '2024-01-03']],
    ['"It stood at 128 on Sunday"', ['128 death', '2024-01-07']],
    ['"and 168 on Monday"', ['168 death', '2024-01-08']],
    ['"it was 180"', ['180 death', '2024-01-09']],
  ])('%s', (_, toll) => {
    expect(tolls).toContainEqual(toll);
  });
  it('reads no toll in an "it" two sentences on', () => {
    expect(tolls.filter(([v]) => String(v).startsWith('25'))).not.toContainEqual(['25 death', '2024-01-09']);
  });
  // The sentence as test6 has it: a second authority's figure in the same sentence, dated by "that day".
  it('reads "while NHK counted 73 as of 6 p.m. that day" as the toll on 3 January, given by NHK', () => {
    const claims = claimsFrom('On Jan. 3 the prefecture put the toll at 72 in the evening, while NHK counted 73 as of 6 p.m. that day.', '2024-01-10', 'generic.quantity');
    expect(claims.map((c) => [c.value.type === 'quantity' ? `${c.value.amount} ${c.value.unit}` : '', c.time.span?.start, c.qualifiers.by])).toEqual([
      ['72 death', '2024-01-03', 'prefecture'],
      ['73 death', '2024-01-03', 'nhk'],
    ]);
  });
  it('reads no toll in a figure counted in a sentence that names no total', () => {
    expect(figures('Rescuers counted 73 houses on the hillside.')).toEqual([['73 houses', 'house']]);
  });
});

// test8 (the Key Bridge collapse): a size written into the noun, with a conversion in brackets, and the rule's `nounFamilies`.
describe('sizes that describe a thing', () => {
  it.each([
    ['The Singapore-flagged Dali, a 985-foot (300-metre) vessel outbound from Baltimore, hit a pier.', 'qty:general:foot:ship'],
    ['The 948-foot vessel was outbound from Baltimore to Colombo.', 'qty:general:foot:ship'],
    ['The 984-foot ship had lost power twice.', 'qty:general:foot:ship'],
    ['It brought the 1.6-mile (2.6-kilometre) span down into the river.', 'qty:general:mile:bridge'],
    // A unit written apart from "-long", and a size said of a noun before "is".
    ['The 2.57 km-long bridge collapsed at around 1.30 am (US local time) on Tuesday.', 'qty:general:km:bridge'],
    ['The ship is now wedged under debris from the bridge, which is 3 km-long.', 'qty:general:km:bridge'],
    ['The bridge is 21.8 km long, the longest in the country.', 'qty:general:km:bridge'],
  ])('%s', (sentence, key) => {
    const claims = claimsFrom(sentence, '2024-03-27', 'generic.quantity');
    expect(claims.map((c) => [c.subject.key, c.qualifiers.verb])).toEqual([[key, 'describe']]);
  });
});


// test8 (keybridge-collapse.md, keybridge-rebuild-estimate.md): a size is linked by the names of its own noun
// phrase, not by whatever else its sentence names; a size of no noun (a name: "the 5.6-km Bandra-Worli Sea Link") or a duration ("the 110-minute launch window") keeps its sentence's.
describe('what tells two sizes apart', () => {
  it.each<[string, string[]]>([
    ['It brought the 1.6-mile (2.6-kilometre) span down into the Patapsco River before dawn on Tuesday.', []],
    ['Plans to replace the 2.6-mile bridge have been in flux since a cargo ship struck it.', []],
    ['The new link is more than three times the length of the 5.6-km Bandra-Worli Sea Link, which opened in 2009.', ['Bandra', 'Worli Sea Link']],
  ])('%s', (sentence, names) => {
    const [size] = claimsFrom(sentence, '2024-03-27', 'generic.quantity');
    expect(size?.qualifiers.entities).toEqual(names);
  });
  it('keeps the names of its sentence for a duration', () => {
    const [window] = claimsFrom('The 110-minute launch window had opened at 7 a.m. at Starbase.', '2024-03-14', 'generic.quantity');
    expect(window?.qualifiers.entities).toEqual(['Starbase']);
  });
});

// test8 (hajj-liveblog.html): a total of people a casualty verb names, before its figure.
describe('"the number of Egyptians who died … to 658"', () => {
  it.each<[string, string, string | undefined]>([
    ['An Arab diplomat tells AFP that 58 more Egyptian deaths have been recorded, bringing the number of Egyptians who died during the hajj to 658.', '658 death', 'egyptian'],
    ['The number of pilgrims who died rose to 1,301 on Sunday.', '1301 death', undefined],
  ])('%s', (sentence, value, among) => {
    const claims = claimsFrom(sentence, '2024-06-20', 'generic.quantity').filter((c) => c.value.type === 'quantity' && c.value.amount > 100);
    expect(claims.map((c) => [c.value.type === 'quantity' ? `${c.value.amount} ${c.value.unit}` : '', c.qualifiers.among])).toEqual([[value, among]]);
  });

  it('reads no toll in the number of people who did something else', () => {
    expect(figures('The number of pilgrims who registered reached 1,800,000 this year.')).toEqual([]);
  });
});
