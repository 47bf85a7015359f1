import { describe, expect, it } from 'vitest';
import { checkContext } from '../../src/compare/check-context.js';
import { sameContexts } from '../../src/compare/checks/contexts.js';
import { projectRules } from '../support/sources.js';
import type { Claim } from '../../src/types.js';
import { claim, day } from '../support/claims.js';

const qty = (source: string, amount: number, verb: string | undefined, entities: string[], offset?: number) => {
  const c = claim(source, { type: 'quantity', amount, unit: 'USD' }, day('2024-01-01'), { property: 'quantity', qualifiers: { ...(verb ? { verb } : {}), entities } });
  return offset === undefined ? c : { ...c, evidence: { ...c.evidence, offset } };
};
const sizes = (claims: Claim[], all: Claim[] = claims) => sameContexts(claims, checkContext(projectRules, all).sentence).map((set) => set.length).sort();

/** A figure with what it is for ("for the Paris Olympics" → [olympic, paris]). */
const forWhat = (source: string, amount: number, purpose: string[], offset?: number) => {
  const c = qty(source, amount, undefined, [], offset);
  return { ...c, qualifiers: { ...c.qualifiers, for: purpose } };
};
/** Another figure in the same sentence as `of`. */
const beside = (of: Claim, amount: number, unit: string) => ({ ...of, id: `${of.id}-${amount}`, value: { type: 'quantity' as const, amount, unit } });

describe('sameContexts', () => {
  it.each<[string, Claim[], number[]]>([
    ['same verb, a shared entity: one context', [qty('a', 1, 'seize', ['Interpol']), qty('b', 2, 'seize', ['Interpol'])], [2]],
    ['same verb, no entities on either side: one context', [qty('a', 1, 'seize', []), qty('b', 2, 'seize', [])], [2]],
    ['one shared name and different verbs: two contexts (trade with two regions)', [qty('a', 1, 'hit', ['Paris', 'Africa']), qty('b', 2, 'reach', ['Paris', 'Asia'])], [1, 1]],
    // A drop about one event names its places everywhere: "about 5 kilometres from the provincial
    // boundary with Qinghai" / "jolted Gansu and Qinghai provinces … with a focal depth of 10 kilometres".
    ['two shared names, different verbs: two contexts', [qty('a', 5, 'strike', ['Gansu', 'Qinghai']), qty('b', 10, 'jolt', ['Gansu', 'Qinghai'])], [1, 1]],
    // "A total of 113 people were killed" / "A total of 74 people have been rescued": totals of what, unsaid.
    ['two totals that do not say of what: no link by that alone', [forWhat('a', 113, ['&', 'total']), forWhat('b', 74, ['&', 'total'])], [1, 1]],
    // "pledges totalling $513 million" / "bringing the day's pledges to about $420 million"
    ['two totals of the same thing: one context', [forWhat('a', 513e6, ['&', 'pledge', 'total']), forWhat('b', 420e6, ['&', 'pledge', 'total'])], [2]],
    // "80,000 participants registered" / "More than 97,000 participants have registered … in the Blue Zone"
    ['the same verb in two sources, one naming nothing beside the figure: one context', [qty('a', 80000, 'register', []), qty('b', 97000, 'register', ['Blue Zone'])], [2]],
    // "a 3,900 kg spacecraft … The propulsion module weighs 2,148 kg": one article's parts
    ['the same verb in one article, one naming nothing: two contexts', [qty('a', 3900, 'weigh', [], 5), qty('a', 2148, 'weigh', ['Vikram'], 9)], [1, 1]],
    // "At least 95 people have been killed" / "86 people died in the province of Gansu": the whole and a part.
    ['a figure for a part of a place and one for the whole: two contexts', [qty('a', 95, 'kill', ['China']), { ...qty('b', 86, 'kill', ['China']), qualifiers: { verb: 'kill', entities: ['China'], within: 'gansu' } }], [1, 1]],
    // "Around 260 freight trains and 65 passenger trains" in one source, the same words in another.
    ['nouns qualified differently: two contexts', [{ ...qty('a', 260, 'traverse', []), qualifiers: { verb: 'traverse', entities: [], kind: 'freight' } }, { ...qty('b', 65, 'traverse', []), qualifiers: { verb: 'traverse', entities: [], kind: 'passenger' } }], [1, 1]],
    ['one sentence: never one context', [qty('a', 40, 'hold', ['Acme'], 5), qty('a', 60, 'hold', ['Acme'], 5)], [1, 1]],
    // "9.56 million tickets were sold for the Paris Olympics" / "8.6 million tickets for the Olympics"
    ['the same purpose, one named more fully: one context', [forWhat('a', 9.56e6, ['olympic', 'paris']), forWhat('b', 8.6e6, ['olympic'])], [2]],
    // "2.58 million for the Paralympics" / "8.6 million tickets for the Olympics"
    ['different purposes: never one context, whatever else they share', [forWhat('a', 2.58e6, ['paralympic']), forWhat('b', 8.6e6, ['olympic'])], [1, 1]],
    // "a total of 12,132,647 tickets" / "8.6 million tickets for the Olympics"
    ['a total and a part: two contexts', [forWhat('a', 12132647, ['&', 'total']), forWhat('b', 8.6e6, ['olympic'])], [1, 1]],
    // test13 (itaewon-liveblog.html): "151 people were now confirmed dead" (10:40, naming the fire station's head) and
    // "153 dead" (18:00, naming no one): two posts of a live blog are two reports, as two sources are.
    ['two posts of a live blog, one naming nothing: one context', [{ ...qty('a', 151, 'death', ['Choi Seong', 'Yongsan'], 5), qualifiers: { verb: 'death', entities: ['Choi Seong', 'Yongsan'], clock: '10:40' } }, { ...qty('a', 153, 'death', [], 9), qualifiers: { verb: 'death', entities: [], clock: '18:00' } }], [2]],
    ['one post of a live blog: one article', [{ ...qty('a', 151, 'death', ['Choi Seong', 'Yongsan'], 5), qualifiers: { verb: 'death', entities: ['Choi Seong', 'Yongsan'], clock: '10:40' } }, { ...qty('a', 153, 'death', [], 9), qualifiers: { verb: 'death', entities: [], clock: '10:40' } }], [1, 1]],
  ])('%s', (_name, claims, expected) => {
    expect(sizes(claims)).toEqual(expected);
  });

  it('links two figures whose sentences share another figure that agrees', () => {
    // "About 10,500 athletes took part in 329 medal events" / "10,500 athletes who competed for medals in 339 events"
    const a = qty('closing.md', 329, 'take', [], 10);
    const b = qty('sales.html', 339, 'compete', ['Olympics'], 20);
    const all = [a, b, beside(a, 10500, 'athlete'), beside(b, 10500, 'athlete')];
    expect(sizes([a, b], all)).toEqual([2]);
  });

  it('does not link on a shared figure that disagrees, or a small one', () => {
    const a = qty('closing.md', 329, 'take', [], 10);
    const b = qty('sales.html', 339, 'compete', ['Olympics'], 20);
    expect(sizes([a, b], [a, b, beside(a, 10500, 'athlete'), beside(b, 4400, 'athlete')])).toEqual([1, 1]);
    expect(sizes([a, b], [a, b, beside(a, 3, 'athlete'), beside(b, 3, 'athlete')])).toEqual([1, 1]);
  });

  it('does not link on a shared figure of the same unit: "59%, about 25% and 16%" / "about 25% and 17%"', () => {
    const share = (source: string, amount: number, offset: number) => ({ ...qty(source, amount, source === 'a' ? 'win' : 'trail', [], offset), value: { type: 'quantity' as const, amount, unit: 'percent' } });
    const a = share('a', 16, 10);
    const b = share('b', 17, 20);
    const about25 = (of: Claim) => ({ ...of, id: `${of.id}-25`, value: { type: 'quantity' as const, amount: 25, unit: 'percent', approx: 'about' as const } });
    expect(sizes([a, b], [a, b, about25(a), about25(b)])).toEqual([1, 1]);
  });

  it('does not link on two approximations that merely overlap', () => {
    // "about 1.1 million bpd, compared with roughly 28 million bpd for the whole group" /
    // "OPEC pumps about 27 million barrels per day, some 27 percent of a world oil market of roughly 102 million bpd"
    const a = qty('quits.md', 1.1e6, 'compare', ['Angola'], 10);
    const b = qty('roundup.json', 102e6, 'pump', [], 20);
    const about = (of: Claim, amount: number) => ({ ...beside(of, amount, 'bbl/d'), value: { type: 'quantity' as const, amount, unit: 'bbl/d', approx: 'about' as const } });
    expect(sizes([a, b], [a, b, about(a, 28e6), about(b, 27e6)])).toEqual([1, 1]);
    expect(sizes([a, b], [a, b, about(a, 27e6), beside(b, 27e6, 'bbl/d')])).toEqual([2]);
  });
});
