import { expect, it } from 'vitest';
import { check } from '../../src/index.js';
import { loadRules } from '../../src/rules/load-rules.js';

// A shard records a hash of the rules it was extracted with, and compare checks it against the
// rules it loads: an extractor that sorted a rule's word list in place (the event kinds, found when
// a kind's words were first written out of length order) made the two differ.
it('leaves the rules as they were loaded, whatever it extracts', async () => {
  const rules = loadRules(['rules']);
  const before = JSON.stringify(rules);
  await check({ paths: ['sources', 'test/fixtures/alliance', 'test/corpus/test12'], rules, tool: { name: 'factdiff', version: 'test' }, generatedAt: '2026-01-01T00:00:00.000Z' });
  expect(JSON.stringify(rules)).toBe(before);
}, 60_000);
