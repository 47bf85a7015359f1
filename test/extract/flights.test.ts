import { describe, expect, it } from 'vitest';
import { compareClaims } from '../../src/compare/index.js';
import { sentenceBounds } from '../../src/extract/sentences.js';
import { extractClaims } from '../../src/extract/index.js';
import { craftsNamed } from '../../src/extract/extractors/flight.js';
import { claimsFrom, projectRules, sourceFrom } from '../support/sources.js';

const flights = (text: string, published: string) =>
  claimsFrom(text, published, 'generic.flight').map((c) => [c.subject.key, c.value.type === 'ordinal' ? c.value.n : NaN, c.time.span?.start, c.display]);

// Sentences from test/corpus/test5 (Ariane 6's first flights), each as one outlet dated the flight.
describe('flight extractor', () => {
  it.each<[string, string, string, Array<[string, number, string, string]>]>([
    ['"made its first flight on Tuesday"', "PARIS — Europe's new Ariane 6 rocket made its first flight on Tuesday, lifting off from the Guiana Space Centre in Kourou, French Guiana, at 16:00 local time (21:00 in Paris, 19:00 GMT).", '2024-07-09', [['flight:ariane 6', 1, '2024-07-09', 'first flight']]],
    ['a craft named after its vehicle noun, a time zone after "a.m."', "PARIS, July 10 (EAPA) -- Europe's new-generation heavy launcher Ariane 6 lifted off on its first flight at 3:00 a.m. Beijing time on Wednesday from the Guiana Space Centre in Kourou, French Guiana, the European Space Agency (ESA) said.", '2024-07-10', [['flight:ariane 6', 1, '2024-07-10', 'first flight']]],
    ['"the rocket\'s maiden flight" with its full date', "The Ariane 6 rocket stranded its upper stage. That meant the stage could not be steered back into the atmosphere after the rocket's maiden flight on July 9, 2024.", '2024-09-16', [['flight:ariane 6', 1, '2024-07-09', 'maiden flight']]],
    ['a commercial flight is a series of its own', "KOUROU, French Guiana, March 6, 2025 - Europe's Ariane 6 rocket flew its first commercial mission on Thursday, placing a French military reconnaissance satellite in orbit eight months after a maiden flight that ended with its upper stage adrift.", '2025-03-06', [['flight:ariane 6:commercial', 1, '2025-03-06', 'first commercial mission']]],
  ])('%s', (_name, text, published, expected) => {
    expect(flights(text, published)).toEqual(expected);
  });

  it.each([
    // The time of the clause that ends before the flight is not the flight's.
    ['no time of its own after it', "A faulty temperature limit stranded the upper stage of Europe's Ariane 6 rocket in orbit at the end of its first flight, the task force said on Monday.", '2024-09-16'],
    ['no craft named beside a vehicle noun', "Air India's first flight to Sydney took off on Monday.", '2024-05-06'],
  ])('%s: nothing', (_name, text, published) => {
    expect(flights(text, published)).toEqual([]);
  });

  it('reports one flight given on two days as a conflict, and keeps the first commercial flight apart', () => {
    const from = (text: string, published: string, path: string) => extractClaims(sourceFrom(text, published, path), projectRules).filter((c) => c.extractor === 'generic.flight');
    const claims = [
      ...from("Europe's new Ariane 6 rocket made its first flight on Tuesday.", '2024-07-09', 'a.md'),
      ...from("Europe's new-generation heavy launcher Ariane 6 lifted off on its first flight at 3:00 a.m. Beijing time on Wednesday.", '2024-07-10', 'b.md'),
      ...from("Europe's Ariane 6 rocket flew its first commercial mission on Thursday.", '2025-03-06', 'c.md'),
    ];
    const found = compareClaims(claims, projectRules);
    expect(found.map((d) => [d.kind, d.claims.map((c) => c.display)])).toEqual([['conflict', ['first flight', 'first flight']]]);
  });
});

describe('sentences and times of day', () => {
  it.each([
    ['at 3:00 a.m. Beijing time on Wednesday from Kourou.', 1],
    ['It struck at 1 p.m. EDT on Thursday.', 1],
    ['The vote ended at 11 p.m. Officials then left.', 2],
  ])('%s', (text, n) => {
    expect(sentenceBounds(text)).toHaveLength(n);
  });
});

// Sentences from test/corpus/test7 (IM-1 Odysseus): a lander's landing, dated in its clause.
describe('landings', () => {
  it.each<[string, string, string, Array<[string, number, string, string]>]>([
    ['a lander named before its noun, the day after the time of day', 'HOUSTON — Intuitive Machines’ Odysseus lander touched down near the moon’s south pole at 6:23 p.m. EST on Thursday, the first US-built spacecraft to reach the lunar surface in more than 50 years.', '2024-02-22', [['landing:odysseus', 1, '2024-02-22', 'Odysseus touched down']]],
    ['a lander named after its noun, the day opening the sentence', "On Friday, February 23, at 06:23 WIB, Intuitive Machines' Nova-C lander Odysseus touched down on the Moon, becoming the first privately built spacecraft to do so.", '2024-02-23', [['landing:odysseus', 1, '2024-02-23', 'Odysseus touched down']]],
    ['no day in its clause', 'The lander, nicknamed Odie and also known as IM-1, set down near the crater Malapert A, about 300 km from the Moon’s south pole.', '2024-02-23', []],
    ['a booster lands on every flight: not read', 'The Super Heavy booster of the Starship rocket splashed down in the Gulf of Mexico on Thursday.', '2024-03-14', []],
    ['a landing still to come: "due to touch down" is no landing', 'The Odysseus lander is due to touch down on February 22 near Malapert A.', '2024-02-15', []],
  ])('%s', (_name, text, published, expected) => {
    expect(claimsFrom(text, published, 'generic.flight').map((c) => [c.subject.key, c.value.type === 'ordinal' ? c.value.n : NaN, c.time.span?.start, c.display])).toEqual(expected);
  });

  it('reports a landing given on two days as a conflict', () => {
    const texts: Array<[string, string]> = [
      ['HOUSTON — Intuitive Machines’ Odysseus lander touched down near the moon’s south pole at 6:23 p.m. EST on Thursday.', '2024-02-22'],
      ["On Friday, February 23, at 06:23 WIB, Intuitive Machines' Nova-C lander Odysseus touched down on the Moon.", '2024-02-23'],
    ];
    const claims = texts.flatMap(([text, published], i) => extractClaims(sourceFrom(text, published, `s${i}.md`), projectRules));
    const found = compareClaims(claims, projectRules).filter((d) => d.subject === 'Odysseus landing');
    expect(found.map((d) => d.kind)).toEqual(['conflict']);
  });
});

// Sentences from test/corpus/test11 (NASA's DART mission): a probe's launch and impact, each once.
describe('launches and impacts', () => {
  const happenings = (text: string, published: string) => claimsFrom(text, published, 'generic.flight').map((c) => [c.subject.key, c.time.span?.start, c.display]);
  it.each<[string, string, string, Array<[string, string, string]>]>([
    ['"the mission lifted off": the craft named before', 'The DART spacecraft is the size of a vending machine. The $325 million mission lifted off on November 24, 2021, aboard a SpaceX Falcon 9 rocket from Vandenberg Space Force Base in California.', '2022-09-27', [['launch:dart', '2021-11-24', 'DART lifted off']]],
    ['"a NASA spacecraft … slammed into": the one craft the source names, named later', 'LAUREL, Md. — A NASA spacecraft the size of a vending machine slammed into a small asteroid on Monday, in the first attempt to find out whether humanity could nudge a threatening space rock off course. The DART spacecraft flew head-on.', '2022-09-27', [['impact:dart', '2022-09-26', 'DART slammed into']]],
    // dart-impact-europe.json: the name written out is keyed by its initials, as other sources write it.
    ['a name of three capitalised words is keyed by its initials', 'At 01:14 Italian time on Tuesday, 27 September, the Double Asteroid Redirection Test probe struck Dimorphos, a small asteroid 170 metres in diameter.', '2022-09-27', [['impact:dart', '2022-09-27', 'Double Asteroid Redirection Test struck']]],
    ['no day in its clause', 'The DART spacecraft struck Dimorphos at 7:14 p.m. EDT, about 11 million kilometers from Earth.', '2022-09-27', []],
    ['a launch still to come', "The European Space Agency's Hera probe is due to be launched in October 2024.", '2023-03-01', []],
    // A rocket lifts off on every flight: only the landers' nouns name a craft that launches once.
    ['a rocket is not read', 'The Falcon 9 rocket lifted off on Tuesday from Cape Canaveral.', '2024-03-05', []],
  ])('%s', (_name, text, published, expected) => {
    expect(happenings(text, published)).toEqual(expected);
  });

  it('"a NASA spacecraft", "an Italian satellite": no craft names', () => {
    expect(craftsNamed('NASA spacecraft hits asteroid. A NASA spacecraft slammed into it. A shoebox-sized Italian satellite, LICIACube, flew past. The DART spacecraft struck.', ['spacecraft', 'satellite'])).toEqual(['DART']);
  });

  it('reports an impact given on two days as a conflict', () => {
    const texts: Array<[string, string]> = [
      ['A NASA spacecraft slammed into a small asteroid on Monday. The DART spacecraft was built in Maryland.', '2022-09-27'],
      ['At 01:14 Italian time on Tuesday, 27 September, the Double Asteroid Redirection Test probe struck Dimorphos.', '2022-09-27'],
    ];
    const claims = texts.flatMap(([text, published], i) => extractClaims(sourceFrom(text, published, `s${i}.md`), projectRules));
    expect(compareClaims(claims, projectRules).filter((d) => d.property === 'event').map((d) => [d.kind, d.claims.map((c) => c.time.span?.start)])).toEqual([['conflict', ['2022-09-26', '2022-09-27']]]);
  });
});
