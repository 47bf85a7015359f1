import { checkContext } from '../../src/compare/check-context.js';
import { describe, expect, it } from 'vitest';
import { series } from '../../src/compare/checks/series.js';
import type { Claim } from '../../src/types.js';
import { claim, year } from '../support/claims.js';
import { projectRules } from '../support/sources.js';

const nth = (source: string, n: number, y: number) =>
  claim(source, { type: 'ordinal', n }, year(y), { property: 'event', subject: { key: 'event:ORG:summit', text: 'ORG summit' }, qualifiers: { kind: 'summit', ordinal: n } });
const run = (claims: Claim[]) => series(claims, { type: 'series' }, checkContext(projectRules, claims)).map((d) => d.message);

describe('series', () => {
  it.each<[string, Claim[], RegExp[]]>([
    ['a yearly series that fits (the seeds: 17th 2017 … 23rd 2023)', [nth('003', 17, 2017), nth('003', 20, 2020), nth('002', 22, 2022), nth('004', 23, 2023)], []],
    ['one mention that does not fit', [nth('003', 17, 2017), nth('002', 22, 2022), nth('004', 23, 2023), nth('x', 18, 2016)], [/the 18th in 2016 \(x\) does not fit the series, where the Nth is in N \+ 2000/]],
    ['a series that is not yearly: no common offset, nothing said', [nth('a', 31, 2021), nth('b', 32, 2023), nth('c', 33, 2024)], []],
    ['one numbered mention alone', [nth('a', 17, 2016)], []],
  ])('%s', (_name, claims, expected) => {
    const messages = run(claims);
    expect(messages).toHaveLength(expected.length);
    expected.forEach((pattern, i) => expect(messages[i]).toMatch(pattern));
  });
});
