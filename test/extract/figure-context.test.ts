import { describe, expect, it } from 'vitest';
import { lesserEvent, ofThem, revisedTo, saidMissing } from '../../src/extract/figure-context.js';
import { projectRules } from '../support/sources.js';

// Sentences from test13 (itaewon-*), test14 (herat-liveblog.html), test13 (itaewon-week-after.md).
describe('figure-context: what the words around a figure say', () => {
  it.each<[string, string, boolean]>([
    ['As of Monday morning, 154 people had died and 149 were injured, 33 of them seriously.', '33', true],
    ["The interior ministry's latest count: 153 dead and 133 injured, 37 of them in serious condition.", '37', true],
    ['34,297 people were in evacuation centres, 33,446 of them in Ishikawa.', '33,446', false],
  ])('ofThem: %s (%s)', (text, figure, expected) => {
    expect(ofThem(text, text.indexOf(figure))).toBe(expected);
  });

  it.each<[string, string, boolean]>([
    ['1,023 dead and 1,663 injured, with more than 500 people missing.', '500', true],
    ['Officials say 485 people were missing.', '485', true],
    ['1,023 dead and 1,663 injured.', '1,663', false],
  ])('saidMissing: %s (%s)', (text, figure, expected) => {
    expect(saidMissing(text, text.indexOf(figure))).toBe(expected);
  });

  it('lesserEvent: the aftershock a magnitude is given for, none for the quake itself', () => {
    const rule = projectRules.rules.find((r) => r.id === 'generic.quantity')!;
    const text = 'A magnitude 6.3 earthquake struck, followed by at least five strong aftershocks, one of them of magnitude 5.5.';
    expect(lesserEvent(text, text.indexOf('5.5'), rule)).toBe('aftershock');
    expect(lesserEvent(text, text.indexOf('6.3'), rule)).toBeUndefined();
  });

  it('revisedTo: "revised up to 173" is 173; "pay up to 15 million" stays "up to"', () => {
    const revised = 'The number of injured has been revised up to 173, officials said.';
    const found = [...revised.matchAll(/up to \d+/g)][0]!;
    expect([revisedTo(revised, found)[0], revisedTo(revised, found).index]).toEqual(['173', revised.indexOf('173')]);
    const paid = 'The government will pay up to 15 million won.';
    const other = [...paid.matchAll(/up to \d+/g)][0]!;
    expect(revisedTo(paid, other)[0]).toBe('up to 15');
  });
});
