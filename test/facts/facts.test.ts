import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RuleError } from '../../src/errors/index.js';
import { markVerified } from '../../src/facts/mark-verified.js';
import { loadFacts, readFactsFile, spanOf } from '../../src/facts/load-facts.js';
import { check } from '../../src/index.js';
import { loadRules } from '../../src/rules/load-rules.js';

const rules = loadRules(['rules']);
const tmp = () => mkdtempSync(join(tmpdir(), 'factdiff-facts-'));

function factsFile(text: string): string {
  const file = join(tmp(), 'members.yaml');
  writeFileSync(file, text);
  return file;
}

const GOOD = `facts:
  - subject: NATO
    property: member-states
    rule: generic.member-count
    value: 32
    asOf: 2024-07-09
    note: the alliance's own list
`;

describe('verified facts', () => {
  it.each([
    ['2024-07-09', { start: '2024-07-09', end: '2024-07-09', precision: 'day' }],
    ['2024-02', { start: '2024-02-01', end: '2024-02-29', precision: 'month' }],
    ['2024', { start: '2024-01-01', end: '2024-12-31', precision: 'year' }],
  ])('places asOf %s as %j', (asOf, span) => {
    expect(spanOf(asOf)).toEqual(span);
  });

  it('reads each entry as a claim of a pseudo-source published by "verified", keyed like extracted claims', () => {
    const file = factsFile(GOOD);
    const { sources, claims } = readFactsFile(file, rules);
    expect(sources).toEqual([{ id: file, path: file, title: 'Verified facts: members.yaml', publisher: 'verified', publishedFrom: 'metadata', facts: 1, diagnostics: [] }]);
    expect(claims[0]).toMatchObject({
      source: file, subject: { key: 'org:NATO' }, property: 'member-states', value: { type: 'count', n: 32 }, display: '32', extractor: 'generic.member-count',
      time: { span: { start: '2024-07-09', end: '2024-07-09', precision: 'day' }, basis: 'written', certain: true },
      evidence: { line: 2, column: 5 },
    });
  });

  it.each([
    [GOOD.replace('value: 32', 'value: [32]'), ':5:5: /facts/0/value must be number'],
    [GOOD.replace('    note:', '    colour: red\n    note:'), ":7:5: /facts/0 has unknown field 'colour'"],
    [GOOD.replace('rule: generic.member-count', 'rule: generic.no-such'), ":4:11: /facts/0/rule names no loaded rule: 'generic.no-such'"],
    [GOOD.replace('rule: generic.member-count', 'rule: generic.quote').replace('subject: NATO', 'subject: A speaker'), ":2:5: /facts/0 needs the field 'key'"],
    [GOOD.replace('asOf: 2024-07-09', 'asOf: July 2024'), ':6:11: /facts/0/asOf must match pattern'],
  ])('stops on a bad entry with file:line:col (%#)', (text, message) => {
    const file = factsFile(text);
    expect(() => readFactsFile(file, rules)).toThrow(RuleError);
    expect(() => readFactsFile(file, rules)).toThrow(`${file}${message}`);
  });

  it('checks sources against the facts: a source that disagrees on the same day is a conflict that says so', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'summit.md'), '---\ntitle: Summit\npublisher: Example Wire\npublished: 2024-07-09\n---\n\nThe North Atlantic Treaty Organization (NATO) has 31 members.\n');
    const facts = loadFacts(factsFile(GOOD), rules);
    const report = await check({ paths: [dir], rules, tool: { name: 'factdiff', version: 'test' }, generatedAt: '2025-01-01T00:00:00Z', verified: facts });
    const conflict = report.discrepancies.find((d) => d.kind === 'conflict');
    expect(conflict?.claims.map((c) => c.display).sort()).toEqual(['31 members', '32']);
    const marked = markVerified(report, new Set(facts.sources.map((s) => s.id)));
    expect(marked.discrepancies.find((d) => d.kind === 'conflict')?.message).toMatch(/ — verified fact: 32 in .*members\.yaml$/);
    expect(marked.discrepancies.find((d) => d.kind === 'conflict')?.id).toBe(conflict?.id);
  });
});
