import { describe, expect, it } from 'vitest';
import { MemoRun, type CompareMemoStore, type RememberedGroup } from '../../src/compare/compare-memo.js';
import { compareClaims } from '../../src/compare/index.js';
import type { CheckContext, Draft } from '../../src/compare/types.js';
import type { Rule, RuleSet } from '../../src/rules/types.js';
import type { Claim } from '../../src/types.js';
import { claimsFrom, projectRules } from '../support/sources.js';

/** A memo store in memory that counts what it is asked. */
class MapStore implements CompareMemoStore {
  readonly groups = new Map<string, string>();
  recalled = 0;
  kept = 0;
  recall(digest: string): RememberedGroup | undefined {
    const json = this.groups.get(digest);
    if (json !== undefined) this.recalled++;
    return json === undefined ? undefined : (JSON.parse(json) as RememberedGroup);
  }
  keep(digest: string, group: RememberedGroup): void {
    this.kept++;
    this.groups.set(digest, JSON.stringify(group));
  }
}

/** Claims as a warm run holds them: each with an identity (its source's key and its place). */
function identified(claims: Claim[]): Map<Claim, string> {
  return new Map(claims.map((claim, i) => [claim, `${claim.source}#${i}`]));
}

const ARTICLES = [
  ['a.md', 'The Shanghai Cooperation Organisation (SCO) now has 10 member states, officials said on 4 July 2024. "We stand together," Xi Jinping said.', '2024-07-04'],
  ['b.md', 'The SCO has nine member states, its secretary-general said on 5 July 2024. "We stand united," Xi said.', '2024-07-05'],
  ['c.md', 'The SCO summit in Astana opened on 3 July 2024 with 12 leaders.', '2024-07-03'],
] as const;
const drop = (n: number) => ARTICLES.slice(0, n).flatMap(([path, text, date]) => claimsFrom(text, date).map((c) => ({ ...c, source: path, id: `${path}:${c.id}` })));

describe('the compare memo', () => {
  it('gives the findings of a full compare, cold, warm, and after an article is added', () => {
    const store = new MapStore();
    for (const n of [2, 2, 3, 3]) {
      const claims = drop(n);
      expect(compareClaims(claims, projectRules, new Map(), { store, identities: identified(claims) })).toEqual(compareClaims(drop(n), projectRules));
    }
    expect(store.recalled).toBeGreaterThan(0);
    expect(compareClaims(drop(3), projectRules).length).toBeGreaterThan(0);
  });

  it('checks no group again when nothing changed, but one whose check read every claim is checked again when a claim is added', () => {
    const rule = { id: 'test.rule', claimsFrom: 'test' } as unknown as Rule;
    const store = new MapStore();
    const claims = drop(2);
    const group = claims.slice(0, 2);
    let checked = 0;
    const check = (readsAll: boolean) => (ctx: { all: Claim[] }) => {
      checked++;
      return readsAll && ctx.all.length > 0 ? [] : [];
    };
    for (const readsAll of [false, true]) {
      new MemoRun({ store, identities: identified(claims) }, projectRules, claims).drafts(rule, `k${readsAll}`, group, check(readsAll));
      new MemoRun({ store, identities: identified(claims) }, projectRules, claims).drafts(rule, `k${readsAll}`, group, check(readsAll));
    }
    expect(checked).toBe(2);
    const more = [...claims, ...drop(3).slice(claims.length)];
    const identities = identified(more);
    for (const readsAll of [false, true]) new MemoRun({ store, identities }, projectRules, more).drafts(rule, `k${readsAll}`, group, check(readsAll));
    expect(checked).toBe(3);
  });

  it('checks a group that read one sentence or one subject again only when claims of that sentence or subject changed', () => {
    const rule = { id: 'test.rule', claimsFrom: 'test' } as unknown as Rule;
    const store = new MapStore();
    const claims = drop(2);
    const [first] = claims;
    const group = [first!];
    let checked = 0;
    const check = (ctx: CheckContext) => {
      checked++;
      return ctx.sentence(first!).length + ctx.about(first!.subject.key, ['member-joined', 'member-left']).length > 0 ? [] : [];
    };
    const runOn = (all: Claim[]) => new MemoRun({ store, identities: identified(all) }, projectRules, all).drafts(rule, 'k', group, check);
    runOn(claims);
    runOn(claims);
    expect(checked).toBe(1);
    // Another article: neither the sentence nor the subject's events changed.
    runOn([...claims, ...drop(3).slice(claims.length)]);
    expect(checked).toBe(1);
    // A claim added to the sentence, or an explaining event about the subject: checked again.
    const inSentence = { ...first!, id: 'same-sentence', property: 'other', subject: { key: 'x', text: 'x' } };
    runOn([...claims, inSentence]);
    expect(checked).toBe(2);
    const event = { ...claims.at(-1)!, id: 'event', source: 'z.md', property: 'member-joined', subject: first!.subject };
    runOn([...claims, event]);
    expect(checked).toBe(3);
    // (The memo holds the last run's findings: back to the drop without the event, then an unrelated claim about the subject.)
    runOn(claims);
    expect(checked).toBe(4);
    runOn([...claims, { ...event, property: 'unrelated' }]);
    expect(checked).toBe(4);
  });

  it('checks a group again when the part of the rules its check read changed, not when another part did', () => {
    const rule = { id: 'test.rule', claimsFrom: 'test' } as unknown as Rule;
    const store = new MapStore();
    const claims = drop(1);
    const identities = identified(claims);
    let checked = 0;
    const check = (ctx: { rules: RuleSet }) => {
      checked++;
      return Object.keys(ctx.rules.lexicon.aliases).length > 0 ? [] : [];
    };
    const withLexicon = (part: 'aliases' | 'organisations', extra: Record<string, string[]>): RuleSet => ({ ...projectRules, lexicon: { ...projectRules.lexicon, [part]: { ...projectRules.lexicon[part], ...extra } } });
    new MemoRun({ store, identities }, projectRules, claims).drafts(rule, 'k', claims, check);
    new MemoRun({ store, identities }, withLexicon('organisations', { ZZZ: ['Zeta Zone Zero'] }), claims).drafts(rule, 'k', claims, check);
    expect(checked).toBe(1);
    new MemoRun({ store, identities }, withLexicon('aliases', { zeta: ['zed'] }), claims).drafts(rule, 'k', claims, check);
    expect(checked).toBe(2);
  });

  it('does not remember drafts that hold a claim from outside the group, or a group with a claim that has no identity', () => {
    const rule = { id: 'test.rule', claimsFrom: 'test' } as unknown as Rule;
    const store = new MapStore();
    const claims = drop(2);
    const outside = (): Draft[] => [{ outcome: 'conflict', kind: 'conflict', subject: 's', property: 'p', message: 'm', confidence: 1, linkedBy: [], claims: [claims.at(-1)!] } as unknown as Draft];
    new MemoRun({ store, identities: identified(claims) }, projectRules, claims).drafts(rule, 'k', claims.slice(0, 1), outside);
    new MemoRun({ store, identities: new Map() }, projectRules, claims).drafts(rule, 'k2', claims.slice(0, 1), () => []);
    expect(store.kept).toBe(0);
  });
});
