import { describe, expect, it } from 'vitest';
import { claimTime } from '../../src/extract/claim-time.js';
import { claimsFrom, sourceFrom } from '../support/sources.js';

const source = sourceFrom('Body.', '2023-01-01');
const timeOf = (sentence: string, value: string) => {
  const time = claimTime(source, sentence, { near: sentence.indexOf(value), sameClause: true });
  return time.basis === 'publication' ? 'publication' : `${time.span?.start}..${time.span?.end}`;
};

describe('claimTime: which written time dates a value', () => {
  it.each([
    ['a time before the value, across a comma', 'In 2024, trade reached a record US$890 billion.', 'US$890', '2024-01-01..2024-12-31'],
    ['a later time in another clause, after a comma', 'Croatia, the Adriatic country of 3.8 million people, joined the EU in 2013.', '3.8 million', 'publication'],
    ['a time in a relative clause', "Leaders of the alliance's 32 members meet, which was founded in 1949.", '32 members', 'publication'],
    ['a state that has held since a date', 'The line, roughly 142 kilometres long, has been in service since October 2, 2023.', '142 kilometres', 'publication'],
    ['a total counted since a dated start', "A traverse map released by ISRO put the rover's total drive at 101.4 m since it rolled out of the Vikram lander on August 23.", '101.4 m', 'publication'],
    ['a time inside a relative clause before the value', 'Angola, which joined OPEC in 2007, produces about 1.1 million barrels per day (bpd).', '1.1 million', 'publication'],
    ['a time that opens the sentence dates a later clause joined by ", and"', 'On Thursday, the opening day, countries launched a fund for loss and damage, and pledges totalling $513 million followed.', '$513 million', '2022-12-29..2022-12-29'],
    ['a time in the same clause after the value', 'Trade hit 90 billion dollars in 2022.', '90 billion', '2022-01-01..2022-12-31'],
    ['a clause opened by ", when" after a time happened then', 'It was the deadliest to hit the country since 1960, when a quake destroyed the city of Agadir and killed at least 12,000 people.', '12,000', '1960-01-01..1960-12-31'],
    ['a time in an earlier clause joined by ", and"', 'The Olympic figure beats the 8.3 million sold for the 1996 Games in Atlanta, and the combined total tops the 10.9 million tickets sold for the Olympics and Paralympics in London in 2012.', '10.9 million', '2012-01-01..2012-12-31'],
    ['what held "until Saturday" held the day before', 'Until Saturday the grouping had 20 members, 19 countries plus the European Union.', '20 members', '2022-12-30..2022-12-30'],
    ['a comma between digits breaks no clause', "Nearly 9,000 vehicles drove across India's longest sea bridge in the first 12 hours after it opened to traffic on Saturday morning, the authority said.", '9,000', '2022-12-31..2022-12-31'],
    ['"this year" in a present statement is the publication day', 'Nearly 23,500 people belong to official government delegations this year.', '23,500', 'publication'],
    ['a second predicate joined by "and will" has its own time', 'The element he inaugurated is 217 metres long, weighs about 73,500 tonnes and will be floated out and lowered into a trench on the seabed later this year.', '73,500', 'publication'],
    // test13 (itaewon-victims.md): another disaster's toll, in a relative clause on the dated thing.
    ['"in February, which killed an estimated 50,000"', "The quakes were among the world's deadliest this year after those in Turkey and Syria in February, which killed an estimated 50,000 people.", '50,000', '2022-02-01..2022-02-28'],
    ['a relative clause right after a dated thing tells of it', "The crush was the country's deadliest disaster since the sinking of the Sewol ferry in April 2014, which killed 304 people, most of them high school students on a school trip.", '304', '2014-04-01..2014-04-30'],
    ['a figure with no time of its own is as of its statement', 'At least 2,012 people were killed and 2,059 injured, 1,404 of them critically, according to an Interior Ministry toll issued on Saturday at 10 p.m.', '2,059', '2022-12-31..2022-12-31'],
  ])('%s', (_name, sentence, value, expected) => {
    expect(timeOf(sentence, value)).toBe(expected);
  });

  it.each([
    ['a running toll is as of its statement, not of the event', "A powerful earthquake struck the High Atlas mountains late on Friday, killing at least 632 people and injuring 329, the Interior Ministry said on Saturday.", '632', '2022-12-31..2022-12-31'],
    ['"said late on Wednesday"', "The number of people killed in last Friday's earthquake has risen to 2,946, the Interior Ministry said late on Wednesday.", '2,946', '2022-12-28..2022-12-28'],
    // test5 (png-landslide-us-wire.json): the day in the possessive is the landslide's, the count the article's.
    ['a day in the possessive names the incident, not the count', "Papua New Guinea's government has told the United Nations that more than 2,000 people are believed to have been buried alive by Friday's landslide in Enga province.", '2,000', '2023-01-01..2023-01-01'],
    ['but "Friday\'s toll" is the count\'s', "Friday's toll of 72 dead was revised after the search resumed.", '72', '2022-12-30..2022-12-30'],
    // test10 (chido-wire.json#1): the day in an "after" clause with its own verb is what happened before the count.
    ['a day in an "after" clause is not the count\'s', 'A provisional official toll reports 31 dead and some 1,400 injured after the cyclone passed over the archipelago on December 14, 2022.', '31', '2023-01-01..2023-01-01'],
    // test12 (derna-who-count.txt): the figure's own clause says when it was given; the aside dates another figure.
    ['a figure reported "earlier in the week" in its own clause, beside a figure "issued on Saturday"', 'The WHO figure, issued on Saturday, is far below the 11,300 deaths that the UN humanitarian office OCHA had reported earlier in the week, citing the Libyan Red Crescent.', '11,300', '2022-12-26..2023-01-01'],
    ['"a letter dated Friday"', 'In a letter to the UN resident coordinator dated Friday, the acting director of the National Disaster Centre said the landslide "buried more than 2,000 people alive".', '2,000', '2022-12-30..2022-12-30'],
  ])('%s', (_name, sentence, value, expected) => {
    const time = claimTime(source, sentence, { near: sentence.indexOf(value), sameClause: true, reported: true });
    expect(`${time.span?.start}..${time.span?.end}`).toBe(expected);
  });
});

// test14 (herat-toll-revised.md): a paragraph that opens with a day dates the tallies after it that have no time of their own.
describe('a paragraph opened by a day', () => {
  it('dates a running tally with no time of its own by the day its paragraph opens with', () => {
    const text = 'The earthquakes killed about 1,000 people.\n\nOn Wednesday the ground shook again. The new quake also had a magnitude of 6.3. One person was killed and about 150 injured, health officials said.';
    const tallies = claimsFrom(text, '2023-10-13', 'generic.quantity').filter((c) => c.qualifiers.tally === 'running').map((c) => [c.display, c.time.span?.start]);
    expect(tallies).toEqual([
      ['about 1,000 people', '2023-10-13'],
      ['about 150 injured', '2023-10-11'],
    ]);
  });
});

describe('a live blog: each post holds on the day of its stamp', () => {
  // test10 (chido-liveblog.html): posts newest first, each stamped with its day and time.
  const blog = [
    'Monday 16 December, 21:10',
    'The island’s authorities now count 21 dead, BFMTV reports.',
    'Sunday 15 December, 13:40',
    'The Interior Ministry says it is proving difficult to get a precise tally but confirms at least 11 deaths.',
    'Saturday 14 December, 19:00',
    'At least two people have died in Petite-Terre, security sources say.',
  ].join('\n\n');
  it('dates a present-tense figure by its post, not by the publication day', () => {
    const tolls = claimsFrom(blog, '2024-12-16', 'generic.quantity').map((c) => [c.display, c.time.span?.start]);
    expect(tolls).toEqual([
      ['21 dead', '2024-12-16'],
      ['at least 11 deaths', '2024-12-15'],
      ['At least two people', '2024-12-14'],
    ]);
  });

  it('keeps the time of day of the post a figure stands in', () => {
    expect(claimsFrom(blog, '2024-12-16', 'generic.quantity').map((c) => c.qualifiers.clock)).toEqual(['21:10', '13:40', '19:00']);
    // test13 (itaewon-liveblog.html) stamps; a.m./p.m. read as a 24-hour clock.
    const stamps = 'Sunday 30 October, 23:10\n\nThe toll has risen to 154.\n\nOct. 30, 2022 - 2:40 p.m.\n\nAt least 59 people had died.';
    expect(claimsFrom(stamps, '2022-10-30', 'generic.quantity').map((c) => [c.value.type === 'quantity' ? c.value.amount : 0, c.qualifiers.clock])).toEqual([[154, '23:10'], [59, '14:40']]);
  });

  it('leaves an article with one date line on its publication day', () => {
    const article = 'Sunday 15 December, 13:40\n\nThe Interior Ministry confirms at least 11 deaths.';
    expect(claimsFrom(article, '2024-12-16', 'generic.quantity').map((c) => c.time.span?.start)).toEqual(['2024-12-16']);
  });
});
