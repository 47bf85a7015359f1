import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RuleError } from '../../src/errors/index.js';
import { loadRules, ruleIdFromPath } from '../../src/rules/load-rules.js';

function rulesDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'factdiff-rules-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

function failure(files: Record<string, string>): RuleError {
  try {
    loadRules([rulesDir(files)]);
  } catch (error) {
    if (error instanceof RuleError) return error;
    throw error;
  }
  throw new Error('expected a RuleError');
}

describe('loadRules', () => {
  it('loads the project rules with ids from their paths', () => {
    const set = loadRules(['rules']);
    expect(set.rules.map((r) => r.id)).toContain('generic.member-count');
    expect(set.rules.find((r) => r.id === 'generic.member-count')?.check?.type).toBe('value-at-time');
    expect(set.lexicon.organisationNouns).toContain('the group');
  });

  it('loads the membership-status and list-count rules with their types and options', () => {
    const set = loadRules(['rules']);
    const status = set.rules.find((r) => r.id === 'generic.membership-status');
    const list = set.rules.find((r) => r.id === 'generic.list-count');
    expect([status?.extract?.extractor, status?.check?.type, Object.keys(status?.extract?.statuses ?? {})]).toEqual(['membership-status', 'value-at-time', ['member', 'observer', 'partner']]);
    expect([list?.extract?.extractor, list?.check?.type]).toEqual(['listed-count', 'list-count']);
  });

  it('derives ids like Vale: folder.file without extension', () => {
    expect(ruleIdFromPath('rules', join('rules', 'generic', 'member-count.yaml'))).toBe('generic.member-count');
    expect(ruleIdFromPath('rules', join('rules', 'nato.json'))).toBe('nato');
  });

  it.each([
    ['a YAML syntax error', { 'a.yaml': 'extract:\n  extractor: count\n  triggers: [member\n' }, /a\.yaml:\d+:\d+: is not valid YAML/],
    ['an unknown field, at its line', { 'a.yaml': 'extract:\n  extractor: count\n  trigger: [member]\n' }, /a\.yaml:3:3: \/extract has unknown field 'trigger'/],
    ['an unknown check type', { 'a.yaml': 'extract:\n  extractor: count\ncheck:\n  type: value-at-tim\n' }, /a\.yaml:4:9: \/check\/type must be one of value-at-time/],
    ['a negative tolerance', { 'a.yaml': 'extract:\n  extractor: quantity\ncheck:\n  type: value-at-time\n  tolerance: -1\n' }, /a\.yaml:5:14: \/check\/tolerance must be >= 0/],
    ['neither extract nor lexicon', { 'a.yaml': 'description: nothing\n' }, /a\.yaml:1:1: \/ needs an `extract` section \(a rule\), a `lexicon`/],
    ['a claimsFrom naming no extractor', { 'a.yaml': 'claimsFrom: generic.nothing\ncheck:\n  type: series\n' }, /a\.yaml: \/claimsFrom names 'generic.nothing'/],
    ['an ordinalCount naming no rule with a check', { 'a.yaml': 'extract:\n  extractor: membership-event\n  ordinalCount: { rule: generic.nothing, property: member-states }\n' }, /a\.yaml: \/extract\/ordinalCount\/rule names 'generic.nothing'/],
    ['statuses that are not lists of words', { 'a.yaml': 'extract:\n  extractor: membership-status\n  statuses:\n    observer: observer state\n' }, /a\.yaml:4:15: \/extract\/statuses\/observer must be array/],
    ['invalid JSON', { 'b.json': '{"extract": {"extractor": "count",}}' }, /b\.json:1:\d+: is not valid JSON/],
  ])('stops on %s with file:line:col', (_name, files, message) => {
    expect(failure(files).message).toMatch(message);
  });

  it('rejects two files with the same id', () => {
    const error = failure({ 'x.yaml': 'lexicon:\n  roles: [mayor]\n', 'x.json': '{"lexicon": {"roles": ["mayor"]}}' });
    expect(error.message).toMatch(/same rule id 'x'/);
  });

  it('names a missing folder', () => {
    expect(() => loadRules(['no/such/folder'])).toThrow(/no\/such\/folder: is not a readable rules folder/);
  });
});
