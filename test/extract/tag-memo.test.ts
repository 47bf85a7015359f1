import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/extract/index.js';
import { tagWithoutChunks } from '../../src/extract/context.js';
import { forgetTaggedSentences, taggedText, taggingCounts } from '../../src/extract/tag-memo.js';
import { loadRules } from '../../src/rules/load-rules.js';
import { sourceFrom } from '../support/sources.js';

describe('tag-memo: a sentence text is tagged once', () => {
  it('gives the remembered document for a repeated text, and counts both', () => {
    forgetTaggedSentences();
    const first = taggedText('Police seized 12 tons of narcotics.', tagWithoutChunks);
    const again = taggedText('Police seized 12 tons of narcotics.', tagWithoutChunks);
    expect(again).toBe(first);
    expect(taggingCounts()).toEqual({ tagged: 1, reused: 1 });
    forgetTaggedSentences();
    expect(taggedText('Police seized 12 tons of narcotics.', tagWithoutChunks)).not.toBe(first);
  });

  it('extracts the same claims from a reprint as from its original', () => {
    const rules = loadRules(['rules']);
    const text = 'Police of the member states seized 12 tons of narcotics and arrested 340 suspects on March 3, 2024.\n\nThe bloc groups 10 nations.';
    forgetTaggedSentences();
    const fresh = extractClaims(sourceFrom(text, '2024-03-04'), rules);
    const reprint = extractClaims(sourceFrom(text, '2024-03-04'), rules);
    expect(taggingCounts().reused).toBeGreaterThan(0);
    expect(reprint).toEqual(fresh);
    expect(fresh.length).toBeGreaterThan(0);
  });
});
