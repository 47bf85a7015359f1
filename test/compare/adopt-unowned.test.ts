import { describe, expect, it } from 'vitest';
import { adoptUnowned } from '../../src/compare/adopt-unowned.js';
import type { Claim } from '../../src/types.js';
import { claim, day } from '../support/claims.js';

const figure = (source: string, key: string, amount: number, main?: string): Claim =>
  claim(source, { type: 'quantity', amount, unit: 'participant' }, day('2023-12-01'), {
    property: 'quantity',
    subject: { key, text: 'participant' },
    qualifiers: { entities: [], ...(main ? { main } : {}) },
  });
const keysOf = (groups: Map<string, Claim[]>) => [...groups].map(([key, claims]) => [key, claims.map((c) => `${c.source}:${c.subject.key}`)]);

describe('adoptUnowned', () => {
  it("moves a figure no organisation owns into its article's organisation's group of the same kind", () => {
    // "COP28 is … the largest UN climate conference in history, with 80,000 participants registered" /
    // "More than 97,000 participants have registered to attend the negotiations in the Blue Zone"
    const groups = new Map([
      ['qty:COP28:participant:\0quantity', [figure('attendance.json', 'qty:COP28:participant:', 80000)]],
      ['qty:general:participant:\0quantity', [figure('blue-zone.html', 'qty:general:participant:', 97000, 'COP28')]],
    ]);
    adoptUnowned(groups);
    expect(keysOf(groups)).toEqual([['qty:COP28:participant:\0quantity', ['attendance.json:qty:COP28:participant:', 'blue-zone.html:qty:COP28:participant:']]]);
  });

  it('leaves it general when that organisation has no such figures, or the article has no organisation', () => {
    const groups = new Map([
      ['qty:COP28:person:\0quantity', [figure('attendance.json', 'qty:COP28:person:', 104000)]],
      ['qty:general:participant:\0quantity', [figure('blue-zone.html', 'qty:general:participant:', 97000, 'COP28'), figure('wire.txt', 'qty:general:participant:', 90000)]],
    ]);
    adoptUnowned(groups);
    expect(keysOf(groups)).toEqual([
      ['qty:COP28:person:\0quantity', ['attendance.json:qty:COP28:person:']],
      ['qty:general:participant:\0quantity', ['blue-zone.html:qty:general:participant:', 'wire.txt:qty:general:participant:']],
    ]);
  });
});
