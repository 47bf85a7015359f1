/**
 * The cache key holds only the slice of the drop's learned organisations that a source can see.
 * That is safe only if extraction never reads the rest: checked here on every corpus in the
 * project (and a generated drop), by extracting each source once with a lexicon learned from all
 * of them and once with every learned entry removed that leaves its slice unchanged.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateDrop } from '../../bench/generate.js';
import { lexiconSlicer, type LexiconSlice } from '../../src/cache/lexicon-slice.js';
import { extractClaims } from '../../src/extract/index.js';
import { withLearnedOrganisations } from '../../src/extract/learn-organisations.js';
import { readInputs } from '../../src/ingest/index.js';
import type { RuleSet } from '../../src/rules/types.js';
import type { Source } from '../../src/types.js';
import { projectRules, sourceFrom } from '../support/sources.js';

const withOrganisations = (organisations: Record<string, string[]>): RuleSet => ({ ...projectRules, lexicon: { ...projectRules.lexicon, organisations } });
const sliceOf = (organisations: Record<string, string[]>, source: Source): LexiconSlice => lexiconSlicer(organisations)(source.text);

describe('lexiconSlicer', () => {
  const organisations = { SCO: ['Shanghai Cooperation Organization'], QCAAB: ['Council of Aab Quorum'], NATO: ['North Atlantic Treaty Organization'] };

  it.each([
    ['The SCO has 10 members.', ['SCO'], ['SCO']],
    ['The Council of Aab Quorum met.', ['QCAAB'], ['Aab', 'Council', 'Quorum', 'of']],
    ['Leaders met at the Quorum summit.', [], ['Quorum']],
    ['Nothing about anyone here.', [], []],
  ])('%j sees entries %j and words %j', (text, entries, words) => {
    const slice = sliceOf(organisations, sourceFrom(text, '2024-07-01'));
    expect(slice.organisations.map(([key]) => key)).toEqual(entries);
    expect(slice.words).toEqual(words);
  });

  it('keeps lexicon order, since a later entry wins a name two entries share', () => {
    const source = sourceFrom('The SCO met.', '2024-07-01');
    expect(sliceOf({ B: ['SCO'], A: ['SCO'] }, source).organisations).toEqual([['B', ['SCO']], ['A', ['SCO']]]);
    expect(sliceOf({ A: ['SCO'], B: ['SCO'] }, source).organisations).toEqual([['A', ['SCO']], ['B', ['SCO']]]);
  });

  it('holds the name words of other articles, because they change what this one yields', () => {
    const source = sourceFrom('The SCO held its Quorum summit on Tuesday.', '2024-07-01');
    const other = { ...projectRules.lexicon.organisations, QCAAB: ['Council of Aab Quorum'] };
    const places = (rules: RuleSet) => extractClaims(source, rules).map((c) => c.qualifiers.place);
    expect(places(projectRules)).toEqual(['Quorum']);
    expect(places(withOrganisations(other))).toEqual([]);
    expect(sliceOf(projectRules.lexicon.organisations, source)).not.toEqual(sliceOf(other, source));
  });
});

describe('sources with equal slices extract equal claims', () => {
  let sources: Source[] = [];
  let learned: Record<string, string[]> = {};

  beforeAll(async () => {
    const drop = mkdtempSync(join(tmpdir(), 'factdiff-slice-'));
    for (const file of generateDrop(30).files) writeFileSync(join(drop, file.name), file.text);
    sources = (await readInputs(['sources', 'test/corpus', 'test/fixtures/alliance', drop])).sources;
    learned = withLearnedOrganisations(projectRules, sources).lexicon.organisations;
  });

  it('on every corpus: learned entries a source has no trace of do not change its claims', () => {
    expect(sources.length).toBeGreaterThan(60);
    for (const source of sources) {
      const fewer = withoutUnseen(learned, projectRules.lexicon.organisations, source);
      expect(sliceOf(fewer, source)).toEqual(sliceOf(learned, source));
      expect(Object.keys(fewer).length).toBeLessThan(Object.keys(learned).length);
      expect(extractClaims(source, withOrganisations(fewer)), source.id).toEqual(extractClaims(source, withOrganisations(learned)));
    }
  });
});

/** The learned lexicon without every entry (not from the rules) whose removal leaves the source's slice as it was. */
function withoutUnseen(learned: Record<string, string[]>, fromRules: Record<string, string[]>, source: Source): Record<string, string[]> {
  const slice = sliceOf(learned, source);
  const seenEntries = new Set(slice.organisations.map(([key]) => key));
  const wordsOf = (key: string) => new Set([key, ...(learned[key] ?? [])].flatMap((name) => name.split(/\s+/)).filter((w) => slice.words.includes(w)));
  const providers = new Map<string, number>();
  for (const key of Object.keys(learned)) for (const word of wordsOf(key)) providers.set(word, (providers.get(word) ?? 0) + 1);
  const kept: Record<string, string[]> = {};
  for (const [key, names] of Object.entries(learned)) {
    const words = [...wordsOf(key)];
    const removable = !(key in fromRules) && !seenEntries.has(key) && words.every((w) => (providers.get(w) ?? 0) > 1);
    if (!removable) kept[key] = names;
    else for (const word of words) providers.set(word, (providers.get(word) ?? 0) - 1);
  }
  return kept;
}
