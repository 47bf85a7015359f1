import { describe, expect, it } from 'vitest';
import { claimsFrom } from '../support/sources.js';

const names = (text: string) => claimsFrom(text, '2024-01-13', 'generic.long-name').map((c) => [c.subject.key, c.display]);

describe('long-name extractor', () => {
  it.each<[string, string, Array<[string, string]>]>([
    // test/corpus/test4
    ['a hyphenated name, "an" and "on" left out', 'The European Union signed a memorandum of understanding on an India-Middle East-Europe Economic Corridor, a network of shipping lanes and railways.', [['name:india middle:corridor', 'India-Middle East-Europe Economic Corridor']]],
    ['an official name after a plain one', 'Narendra Modi on Friday inaugurated the Mumbai Trans Harbour Link, officially named the Atal Bihari Vajpayee Sewri-Nhava Sheva Atal Setu, a six-lane bridge.', [['name:mumbai:link', 'Mumbai Trans Harbour Link'], ['name:atal:setu', 'Atal Bihari Vajpayee Sewri-Nhava Sheva Atal Setu']]],
    // sources/ (the seed corpus)
    ['two names joined by "and" are two names', 'The strikes hit Pakistan and Pakistan Occupied Kashmir overnight.', [['name:pakistan:kashmir', 'Pakistan Occupied Kashmir']]],
    ['joining words inside a name', 'Xi proposed to negotiate and sign the SCO Convention on Countering Extremism.', [['name:sco:extremism', 'SCO Convention on Countering Extremism']]],
    // test5 (the Schengen land borders): a structure's name of two words, and its longer form.
    ["a structure's name needs only two words", 'The ministers raised the barrier together at the Danube Bridge, the road and rail crossing between Ruse and Giurgiu.', [['name:danube:bridge', 'Danube Bridge']]],
    ['and its longer form meets it', 'Lorries crossed the Danube Friendship Bridge just after midnight.', [['name:danube:bridge', 'Danube Friendship Bridge']]],
  ])('%s', (_name, sentence, expected) => {
    expect(names(sentence)).toEqual(expected);
  });

  it.each([
    ['two words are not a long name', 'Modi inaugurated Atal Setu on Friday.'],
    ['a person with a role is left to the person rule', 'Prime Minister Narendra Modi opened the bridge.'],
    ['a weekday ends a name', 'Modi opened Atal Setu on Friday.'],
  ])('%s: nothing', (_name, sentence) => {
    expect(names(sentence)).toEqual([]);
  });
});

// test12 (grain-russia-quits.txt): the lede a dateline opens is body, and its names are read.
describe('long-name extractor: a lede after its dateline', () => {
  it('reads a name in the sentence a dateline opens', async () => {
    const { ingestFile } = await import('../../src/ingest/index.js');
    const { extractClaims } = await import('../../src/extract/index.js');
    const { projectRules } = await import('../support/sources.js');
    const text = 'MOSCOW, July 17, 2023 (Black Sea Wire) - Russia on Monday halted its participation in the Black Sea Grain Initiative, the UN-brokered arrangement that let Ukraine ship grain.\n\nThe Kremlin said its demands had not been met.\n';
    const { sources } = ingestFile('grain.txt', new TextEncoder().encode(text));
    const claims = extractClaims(sources[0]!, projectRules).filter((c) => c.extractor === 'generic.long-name');
    expect(claims.map((c) => [c.display, c.evidence.zone])).toEqual([['Black Sea Grain Initiative', 'body']]);
  });
});
