import { describe, expect, it } from 'vitest';
import { elidedFigure, isRunning, modifierOf, payerOf, periodOf, purposeOf, scopeOf, severityOf } from '../../src/extract/quantity-scope.js';
import { measuredPart } from '../../src/extract/measured-part.js';
import { claimsFrom } from '../support/sources.js';

const quantities = (text: string) => claimsFrom(text, '2024-09-13', 'generic.quantity');

describe('purposeOf: what a figure is for', () => {
  it.each([
    ['A record 9.56 million tickets were sold for the Paris Olympics and 2.58 million for the Paralympics.', '9.56', ['olympic', 'paris']],
    // test13 (itaewon-support.json, itaewon-week-after.md): what a sum pays for.
    ["The South Korean government will pay up to 15 million won (about $10,500) towards the funeral of each person killed in Saturday's crowd crush.", 'up to 15', ['funeral']],
    ['The government will pay 20 million won (US$14,010) in compensation for each person who died, on top of up to 15 million won to cover funeral expenses.', '20 million', ['compensation']],
    ['The government will pay 20 million won (US$14,010) in compensation for each person who died, on top of up to 15 million won to cover funeral expenses.', 'up to 15', ['funeral']],
    ['A record 9.56 million tickets were sold for the Paris Olympics and 2.58 million for the Paralympics.', '2.58', ['paralympic']],
    ['"We are at 8.6 million tickets for the Olympics, and over one million for the Paralympics," he added.', '8.6', ['olympic']],
    ['Organisers said more than 9.5 million tickets for the Olympic Games had been bought by spectators from 222 countries.', 'more than 9.5', ['games', 'olympic']],
    ['Paris 2024 final count: 12.1 million tickets across Olympics and Paralympics', '12.1', ['&', 'olympic', 'paralympic']],
    ['Organisers published their final figures, a total of 12,132,647 tickets, or about 95 percent of the seats.', '12,132,647', ['&', 'total']],
    // A running total: after "totalling", or in a participle clause that brings a total to it.
    ['On Thursday, the opening day, countries launched a fund for loss and damage, and pledges totalling $513 million followed.', '$513', ['&', 'pledge', 'total']],
    ["The European Union said contributions from the bloc came to $245.39 million, bringing the day's pledges to about $420 million.", 'about $420', ['&', 'pledge', 'total']],
    ["The European Union said contributions from the bloc came to $245.39 million, bringing the day's pledges to about $420 million.", '$245.39', []],
    ['The loss and damage fund launched on the summit\'s opening day has gathered pledges of more than $700 million, after further contributions.', 'more than $700', ['&', 'pledge', 'total']],
    // A price for one of something: a one-way trip and a return journey are different things.
    ['Cars will pay a toll of Rs 250 for a one-way trip and Rs 375 for a return journey.', 'Rs 250', ['one-way', 'trip']],
    ['Cars will pay a toll of Rs 250 for a one-way trip and Rs 375 for a return journey.', 'Rs 375', ['journey', 'return']],
    // A possessive place after "across" is where, not what for.
    ["Nearly 9,000 vehicles drove across India's longest sea bridge in the first 12 hours.", 'Nearly 9,000', []],
    // The thing priced, named before the price.
    ['Cars pay Rs 250 for a one-way trip; a daily pass costs Rs 625 and a monthly pass Rs 12,500.', 'Rs 625', ['daily pass']],
    ['Cars pay Rs 250 for a one-way trip; a daily pass costs Rs 625 and a monthly pass Rs 12,500.', 'Rs 12,500', ['monthly pass']],
    // Raised once, not gathered so far: no running total.
    ['The fund raised pledges of $700 million at its launch.', '$700', []],
    // test7 (valencia-floods-first-toll.md, valencia-floods-liveblog.html): what people go without is what is counted.
    ['By the end of the day 115,000 people had no electricity and just under 120,000 had no telephone line.', '115,000', ['electricity', 'without']],
    ['About 75,000 people in Valencia province are without electricity, and many roads are closed.', '75,000', ['electricity', 'without']],
    ['A total of 114,796 households had no running water.', '114,796', ['&', 'total']],
    // A figure for each one of several.
    ['Around 25 to 30 terrorists were killed at each of the two largest targeted sites.', '30', ['/each']],
    // A rate is not a figure for each of several.
    ['Developed countries aim to raise the current $100 billion per year to at least $300 billion by 2035.', '$100', []],
    // Nothing named after "for": no purpose.
    ['The operation seized nearly 10 tons of narcotic drugs.', 'nearly 10', []],
  ])('%s (%s)', (sentence, figure, expected) => {
    expect(purposeOf(sentence, sentence.indexOf(figure))).toEqual(expected);
  });
});

describe('payerOf: who pays a price', () => {
  it.each<[string, string, string | undefined]>([
    // test4 (atal-setu-*): the same return fare paid by cars and by light commercial vehicles.
    ['Cars pay Rs 250 for a one-way trip and Rs 375 for a return; a daily pass costs Rs 625.', 'Rs 375', 'car'],
    ['Cars will pay a toll of Rs 250 for a one-way trip and Rs 375 for a return journey.', 'Rs 250', 'car'],
    ['Light commercial vehicles and minibuses are charged Rs 400 one way and Rs 600 for a return journey.', 'Rs 600', 'light commercial vehicle minibuse'],
    ['Motorists paid more than Rs 9 crore in tolls to cross the bridge.', 'Rs 9', undefined],
    ['Cars pay Rs 250 for a one-way trip; a daily pass costs Rs 625.', 'Rs 625', undefined],
  ])('%s (%s)', (sentence, figure, expected) => {
    expect(payerOf(sentence, sentence.indexOf(figure))).toBe(expected);
  });
});

describe('periodOf: the period a flow is counted over', () => {
  it.each<[string, string, string | undefined]>([
    // test12 (cptpp-in-force.html): a flow beside a stock in one sentence.
    ['The government estimates that membership could add around £2 billion a year to the economy in the long run, and says the enlarged bloc accounts for almost 15% of global GDP, or more than £12 trillion.', '£2 billion', 'year'],
    ['The government estimates that membership could add around £2 billion a year to the economy in the long run, and says the enlarged bloc accounts for almost 15% of global GDP, or more than £12 trillion.', '£12 trillion', undefined],
    ['More than 400 millimetres of rain fell in a day on parts of the coast.', '400', 'day'],
    ['The pipeline will carry 1.2 million barrels per day once it is finished.', '1.2 million', 'day'],
    ['Trade between the two reached $40 billion annually.', '$40 billion', 'year'],
    ['The port handled 2 million tonnes of grain a year ago.', '2 million', undefined],
    // test7 (valencia-floods-first-toll.md): a possessive is no period.
    ["Spain floods: at least 95 dead after a year's rain falls in hours on Valencia", '95', undefined],
    ['It signed a $5 billion deal with the bank, which lends $1 billion a year.', '$5 billion', undefined],
  ])('%s (%s)', (sentence, figure, expected) => {
    expect(periodOf(sentence, sentence.indexOf(figure))).toBe(expected);
  });
});

describe('elidedFigure: a second figure that leaves its unit out', () => {
  it.each([
    ['8.6 million tickets for the Olympics, and over one million for the Paralympics', 'over one million'],
    ['9.56 million tickets were sold for the Paris Olympics and 2.58 million for the Paralympics', '2.58 million'],
    // A unit of its own, or no scale word: not elided.
    ['5 million tons of rice and 2 million tons of wheat', undefined],
    ['10 tons of drugs and 2 others', undefined],
  ])('%s', (text, expected) => {
    expect(elidedFigure(text, text.indexOf(' ', text.indexOf('million') + 8))?.phrase).toBe(expected);
  });
});

describe('quantity extractor: scope of a figure', () => {
  it('reads a figure that borrows the unit of the one before it', () => {
    const found = quantities('"We are at 8.6 million tickets for the Olympics, and over one million for the Paralympics," the three-time Olympic canoe champion added.');
    expect(found.map((c) => [c.display, c.value, c.qualifiers.for])).toEqual([
      ['8.6 million tickets', { type: 'quantity', amount: 8.6e6, unit: 'ticket' }, ['olympic']],
      ['over one million', { type: 'quantity', amount: 1e6, unit: 'ticket', approx: 'more-than' }, ['paralympic']],
    ]);
  });

  it('gives a figure repeated in one article the purpose written beside it once', () => {
    const text = 'The Paris Olympics have already sold 8.6 million tickets, more than any previous Games.\n\n"We are at 8.6 million tickets for the Olympics," he added.';
    expect(quantities(text).map((c) => c.qualifiers.for)).toEqual([['olympic'], ['olympic']]);
  });

  it.each([
    ['"China only spends 17 to 30 million US dollars per km, while Indonesia had to spend 41.96 million US dollars per km," he said.', '41.96 million US dollars per km', 'USD/km'],
    ['Trains travel at up to 350 km per hour, cutting the trip to about 40 minutes.', 'up to 350 km per hour', 'km/h'],
  ])('reads a rate as a rate: %s', (sentence, display, unit) => {
    const found = quantities(sentence).find((c) => c.display === display);
    expect(found?.value).toMatchObject({ unit });
  });

  it('does not take the word after a comma for what was measured ("roughly 40 minutes, operators say")', () => {
    const [found] = quantities('The line will cut travel time between the two cities to roughly 40 minutes, operators say.');
    expect(found?.subject.text).toBe('minute');
  });

  it('does not give a figure to the article\'s main organisation when its sentence names none', () => {
    const text = 'The railway is the first high-speed line in the 10-member Association of Southeast Asian Nations (ASEAN). ASEAN leaders met. ASEAN grew.\n\nTrains travel at up to 350 km per hour.';
    const speed = quantities(text).find((c) => c.value.type === 'quantity' && c.value.unit === 'km/h');
    expect(speed?.subject.key).toBe('qty:general:km/h:');
  });

  // test12 (derna-red-crescent.md): a toll of other places than the story's own never meets its toll.
  it('scopes a toll "elsewhere" apart from the whole', () => {
    const [elsewhere] = quantities('The storm also killed about 170 people elsewhere in eastern Libya.');
    const [whole] = quantities('The floods in the eastern city have killed 11,300 people.');
    expect([elsewhere?.qualifiers.within, whole?.qualifiers.within]).toEqual(['elsewhere', undefined]);
  });

  it.each([
    ['The double step comes almost a decade after the Adriatic country of 3.8 million people joined the European Union in 2013.'],
    ['The country of 1.3 million people gained independence from Indonesia in 2002, applied to join ASEAN in 2011 and was granted observer status in 2022.'],
  ])('dates a population that describes a place at publication, not at the verb: %s', (sentence) => {
    const [population] = quantities(sentence);
    expect(population?.time).toMatchObject({ basis: 'publication', span: { start: '2024-09-13' } });
  });
});

describe('quantity extractor: a conversion in brackets', () => {
  it('reads "£40 million ($51 million)" as one figure, not two', () => {
    const found = quantities('Britain offered £40 million ($51 million), the United States $17.5 million.');
    expect(found.map((c) => c.display)).not.toContain('$51 million');
    expect(found.map((c) => c.value)).toContainEqual({ type: 'quantity', amount: 40e6, unit: 'GBP' });
  });
});

describe('a running total belongs to no one the sentence names', () => {
  it("keys the total apart from the organisation that gave a part of it, as the article's own", () => {
    const text = "The UN climate summit COP28 opened in Dubai. COP28 delegates met.\n\nThe European Union said contributions from the bloc came to $245.39 million, bringing the day's pledges to about $420 million.";
    const keys = quantities(text).map((c) => [c.display, c.subject.key, c.qualifiers.main]);
    expect(keys).toEqual([
      ['$245.39 million', 'qty:EU:USD:', undefined],
      ['about $420 million', 'qty:general:USD:', 'COP28'],
    ]);
  });
});

describe('running counts: true on their day only', () => {
  it.each([
    ['The death toll has risen to 131 people, local authorities said on Wednesday.', '131', true],
    ['A total of 74 people have been rescued so far.', '74', true],
    ['The rover had travelled about 8 metres by Friday.', 'about 8', true],
    ["The European Union said contributions came to $245.39 million, bringing the day's pledges to about $420 million.", 'about $420', true],
    ['The loss and damage fund has gathered pledges of more than $700 million, after further contributions.', 'more than $700', true],
    // A decimal point inside the figure does not end the clause it stands in.
    ['A traverse map released by the agency put the rover\'s total drive at 101.4 m since it rolled out of the lander on August 23.', '101.4', true],
    ['About 10,500 athletes took part in 329 medal events.', '329', false],
    ['The bridge is 21.8 km long, the longest in the country.', '21.8', false],
  ])('%s (%s)', (sentence, figure, expected) => {
    expect(isRunning(sentence, sentence.indexOf(figure))).toBe(expected);
  });

  it('marks a figure governed by a verb of casualties as a running tally', () => {
    const [killed] = quantities('At least 95 people have been killed in a magnitude 6.2 earthquake, state media reported.');
    expect(killed?.qualifiers.tally).toBe('running');
    const [events] = quantities('About 10,500 athletes took part in 329 medal events.').filter((c) => c.display.includes('329'));
    expect(events?.qualifiers.tally).toBeUndefined();
  });
});

describe('scopeOf: a figure limited to a part of a place', () => {
  it.each([
    ['The agency said that 86 people died in the province of Gansu and another nine in the neighbouring province of Qinghai.', '86', 'gansu'],
    ['The quake has killed 86 people and injured 96 others in the province, officials said.', '86', 'area'],
    ['Officials said 18 people died in Qinghai province.', '18', 'qinghai'],
    ['At least 95 people have been killed in a magnitude 6.2 earthquake in north-western China.', '95', undefined],
    ['More than 97,000 participants have registered to attend the negotiations in the Blue Zone in person.', '97,000', undefined],
  ])('%s (%s)', (sentence, figure, expected) => {
    expect(scopeOf(sentence, sentence.indexOf(figure))).toBe(expected);
  });

  // test6 (a wire on the 2024 Noto earthquake): "in the prefecture" is the prefecture the article named before.
  it('reads "in the prefecture" as the one named earlier in the article', () => {
    const sentence = 'Ishikawa Prefecture confirmed 30 deaths in the prefecture as of 1 p.m. on the 2nd.';
    const earlier = 'The death toll from the earthquake that struck the Noto Peninsula in Ishikawa Prefecture, western Japan, on the 1st has risen to 30. ';
    expect(scopeOf(sentence, sentence.indexOf('30'), true, earlier)).toBe('ishikawa');
    expect(scopeOf(sentence, sentence.indexOf('30'), true, 'The earthquake struck the coast. ')).toBe('area');
  });

  it('reads the place of a running count right after its verb, without a word for an area', () => {
    const sentence = 'A total of 113 people were killed in the Gansu, while the death toll in the neighbouring province has risen to 18.';
    expect(scopeOf(sentence, sentence.indexOf('113'), true)).toBe('gansu');
    expect(scopeOf(sentence, sentence.indexOf('113'))).toBeUndefined();
    expect(scopeOf('Twelve people were killed in Monday’s attack, and 40 were injured in Friday’s.', 0, true)).toBeUndefined();
    // test7 (valencia-floods-liveblog.html, valencia-floods-missing.txt): a place of two words; a list of places is the whole.
    const part = 'The death toll has risen to 158: 155 people died in the Valencian Community and three in Castilla-La Mancha.';
    expect(scopeOf(part, part.indexOf('155'), true)).toBe('valencian community');
    const whole = 'At least 217 people died in Valencia, Castilla-La Mancha and Andalusia, but only 133 have been identified so far.';
    expect(scopeOf(whole, whole.indexOf('217'), true)).toBeUndefined();
    // test6 (noto-toll-kumamoto.txt): another incident's toll, and a sentence about one place.
    const other = "If they are formally recognised, the death toll will climb to 282, above the Kumamoto quake's 276.";
    expect(scopeOf(other, other.indexOf('276'), true)).toBe('kumamoto');
    expect(scopeOf(other, other.indexOf('282'), true)).toBeUndefined();
    const opening = 'In Kumamoto, 221 of the 276 deaths were attributed to indirect causes.';
    expect(scopeOf(opening, opening.indexOf('276'), true)).toBe('kumamoto');
    // test6 (noto-toll-48.md): a breakdown by town.
    const towns = 'By Tuesday night, the prefecture had confirmed 20 deaths in Suzu, 19 in Wajima and five in Nanao.';
    expect(scopeOf(towns, towns.indexOf('20'), true)).toBe('suzu');
    // test10 (chido-toll-35.txt, chido-explainer.txt): the verb before the figure, the place after its noun.
    const mainland = 'After leaving Mayotte, the cyclone crossed into mainland Africa, where it killed 120 people in Mozambique and 13 in Malawi.';
    expect(scopeOf(mainland, mainland.indexOf('120'), true)).toBe('mozambique');
    const rose = 'The death toll rose to 45 in Mozambique and to 13 in Malawi.';
    expect(scopeOf(rose, rose.indexOf('45'), true)).toBe('mozambique');
    expect(scopeOf('It killed 120 people in Mozambique, Malawi and Zimbabwe.', 10, true)).toBeUndefined();
  });
});

describe('severityOf: the injured of one severity are a part of all the injured', () => {
  // test10 (chido-wire.json#0, chido-liveblog.html, chido-first-toll.md).
  it.each([
    ['A hospital reported that nine people were in a critical condition and 246 others were injured, the ministry said.', 'nine', 'critical'],
    ['A hospital reported that nine people were in a critical condition and 246 others were injured, the ministry said.', '246', undefined],
    ['Another 45 people are in a very serious condition and 1,373 have been injured less seriously.', '45', 'serious'],
    ['Another 45 people are in a very serious condition and 1,373 have been injured less seriously.', '1,373', 'light'],
    ['The mayor said nine people were fighting for their lives in hospital, while another 246 had been seriously injured.', 'nine', 'critical'],
    ['The mayor said nine people were fighting for their lives in hospital, while another 246 had been seriously injured.', '246', 'serious'],
    // test13 (itaewon-liveblog.html): the first word of severity after the figure is its own.
    ['The headquarters says 132 people were injured, 36 of them seriously and 96 lightly.', '36', 'serious'],
    ['The headquarters says 132 people were injured, 36 of them seriously and 96 lightly.', '96', 'light'],
  ])('%s (%s)', (sentence, figure, severity) => {
    expect(severityOf(sentence, sentence.indexOf(figure))).toBe(severity);
  });
});

describe('modifierOf: what kind of the counted noun', () => {
  it.each([
    ['Around 260 freight trains', 'train', 'freight'],
    ['65 passenger trains', 'train', 'passenger'],
    ['329 medal events', 'event', 'medal'],
    ['339 events', 'event', undefined],
    ['8.6 million tickets', 'ticket', undefined],
    ['over 12 billion Swiss francs', 'CHF', undefined],
    // test10 (chido-liveblog.html): an auxiliary is no kind.
    ['1,373 have been injured', 'injury', undefined],
  ])('%s', (display, unit, expected) => {
    expect(modifierOf(display, unit)).toBe(expected);
  });
});

describe('a currency symbol written as a word is not an entity', () => {
  it('gives "Rs 250" no entity "Rs", so tolls do not meet every rupee figure of the drop', () => {
    const [toll] = quantities('Motorists paid more than Rs 9 crore in tolls in the first two weeks.');
    expect(toll?.qualifiers.entities).toEqual(['Motorists']);
  });
});

describe('the verb that governs a quantity', () => {
  // test6 (three reports of the fire in Wajima on 1-2 January 2024): destroyed, burned down and lost
  // buildings are one count; "Wajima City" is Wajima.
  it.each([
    ['In Wajima, fires burned until 7 a.m. on Tuesday and destroyed more than 100 homes and other buildings, the fire department said.', 'more than 100', 'destroy', ['Tuesday', 'Wajima']],
    ['In Wajima City, where the most people died, about 200 buildings burned down in a fire that broke out on Asaichi Street, a well-known tourist attraction, after the quake.', 'about 200', 'destroy', ['Asaichi Street', 'Wajima']],
    ['The burned-out morning market street in Wajima on Wednesday, where more than 200 buildings were lost.', 'more than 200', 'destroy', ['Wajima', 'Wednesday']],
    // A verb of the clause before the figure still governs it when no aside comes between.
    ['Police seized 10 tons of cocaine in the port of Antwerp.', '10 tons', 'seize', ['Antwerp', 'Police']],
    // test9 (shenzhong-link-opens.md, shenzhong-macao-view.json): where a thing is, whichever verb says it.
    ['For Macao, the crossing sits 38 kilometres from the Hong Kong-Zhuhai-Macao Bridge.', '38 kilometres', 'lie', ['Hong Kong', 'Macao', 'Macao Bridge', 'Zhuhai']],
    // test8 (comoros-wto-wire.json#1): a figure that opens the sentence, spelled out, an aside in commas, then its verb.
    ['Twenty-two governments, including eight African countries, are still negotiating their WTO accession.', 'Twenty-two governments', 'negotiate', ['African']],
    // test8 (hajj-liveblog.html): the comma of "1,081" is no clause's end.
    ['At least 1,081 pilgrims from about ten countries died during this year’s hajj, according to an AFP tally.', 'At least 1,081', 'death', []],
  ])('%s (%s)', (sentence, figure, verb, entities) => {
    const found = quantities(sentence).find((c) => c.display.startsWith(figure));
    expect(found?.qualifiers.verb).toBe(verb);
    expect(found?.qualifiers.entities).toEqual(entities);
  });
});

describe('figures in words', () => {
  const figures = (sentence: string) => quantities(sentence).map((c) => [c.display, c.value.type === 'quantity' ? c.value.amount : undefined]);
  it.each<[string, Array<[string, number]>]>([
    // dev (fehmarnbelt-kroner-budget.md), test4 (g20-rio-summit.txt), test8 (comoros-wto-wire.json#0):
    // ten or more, spelled out because it opens the sentence, is read as its digits would be.
    ['Eighty-one countries, along with the AU, the EU and several development banks, had signed up.', [['Eighty-one countries', 81]]],
    ['Twenty-three other countries are still in the "waiting room".', [['Twenty-three other countries are', 23]]],
    ['Ten shorter special elements will be placed where the tunnel meets the coast.', [['Ten shorter special elements', 10]]],
    // Smaller numbers are spelled out anywhere, and a number in words inside a sentence is no figure.
    ['Two countries joined the group in 2024.', []],
    ['The bloc said twenty-three countries had applied.', []],
  ])('%s', (sentence, expected) => {
    expect(figures(sentence)).toEqual(expected);
  });
});

describe('figures that are no quantity: part of a name, a time of day', () => {
  const figures = (sentence: string) => quantities(sentence).map((c) => c.display);
  it.each<[string, string[]]>([
    // test7 (odysseus-launch.md, odysseus-asia-wire.json): a model and a mission number.
    ['A SpaceX Falcon 9 rocket lifted off from Kennedy Space Center carrying 12 payloads.', ['12 payloads']],
    ['No American craft had landed on the Moon since the Apollo 17 mission ended in December 1972.', []],
    ['On Friday, February 23, at 06:23 WIB, Odysseus touched down on the Moon.', []],
    // A possessive owns its figure; a sum after a name is that name's; "A" opens no name.
    ["The single currency is currently used by 19 of the EU's 27 countries.", ['27 countries']],
    ['Pledges came from Britain, Japan and the United States $17.5 million.', ['$17.5 million']],
    ['RABAT (Agency) -- A 6.9-magnitude earthquake struck central Morocco on Saturday.', ['6.9']],
  ])('%s', (sentence, expected) => {
    expect(figures(sentence)).toEqual(expected);
  });
});

describe("a place's population", () => {
  // test4 (morocco-quake-toll-2000.md, morocco-quake-toll-rises.html): the village's size, not a casualty count.
  it.each([
    ['In the hillside village of Moulay Brahim, home to fewer than 3,000 people, crews pulled bodies from homes of clay brick.', 'fewer than 3,000'],
    ['In Moulay Brahim, a pilgrimage village of about 8,000 inhabitants at the foot of the mountains, firefighters recovered the body of a woman.', 'about 8,000'],
  ])('%s', (sentence, figure) => {
    const found = quantities(sentence).find((c) => c.display.startsWith(figure));
    expect([found?.value.type === 'quantity' ? found.value.unit : undefined, found?.qualifiers.verb, found?.qualifiers.tally]).toEqual(['person', 'describe', undefined]);
  });
});

describe('measuredPart: a figure that measures a part, named as the subject of its verb', () => {
  // test9 (shenzhong-macao-view.json, shenzhong-link-opens.md): the expressway's section is not the link.
  it.each<[string, string, string | undefined]>([
    ["On the Zhongshan side it connects with a new expressway whose Zhongshan section spans 44.1 km, starting from Ma'an Island.", '44.1', 'section'],
    ['The undersea stretch runs about 6.8 km between the artificial islands.', '6.8', 'stretch'],
    ["Spanning 24 km, the link runs from the Shenzhen airport interchange to Ma'anshan Island in Zhongshan.", '24', undefined],
    ['The bridge spans 24 km across the estuary.', '24', undefined],
  ])('%s', (sentence, figure, part) => {
    expect(measuredPart(sentence, sentence.indexOf(figure))).toBe(part);
  });

  it('keeps the section and the whole link apart', () => {
    const [link] = quantities("Spanning 24 km, the link runs from the Shenzhen airport interchange to Ma'anshan Island in Zhongshan.");
    const [section] = quantities('On the Zhongshan side it connects with a new expressway whose Zhongshan section spans 44.1 km.');
    expect(link?.subject.key).not.toBe(section?.subject.key);
    expect(section?.subject.key).toMatch(/:km:section$/);
  });
});
