import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_REPRINT_THRESHOLDS, groupReprints, type StoryText } from '../../src/compare/voices/group-reprints.js';
import { countShared } from '../../src/compare/voices/shared-counts.js';
import { readInputs } from '../../src/ingest/index.js';

const { sources: seeds } = await readInputs(['sources']);
const S = (n: string) => seeds.find((s) => s.id.includes(`/${n}_`))!.id;

/** The voice id of every source in a drop, by file number: `{000: '000', 001: '000', 002: undefined}`. */
function voiceIds(texts: StoryText[]): Record<string, string | undefined> {
  const voices = groupReprints(texts);
  const short = (id: string) => id.split('/').at(-1)!.slice(0, 3);
  return Object.fromEntries(texts.map((t) => [short(t.id), voices.has(t.id) ? short(voices.get(t.id)!.id) : undefined]));
}

/** 004 rerun by another outlet: its own headline and furniture, the last paragraph cut. */
function reprintOf004(): StoryText {
  const original = seeds.find((s) => s.id === S('004'))!.text;
  const paragraphs = original.split(/\n\s*\n/);
  const text = ['SCO leaders to meet online as Xi attends via video', 'Reprinted from People\'s Daily. All rights reserved.', ...paragraphs.slice(0, -1)].join('\n\n');
  return { id: 'wire/reprint-of-004.txt', text };
}

describe('groupReprints on the seed corpus', () => {
  it('groups the English original 000 with 001, its translation back from Russian, and nothing else', () => {
    expect(voiceIds(seeds)).toEqual({ '000': '000', '001': '000', '002': undefined, '003': undefined, '004': undefined });
  });

  it('says how: a translation, with the share of content-word pairs', () => {
    const voices = groupReprints(seeds);
    expect(voices.get(S('001'))).toEqual({ id: S('000'), sameStoryAs: [{ source: S('000'), relation: 'translation', overlap: 0.36 }] });
    expect(voices.get(S('000'))?.sameStoryAs.map((l) => l.source)).toEqual([S('001')]);
  });

  it.each([
    ['000', '002'], ['000', '003'], ['000', '004'], ['001', '002'], ['001', '003'], ['001', '004'], ['002', '003'], ['002', '004'], ['003', '004'],
  ])('keeps unrelated articles on one topic apart: %s and %s', (a, b) => {
    const pair = seeds.filter((s) => s.id === S(a) || s.id === S(b));
    expect(groupReprints(pair).size).toBe(0);
  });

  it('groups a verbatim reprint (new headline, last paragraph cut) as a reprint', () => {
    const reprint = reprintOf004();
    const voices = groupReprints([...seeds, reprint]);
    expect(voices.get(reprint.id)?.id).toBe(S('004'));
    const [link] = voices.get(reprint.id)!.sameStoryAs;
    expect(link?.relation).toBe('reprint');
    expect(link?.overlap).toBeGreaterThan(0.9);
    expect(voiceIds([...seeds, reprint])).toMatchObject({ '000': '000', '001': '000', '002': undefined, '003': undefined, '004': '004', rep: '004' });
  });

  it('does not group two stories that quote the same long statement', () => {
    const quote = '"I welcome the African Union\'s entry into the G20 as a full member. This membership, for which we have long been advocating, will provide a propitious framework for amplifying advocacy in favour of the continent and its effective contribution to meeting global challenges," he wrote.';
    const g20 = readFileSync('test/corpus/test/g20-african-union-seat.md', 'utf8');
    const other = `ADDIS ABABA — African governments welcomed the decision on Monday.\n\n${quote}\n\nAnalysts cautioned that the bloc must now agree on who will speak for it between summits.`;
    expect(g20).toContain(quote.slice(0, 60));
    expect(groupReprints([{ id: 'a.md', text: g20 }, { id: 'b.md', text: other }]).size).toBe(0);
  });

  it('is deterministic whatever the input order', () => {
    const drop = [...seeds, reprintOf004()];
    const sorted = [...groupReprints(drop)].sort(([a], [b]) => (a < b ? -1 : 1));
    const reversed = [...groupReprints([...drop].reverse())].sort(([a], [b]) => (a < b ? -1 : 1));
    expect(reversed).toEqual(sorted);
  });

  it('has thresholds between what the seed pair shares and what unrelated articles share', () => {
    expect(DEFAULT_REPRINT_THRESHOLDS).toMatchObject({ shingleWords: 5, reprintOverlap: 0.3, translationOverlap: 0.25 });
  });
});

describe('countShared', () => {
  it.each<[string, number[][], number, Array<[number, number, number]>]>([
    ['counts what each pair shares', [[1, 2, 3], [2, 3, 4], [9]], 64, [[0, 1, 2]]],
    ['three holders of one feature make three pairs', [[1], [1], [1]], 64, [[0, 1, 1], [0, 2, 1], [1, 2, 1]]],
    ['a feature in more texts than the limit is boilerplate, skipped', [[1, 5], [1, 5], [1]], 2, [[0, 1, 1]]],
  ])('%s', (_name, sets, maxHolders, expected) => {
    expect(countShared(sets.map((s) => new Set(s)), maxHolders).map((p) => [p.a, p.b, p.shared])).toEqual(expected);
  });
});
