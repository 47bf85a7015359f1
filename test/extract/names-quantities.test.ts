import { describe, expect, it } from 'vitest';
import { claimsFrom } from '../support/sources.js';

const ORG = 'The Shanghai Cooperation Organization (SCO) has grown.\n\n';

describe('named-thing extractor', () => {
  it.each([
    ['SCO members carried out an anti-drug operation dubbed "Web" earlier this month, with China chairing the coordination headquarters.', 'Web', 'anti-drug operation'],
    ['This month, the SCO countries carried out an anti-drug operation codenamed “Spider Web.”', 'Spider Web', 'anti-drug operation'],
    ['They signed the world\'s first inter-governmental anti-extremism treaty, organized "Peace Mission" counter-terrorism military drills.', 'Peace Mission', 'counter-terrorism military drills'],
    // A capitalised kind word leading the name, without quotes.
    ['SCO members carried out Operation Spider Web against drug traffickers this month.', 'Spider Web', 'operation'],
  ])('reads the name in %j', (sentence, name, what) => {
    const [claim] = claimsFrom(ORG + sentence, '2025-08-29', 'generic.operation-name');
    expect(claim?.value).toEqual({ type: 'name', text: name });
    expect(claim?.qualifiers.what).toBe(what);
  });

  it('collects the facts around the name that can link it to another source', () => {
    const text = `${ORG}SCO members carried out an anti-drug operation dubbed "Web" earlier this month, with China chairing the coordination headquarters. The operation seized nearly 10 tons of narcotic drugs and identified 1,151 crimes related to illicit narco trafficking.`;
    const [claim] = claimsFrom(text, undefined, 'generic.operation-name');
    expect(claim?.qualifiers.features).toEqual(expect.arrayContaining(['entity:China', 'qty:10 ton', 'qty:1151 crime', 'rel:this month']));
    expect(claim?.time).toMatchObject({ text: 'earlier this month', basis: 'relative' });
    expect(claim?.time.span).toBeUndefined();
  });

  it('ignores a quoted phrase that names no kind of thing', () => {
    expect(claimsFrom(`${ORG}Xi called for building a more beautiful home, with building "a common home of peace and tranquility" among the five priorities.`, '2025-08-29', 'generic.operation-name')).toEqual([]);
  });
});

const quantities = (text: string) =>
  claimsFrom(ORG + text, '2025-08-29', 'generic.quantity').map((c) => [c.display, c.value, c.subject.text]);

describe('quantity extractor', () => {
  it.each([
    ['The operation seized nearly 10 tons of narcotic drugs and identified 1,151 crimes related to illicit narco trafficking.', [
      ['nearly 10 tons', { type: 'quantity', amount: 10, unit: 'ton', approx: 'nearly' }, 'ton of drug'],
      ['1,151 crimes', { type: 'quantity', amount: 1151, unit: 'crime' }, 'crime'],
    ]],
    ["According to official data, China's trade with SCO member states, observer states and dialogue partners reached a record US$890 billion in 2024.", [
      ['US$890 billion', { type: 'quantity', amount: 890e9, unit: 'USD' }, 'USD'],
    ]],
    // A currency symbol of letters before the number, and a rate of oil however it is written.
    ['Chandrayaan-3 was completed for Rs 615 crore.', [['Rs 615 crore', { type: 'quantity', amount: 6.15e9, unit: 'INR' }, 'INR']]],
    ['The total cost came to about Rp118.37 trillion.', [['about Rp118.37 trillion', { type: 'quantity', amount: 118.37e12, unit: 'IDR', approx: 'about' }, 'IDR']]],
    ['Angola pumps roughly 1.1 million barrels a day.', [['roughly 1.1 million barrels a day', { type: 'quantity', amount: 1.1e6, unit: 'bbl/d', approx: 'about' }, 'bbl/d']]],
    // A unit glued to the number, or joined by a hyphen with "-long" after a conversion in brackets.
    ["Japan's 53.9km Seikan rail tunnel is now second.", [['53.9km', { type: 'quantity', amount: 53.9, unit: 'km' }, 'km']]],
    ['The 57.1-km (35.5 mile)-long tunnel opened.', [['57.1', { type: 'quantity', amount: 57.1, unit: 'km' }, 'km of tunnel']]],
    // A total named before its figure gives the unit: "the death toll … has risen to 131".
    ['The death toll in the powerful 6.2-magnitude earthquake has risen to 131, local authorities said.', [
      ['6.2', { type: 'quantity', amount: 6.2, unit: 'magnitude' }, 'magnitude'],
      ['131', { type: 'quantity', amount: 131, unit: 'death' }, 'death'],
    ]],
    ['The group pumps roughly 28 million bpd.', [['roughly 28 million bpd', { type: 'quantity', amount: 28e6, unit: 'bbl/d', approx: 'about' }, 'bbl/d']]],
  ])('reads %j', (sentence, expected) => {
    expect(quantities(sentence)).toEqual(expected);
  });

  it.each([
    ['an ordinal', 'Belarus officially became the 10th member of the SCO at last year\'s summit in Astana.'],
    ['a year', 'Since its founding in 2001, the group has maintained safeguarding regional security as a mainstay of collaboration.'],
    ['a duration', 'Turning 20 years old, the SCO has walked a glorious path.'],
    ['a count read by the count rule', 'It has 10 member states, two observer states and 14 dialogue partners.'],
  ])('leaves alone %s', (_name, sentence) => {
    expect(quantities(sentence)).toEqual([]);
  });

  // test5 (Ariane 6): a size written into the noun describes the thing, whatever the verb and whoever speaks.
  it('keys "the 63-metre rocket" by what it describes, not by the verb or the agency of its sentence', () => {
    const [released] = claimsFrom('The 63-metre rocket released nine microsatellites about an hour into the flight, ESA said.', '2024-07-10', 'generic.quantity');
    const [flew] = claimsFrom('The 56-metre rocket flew in its Ariane 62 version, with two solid-fuel boosters.', '2024-07-09', 'generic.quantity');
    expect([released?.subject.key, released?.qualifiers.verb]).toEqual(['qty:general:m:rocket', 'describe']);
    expect([flew?.subject.key, flew?.qualifiers.verb]).toEqual(['qty:general:m:rocket', 'describe']);
  });

  // test11 (dart-impact.md, dart-orbit-change.html): a price written before its noun, after an article, describes it.
  it.each<[string, string, string]>([
    ['The $325 million mission lifted off on November 24, 2021, aboard a SpaceX Falcon 9 rocket.', 'qty:general:USD:spacecraft', 'describe'],
    ['The $330 million spacecraft was launched on Nov. 23, 2021, from Vandenberg Space Force Base.', 'qty:general:USD:spacecraft', 'describe'],
    ['Congress said $330 million was spent on the programme.', 'qty:general:USD:', 'spend'],
    // test14 (juice-rime.json): a currency written as a word between the figure and its noun.
    ['The 1.5 billion euro probe is otherwise healthy.', 'qty:general:EUR:spacecraft', 'describe'],
  ])('reads the price in %j', (sentence, key, verb) => {
    const [price] = claimsFrom(sentence, '2022-09-27', 'generic.quantity');
    expect([price?.subject.key, price?.qualifiers.verb]).toEqual([key, verb]);
  });

  // test13 (jwst-first-image.txt): what describes a thing holds as of the article, not as of its clause's day.
  it('dates a price that describes a thing by the publication, not by the launch its clause tells of', () => {
    const [price] = claimsFrom('The $10 billion observatory was launched on Christmas Day 2021 from French Guiana.', '2022-07-12', 'generic.quantity');
    expect([price?.qualifiers.verb, price?.time.span?.start, price?.time.basis]).toEqual(['describe', '2022-07-12', 'publication']);
  });

  // test11 (dart-impact.md, dart-33-minutes.txt): a duration in two figures is no figure to compare.
  it.each([
    ['Dimorphos orbits a larger asteroid, Didymos, once every 11 hours and 55 minutes.'],
    ['Before the impact, Dimorphos circled Didymos every 11 hours and 55 minutes; it now takes about 11 hours, 22 minutes.'],
  ])('leaves alone the figures of a compound duration in %j', (sentence) => {
    expect(claimsFrom(sentence, '2023-03-01', 'generic.quantity').filter((c) => c.value.type === 'quantity' && ['hour', 'minute'].includes(c.value.unit))).toEqual([]);
  });

  it('still reads a duration written in one figure', () => {
    const [change] = claimsFrom("NASA's DART spacecraft shortened the orbit of the asteroid moonlet Dimorphos by 33 minutes.", '2023-03-01', 'generic.quantity');
    expect(change?.value).toEqual({ type: 'quantity', amount: 33, unit: 'minute' });
  });

  // test11 (coe-register-damage.txt): a verb of saying past the figure's clause does not govern it.
  it('does not take "…, the government said" as the verb of a figure in another clause', () => {
    const [states] = claimsFrom('The register was established with 44 states and the European Union signing a declaration in support of it, the Icelandic government said.', '2023-05-17', 'generic.quantity');
    expect(states?.qualifiers.verb).toBeUndefined();
  });

  // test12 (cptpp-wire.json, derna-liveblog.html): a percentage written with its sign says what it is of.
  it.each<[string, string]>([
    ['British whisky and cars are among the goods set to benefit, with 99% of current exports to the members eligible for zero tariffs.', 'qty:general:percent:export'],
    ['I am not exaggerating when I say that 25% of the city has disappeared.', 'qty:general:percent:city'],
    ['The bloc accounts for about 15% of global GDP.', 'qty:general:percent:gdp'],
  ])('keys %j by what its share is of', (sentence, key) => {
    const [share] = claimsFrom(sentence, '2023-07-16', 'generic.quantity');
    expect(share?.subject.key).toBe(key);
  });

  it('keys the same number about different things apart', () => {
    const [captured] = claimsFrom(`${ORG}From 2013 to 2017, SCO member states captured some 2,000 terrorists.`, '2024-07-01', 'generic.quantity');
    const [trained] = claimsFrom(`${ORG}It has trained more than 2,000 agricultural officials and technicians.`, '2025-08-29', 'generic.quantity');
    expect(captured?.subject.key).not.toBe(trained?.subject.key);
  });
});

describe('quantity extractor: numbers side by side', () => {
  it('reads both figures of "1,037 dead and 1,204 injured"', () => {
    const found = claimsFrom('The death toll has risen to 1,037 dead and 1,204 injured, 721 of whom are in serious condition.', '2023-09-09', 'generic.quantity');
    expect(found.map((c) => (c.value.type === 'quantity' ? c.value.amount : NaN))).toEqual([1037, 1204]); // "721 of whom" names no unit: not a quantity
  });

  it('does not read a time of day ("at 10 pm") as a quantity', () => {
    expect(claimsFrom('The toll was issued on Saturday at 10 pm.', '2023-09-10', 'generic.quantity')).toEqual([]);
  });
});

it('keeps the approximation of a figure that follows a year ("in 2024, accounting for about 14.4 percent")', () => {
  const found = claimsFrom("China's trade reached a record US$890 billion in 2024, accounting for about 14.4 percent of China's total foreign trade turnover.", '2025-08-29', 'generic.quantity');
  expect(found.map((c) => c.value)).toContainEqual({ type: 'quantity', amount: 14.4, unit: 'percent', approx: 'about' });
});

it('takes the verb before a figure over a passive in a later clause ("had travelled about 8 metres by Friday, ISRO said, and its instruments had been switched on")', () => {
  const sentence = 'The Pragyan rover had travelled about 8 metres by Friday, ISRO said, and its instruments had been switched on.';
  const [found] = claimsFrom(sentence, '2023-08-26', 'generic.quantity');
  expect(found?.qualifiers.verb).toBe('travel');
});
