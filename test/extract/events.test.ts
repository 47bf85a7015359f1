import { describe, expect, it } from 'vitest';
import { placeAfter } from '../../src/extract/extractors/event-place.js';
import { claimsFrom } from '../support/sources.js';

const ORG = 'The Shanghai Cooperation Organization (SCO) has grown.\n\n';

describe('membership-event extractor', () => {
  it('reads the member, its ordinal and a relative time against the anchor', () => {
    const [claim] = claimsFrom(`${ORG}Belarus officially became the 10th member of the SCO at last year's summit in Astana.`, '2025-08-29', 'generic.membership-event');
    expect(claim?.value).toEqual({ type: 'member', text: 'Belarus', ordinal: 10 });
    expect(claim?.subject.key).toBe('org:SCO');
    expect(claim?.time).toMatchObject({ text: "last year's", anchor: '2025-08-29', basis: 'relative', span: { start: '2024-01-01', end: '2024-12-31', precision: 'year' } });
  });

  it('reads "joined" with a written date', () => {
    const [claim] = claimsFrom('The North Atlantic Treaty Organization (NATO) grew.\n\nSweden joined NATO in March 2024.', '2024-07-09', 'generic.membership-event');
    expect(claim?.value).toEqual({ type: 'member', text: 'Sweden' });
    expect(claim?.time.span).toEqual({ start: '2024-03-01', end: '2024-03-31', precision: 'month' });
  });

  // test12 (cptpp-auckland-signing.md, cptpp-in-force.html, cptpp-wire.json#0, cptpp-explainer.txt): the signing, a step of its own.
  it.each<[string, string, string, Array<[string, string | undefined, unknown]>]>([
    ['"formally signed its accession protocol … on Sunday"', 'The Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP) grew.\n\nBritain formally signed its accession protocol to the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP) on Sunday, becoming the first country to join.', '2023-07-16', [['Britain', '2023-07-16', 'signed']]],
    ['"signed a treaty on Sunday to join"', 'AUCKLAND, July 16 (Pacific Trade Wire) - Britain signed a treaty on Sunday to join the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP).', '2023-07-16', [['Britain', '2023-07-16', 'signed']]],
    ['a signing whose verb no name stands right before: nothing', 'The Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP) grew.\n\nBritain applied after leaving the European Union and signed its accession protocol in July 2023.', '2024-01-10', []],
  ])('reads a signing: %s', (_name, text, published, expected) => {
    const claims = claimsFrom(text, published, 'generic.membership-event').filter((c) => c.qualifiers.phase === 'signed');
    expect(claims.map((c) => [c.value.type === 'member' ? c.value.text : '', c.time.span?.start, c.qualifiers.phase])).toEqual(expected);
  });

  // test13 (nato-vilnius.html): "which became" with the member's place.
  it('reads "Finland, which became the alliance\'s 32nd member in April"', () => {
    const claims = claimsFrom('NATO leaders met in Vilnius.\n\nIt is the first summit for Finland, which became the alliance\'s 32nd member in April and now sits at the table beside its Nordic neighbours.', '2023-07-11', 'generic.membership-event');
    expect(claims.map((c) => [c.value, c.time.span?.start, c.qualifiers.member])).toEqual([[{ type: 'member', text: 'Finland', ordinal: 32 }, '2023-04-01', 'Finland']]);
  });

  // test15 (oecd-wire.json#1): after "since", a time inside the joining's own words still dates it.
  it('dates "since Costa Rica joined last May as its 39th member" by "last May"', () => {
    const claims = claimsFrom("The Organisation for Economic Co-operation and Development (OECD) met in Paris.\n\nThe OECD's 38 member countries agreed on Tuesday to open accession discussions with six countries, the organisation's largest enlargement step since Costa Rica joined last May as its 39th member.", '2022-01-25', 'generic.membership-event');
    expect(claims.map((c) => [c.value, c.time.span?.start, c.qualifiers.member])).toEqual([[{ type: 'member', text: 'Costa Rica', ordinal: 39 }, '2021-05-01', 'Costa Rica']]);
  });

  // test13 (nato-washington.txt): a joining after "since" is not dated by the sentence's day.
  it('does not date "the first since Sweden became its 32nd member" by the summit\'s Tuesday', () => {
    const claims = claimsFrom('NATO leaders gathered in Washington on Tuesday for a three-day summit marking the 75th anniversary of the alliance, the first since Sweden became its 32nd member.', '2024-07-09', 'generic.membership-event');
    expect(claims.map((c) => [c.value, c.time.basis, c.qualifiers.member ?? null])).toEqual([[{ type: 'member', text: 'Sweden', ordinal: 32 }, 'publication', null]]);
  });

  // test11 (coe-explainer.txt): the member's place given in the clause after its joining.
  it('reads the ordinal of ", becoming the 40th member" after "joined"', () => {
    const [claim] = claimsFrom('The Council of Europe (CoE) has 47 member states.\n\nRussia joined in 1996, becoming the 40th member, and Montenegro was the last country to join, in 2007.', '2023-05-17', 'generic.membership-event');
    expect(claim?.value).toEqual({ type: 'member', text: 'Russia', ordinal: 40 });
  });

  // test12 (cptpp-auckland-signing.md, cptpp-wire.json#0): "the first country to join" is the first newcomer, no
  // place in the count; a joining still to come gives no count of the day.
  it.each<[string, Array<[string, unknown]>]>([
    ['Britain formally signed its accession protocol to the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP) on Sunday, becoming the first country to join the Indo-Pacific trade bloc since it was founded in 2018.', [['member-joined', { type: 'member', text: 'Britain' }]]],
    ['Once that is done, Britain will become the CPTPP\'s twelfth member.', [['member-joined', { type: 'member', text: 'Britain', ordinal: 12 }]]],
  ])('reads %j, and no count from its ordinal', (sentence, expected) => {
    const claims = claimsFrom(`The Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP) grew.\n\n${sentence}`, '2023-07-16');
    expect(claims.filter((c) => c.property === 'member-joined').map((c) => [c.property, c.value])).toEqual(expected);
    expect(claims.filter((c) => c.property === 'member-states')).toEqual([]);
  });

  // test8 (comoros-wto-165th.html): a body's numbered meeting is an event of its own series.
  it('reads "the 13th ministerial conference in Abu Dhabi" as a meeting with its ordinal and place', () => {
    const claims = claimsFrom('The World Trade Organization (WTO) grew.\n\nMembers endorsed the accession in February at the 13th ministerial conference in Abu Dhabi.', '2024-08-22', 'generic.summit');
    expect(claims.map((c) => [c.subject.key, c.qualifiers.ordinal, c.qualifiers.place])).toEqual([['event:WTO:meeting', 13, 'Abu Dhabi']]);
  });

  // test6 (the Commonwealth admitting Gabon and Togo): every member the subject lists joins.
  it.each([
    ['KIGALI — Gabon and Togo were admitted to the Commonwealth on Saturday, as leaders accepted the two countries\' applications.', ['Gabon', 'Togo']],
    ['KIGALI, Rwanda (ANW) - Togo and Gabon were admitted to the Commonwealth of Nations, bringing the number of countries in the bloc to 56.', ['Togo', 'Gabon']],
    ['Bulgaria, Romania and Croatia joined the Schengen area.', ['Bulgaria', 'Romania', 'Croatia']],
  ])('reads every member of "%s"', (sentence, members) => {
    const text = `The Commonwealth of Nations met in Kigali.\n\n${sentence}`;
    expect(claimsFrom(text, '2022-06-25', 'generic.membership-event').map((c) => (c.value.type === 'member' ? c.value.text : ''))).toEqual(members);
  });
});

describe('membership-event extractor: a member joining as the Nth is a count of N', () => {
  const IMF = 'The International Monetary Fund (IMF) welcomed a new member.\n\n';
  const read = (sentence: string, published: string) =>
    claimsFrom(IMF + sentence, published).filter((c) => c.property === 'member-states' || c.property === 'member-joined').map((c) => [c.extractor, c.property, c.value.type === 'count' ? c.value.n : c.value.type === 'member' ? `${c.value.text} ${c.value.ordinal ?? ''}`.trim() : '', c.time.span?.start]);
  it.each([
    // test9 (imf-liechtenstein-wire.json)
    ['a day: the member and the count from that day', 'VADUZ (Alpine Wire) - Liechtenstein became the 191st member of the International Monetary Fund on Monday, when Prime Minister Daniel Risch signed the fund\'s Articles of Agreement in Washington.', '2024-10-22', [['generic.membership-event', 'member-joined', 'Liechtenstein 191', '2024-10-21'], ['generic.member-count', 'member-states', 191, '2024-10-21']]],
    // test8 (comoros-wto-press-release.txt): the ordinal after "joined … as its".
    ['"joined … today as its 165th member"', 'GENEVA, 21 August 2024 — Comoros joined the International Monetary Fund today as its 165th member, after 17 years of negotiating.', '2024-08-21', [['generic.membership-event', 'member-joined', 'Comoros 165', '2024-08-21'], ['generic.member-count', 'member-states', 165, '2024-08-21']]],
    // The seeds: a year is no time a count of that year can be placed before or after.
    ['a year: the member only', "Belarus officially became the 10th member of the IMF at last year's summit in Astana.", '2025-08-29', [['generic.membership-event', 'member-joined', 'Belarus 10', '2024-01-01']]],
    ['no ordinal: the member only', 'Liechtenstein became a member of the IMF on Monday.', '2024-10-22', [['generic.membership-event', 'member-joined', 'Liechtenstein', '2024-10-21']]],
    // test10 (icc-armenia-joins.html, icc-press-release.txt): a ceremony welcoming the Nth member gives the member
    // (the last name before "as") and the count; the ceremony is a step of its own, dated apart from the joining.
    ['welcoming a member as the Nth', 'The IMF held a ceremony at its seat on Thursday, 8 February 2024, to welcome the Republic of Armenia as the 124th member of the fund.', '2024-02-08', [['generic.membership-event', 'member-joined', 'Armenia 124', '2024-02-08'], ['generic.member-count', 'member-states', 124, '2024-02-08']]],
    // test10 (icc-analysis.md, icc-armenia-joins.html): "It" is the name the sentence before opens with; "the country" the sentence's name.
    ['"It formally joined": the name before', 'Armenia went first. It formally joined the IMF on Jan. 31, 2024, as AFP reported at the time.', '2025-01-03', [['generic.membership-event', 'member-joined', 'Armenia', '2024-01-31']]],
    ['"when the country formally joined"', 'The statute entered into force for Armenia on 1 February, when the country formally joined the IMF.', '2024-02-08', [['generic.membership-event', 'member-joined', 'Armenia', '2024-02-01']]],
    // A treaty entering into force is no member entering.
    ['a treaty entering into force', 'On 25 October 2024, Ukraine deposited its instrument, and the Statute entered into force for Ukraine on 1 January 2025.', '2025-07-17', []],
    // test8 (comoros-wto-wire.json#1): "the country" is the member named before, in the sentence or the one joining before it.
    ['"the country" as the member, named in the sentence', 'Members officially approved the accession of Comoros last February, but the country became a full member on Tuesday.', '2024-08-21', [['generic.membership-event', 'member-joined', 'Comoros', '2024-08-20']]],
    ['"the country" as the member, the one joining before', 'GENEVA (EuroWire) - After 17 years of negotiations with members of the IMF, Comoros has joined the body.\n\nThe country became a full member on Tuesday.', '2024-08-21', [['generic.membership-event', 'member-joined', 'Comoros', '2024-08-21'], ['generic.membership-event', 'member-joined', 'Comoros', '2024-08-20']]],
  ])('%s', (_, sentence, published, expected) => {
    expect(read(sentence, published)).toEqual(expected);
  });
});

const events = (text: string, published = '2025-08-29') =>
  claimsFrom(ORG + text, published, 'generic.summit').map((c) => ({ subject: c.subject.key, ...c.qualifiers, year: c.time.span?.start.slice(0, 4) }));

describe('event extractor', () => {
  it.each([
    ['At the SCO Dushanbe Summit in 2014, Xi proposed to negotiate and sign the SCO Convention on Countering Extremism.', { subject: 'event:SCO:summit', kind: 'summit', place: 'Dushanbe', year: '2014' }],
    ["At the organization’s 2014 Dushanbe summit, he proposed negotiating and signing an SCO Convention on Countering Extremism.", { subject: 'event:SCO:summit', kind: 'summit', place: 'Dushanbe', year: '2014' }],
    ['When Xi first addressed the SCO summit in Kyrgyzstan capital Bishkek in 2013, he opened his speech with a clear and concise assessment.', { subject: 'event:SCO:summit', kind: 'summit', place: 'Bishkek', year: '2013' }],
    ['Xi said at the 17th Meeting of the Council of Heads of State of the SCO in 2017.', { subject: 'event:SCO:summit', kind: 'summit', ordinal: 17, year: '2017' }],
    ["During last year's SCO Samarkand summit, Xi expounded on the significance of the Global Security Initiative (GSI).", { subject: 'event:SCO:summit', kind: 'summit', place: 'Samarkand', year: '2024' }],
    ['In June, the Chinese leader arrived in Astana to attend the second China-Central Asia summit.', { subject: 'event:China-Central Asia:summit', kind: 'summit', place: 'Astana', ordinal: 2, year: '2025' }],
  ])('reads %j', (sentence, expected) => {
    expect(events(sentence)).toEqual([expected]);
  });

  it.each([
    // A clause after the event word that says when it opened dates it, not a day named before it.
    ['World leaders began arriving in New Delhi on Friday for the G20 summit, which will be held at the Bharat Mandapam convention centre on September 9-10.', '2023-09-08', { place: 'New Delhi', day: '2023-09-09' }],
    ['The announcement came at the opening session of the G20 summit, which opened in New Delhi on 10 September.', '2023-09-11', { place: 'New Delhi', day: '2023-09-10' }],
    // An assembly's session is its summit: "the 37th Ordinary Session of the Assembly … kicked off on Saturday 17 February 2024".
    ['The 37th Ordinary Session of the Assembly of Heads of State and Government of the G20 kicked off on Saturday 17 February 2024, in Addis Ababa.', '2024-02-18', { place: undefined, day: '2024-02-17' }],
    // test7 (mercosur-brazil-senate.md): a place's name may hold a small word.
    ['The next G20 summit will be held in Rio de Janeiro on December 7, when Brazil will hand over the presidency.', '2023-11-28', { place: 'Rio de Janeiro', day: '2023-12-07' }],
  ])('dates and places an event by the clause that describes it: %j', (sentence, published, expected) => {
    const found = claimsFrom(`The G20 met. The G20 agreed.\n\n${sentence}`, published, 'generic.summit').map((c) => ({ place: c.qualifiers?.place, day: c.time.span?.start }));
    expect(found).toEqual([expected]);
  });

  // test7 (mercosur-wire.json#0): "first" is the leader's, not the summit's.
  it('reads no ordinal that belongs to a noun before "to"', () => {
    const text = 'The G20 met. The G20 agreed.\n\nThe summit opening is marked by an absence: that of President Javier Milei, the first Argentine leader to skip the summit since his country\'s 2001 financial crisis.';
    expect(claimsFrom(text, '2024-07-07', 'generic.summit').filter((c) => c.qualifiers?.ordinal !== undefined)).toEqual([]);
  });

  it('gives the summit to "the Group of 20" named before it, the G20 of the rest of the article', () => {
    const text = 'African Union takes seat at the G20.\n\nThe African Union was admitted as a permanent member of the Group of 20 on Saturday, minutes after Indian Prime Minister Narendra Modi opened the two-day leaders\' summit in New Delhi on September 9.\n\nThe G20 now has 21 members.';
    expect(claimsFrom(text, '2023-09-09', 'generic.summit').map((c) => c.subject.key)).toEqual(['event:G20:summit']);
  });

  it('keeps only the year of an event in a photo caption (the date is the photo’s)', () => {
    const caption = 'Chinese President Xi Jinping poses for a group photo ahead of the 22nd meeting of the Council of Heads of State of the Shanghai Cooperation Organization (SCO) in Samarkand, Uzbekistan, Sept. 16, 2022. (Photo/Li Tao, Xinhua)';
    const [claim] = claimsFrom(`Title line\n\n${caption}`, '2024-07-01', 'generic.summit');
    expect(claim?.qualifiers).toMatchObject({ ordinal: 22, place: 'Samarkand' });
    expect(claim?.evidence.zone).toBe('caption');
    expect(claim?.time.span).toEqual({ start: '2022-01-01', end: '2022-12-31', precision: 'year' });
  });

  // test14 (pif-wire.json#0, pif-tonga.txt, pif-rarotonga.html): "the first … in three years" or "for" someone is no place in the
  // series; a leaders' meeting is a summit; "hosted by Fiji in Suva" gives the place.
  it.each<[string, string, Array<Record<string, unknown>>]>([
    ['the first in a while', 'Leaders of the 18-nation Pacific Islands Forum (PIF) opened their first in-person summit in three years on Monday.', []],
    ['the first for someone', 'The Pacific Islands Forum (PIF) meets in Tonga. It is the first leaders\' meeting for the forum\'s new secretary-general, who took office in June.', []],
    ['a leaders meeting hosted by a country in a city', 'The Pacific Islands Forum (PIF) meets. The 52nd Pacific Islands Forum Leaders Meeting, hosted by Fiji in Suva until Thursday, is expected to focus on climate change.', [{ subject: 'event:PIF:summit', kind: 'summit', place: 'Suva', ordinal: 52 }]],
  ])('%s', (_name, text, expected) => {
    const found = claimsFrom(text, '2022-07-11', 'generic.summit').map((c) => ({ subject: c.subject.key, kind: c.qualifiers.kind, ...(c.qualifiers.place ? { place: c.qualifiers.place } : {}), ...(c.qualifiers.ordinal !== undefined ? { ordinal: c.qualifiers.ordinal } : {}) }));
    expect(found).toEqual(expected);
  });

  it('does not take "the first summit hosted by" as the series ordinal', () => {
    const found = events('It was adopted at the landmark Qingdao Summit in 2018, the first SCO summit hosted by Xi Jinping in China.');
    expect(found).toEqual([{ subject: 'event:SCO:summit', kind: 'summit', place: 'Qingdao', year: '2018' }]);
  });
});

// test6 (the Commonwealth's 2022 summit): "in the Rwandan capital" names no city; the source names it elsewhere.
describe('event extractor: an unnamed capital', () => {
  it('takes the one place the source names for the same event, and no adjective for a place', () => {
    const text = 'The Commonwealth of Nations met in Kigali.\n\nGabon and Togo were admitted to the Commonwealth on Saturday at the closing session of the Commonwealth Heads of Government Meeting in the Rwandan capital.\n\nThe Commonwealth as Kigali summit host, Rwanda, welcomed them.';
    const found = claimsFrom(text, '2022-06-25', 'generic.summit').map((c) => [c.qualifiers.place, c.time.span?.start]);
    expect(found).toContainEqual(['Kigali', '2022-06-25']);
    expect(found.map(([place]) => place)).not.toContain('Rwandan');
  });
});

describe('event extractor: words that are not places', () => {
  it.each([
    // "Ordinary" is the summit's kind, not its place: the ordinal is read instead.
    ['The East African Community (EAC) met. The 23rd Ordinary Summit of the bloc voted on November 25.', undefined],
    // An abbreviation before the event word is its owner, not a place.
    ['Modi, who is attending the BRICS summit in Johannesburg, waved the flag.', 'Johannesburg'],
  ])('%s', (text, place) => {
    const [claim] = claimsFrom(text, '2023-11-25', 'generic.summit');
    expect(claim?.qualifiers.place).toBe(place);
  });
});

describe('membership events: joining and leaving', () => {
  const OPEC = 'The Organization of the Petroleum Exporting Countries (OPEC) met. OPEC agreed.\n\n';
  const read = (text: string, published: string, rule: string) => claimsFrom(OPEC + text, published, rule).map((c) => [c.value.type === 'member' ? c.value.text : '', c.time.span?.start]);
  it.each([
    ['Qatar left OPEC in 2019.', 'generic.membership-exit', [['Qatar', '2019-01-01']]],
    ['Ecuador quit in 2020.', 'generic.membership-exit', [['Ecuador', '2020-01-01']]],
    ['Indonesia suspended its membership in 2016.', 'generic.membership-exit', [['Indonesia', '2016-01-01']]],
    // A present-tense "takes effect" dates a year-less day ahead of the publication day.
    ["Angola's departure from the 13-member group takes effect on January 1.", 'generic.membership-exit', [['Angola', '2024-01-01']]],
    ['Angola, which joined OPEC in 2007, said it would go.', 'generic.membership-event', [['Angola', '2007-01-01']]],
    ['Gabon rejoined in 2016.', 'generic.membership-event', [['Gabon', '2016-01-01']]],
  ])('%s (%s)', (sentence, rule, expected) => {
    expect(read(sentence, '2023-12-21', rule)).toEqual(expected);
  });

  it('reads both members of "Rwanda and Burundi joined in 2007"', () => {
    expect(read('Rwanda and Burundi joined in 2007.', '2023-11-24', 'generic.membership-event').sort()).toEqual([['Burundi', '2007-01-01'], ['Rwanda', '2007-01-01']]);
  });
});

describe('event extractor: names in capitals', () => {
  // An all-capitals name after "of" could be cut into one-letter pieces in every way, which took minutes.
  it('finishes on a long name in capitals', () => {
    expect(placeAfter(' of the INTERNATIONAL ORGANIZATION FOR STANDARDIZATION AND METROLOGY COUNCILS, on Monday', [])).toBeUndefined();
    expect(placeAfter(' of the NORTH ATLANTIC COUNCIL in Madrid', [])).toBe('Madrid');
  });
});
