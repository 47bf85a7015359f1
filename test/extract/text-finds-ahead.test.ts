/**
 * Finds computed ahead (by the worker that ingested a source) are used once by
 * `withLearnedOrganisations`, and only when found with the same heads and nouns as its rules.
 */
import { describe, expect, it } from 'vitest';
import { findsLexicon, rememberTextFinds, textFinder, withLearnedOrganisations, type TextFinds } from '../../src/extract/learn-organisations.js';
import { loadRules } from '../../src/rules/load-rules.js';
import type { Source } from '../../src/types.js';

const rules = loadRules(['rules']);

function source(text: string): Source {
  return { id: 'a.txt', path: 'a.txt', format: 'txt', text, zones: [], segments: [], publishedFrom: 'unknown', diagnostics: [] } as unknown as Source;
}

const planted: TextFinds = { acronyms: [['ZQO', 'Zeta Quux Organization']], headFirst: [], bare: [], bodies: [] };

describe('finds computed ahead', () => {
  it('finds what textFinds finds, and gives its context', () => {
    const text = 'The Association of Southeast Asian Nations (ASEAN) met. The Shanghai Cooperation Organisation (SCO) grew.';
    const finder = textFinder(findsLexicon(rules));
    const plain = withLearnedOrganisations(rules, [source(text)]);
    const early = source(text);
    rememberTextFinds(early, finder.context, finder.find(text));
    expect(withLearnedOrganisations(rules, [early])).toEqual(plain);
  });

  it('are used in place of searching the text, once', () => {
    const finder = textFinder(findsLexicon(rules));
    const early = source('No organisation is named here.');
    rememberTextFinds(early, finder.context, planted);
    expect(withLearnedOrganisations(rules, [early]).lexicon.organisations.ZQO).toEqual(['Zeta Quux Organization']);
    expect(withLearnedOrganisations(rules, [early]).lexicon.organisations.ZQO).toBeUndefined();
  });

  it('are ignored when found with other heads and nouns', () => {
    const other = textFinder({ ...findsLexicon(rules), organisationHeads: ['Exchange', 'Organization'] });
    const early = source('No organisation is named here.');
    rememberTextFinds(early, other.context, planted);
    expect(withLearnedOrganisations(rules, [early]).lexicon.organisations.ZQO).toBeUndefined();
  });
});
