/**
 * A member's joining dated on days months apart by two sources is a conflict (generic
 * membership-event rule, same-event check by member); a headline's "becomes", two steps of one
 * joining, and two joinings years apart are not.
 */
import { describe, expect, it } from 'vitest';
import { compareClaims } from '../../src/compare/index.js';
import { extractClaims } from '../../src/extract/index.js';
import { projectRules, sourceFrom } from '../support/sources.js';

const ORG = 'The World Trade Organization (WTO) admitted a new member.\n\n';
const joinings = (articles: Array<[string, string]>) => {
  const claims = articles.flatMap(([text, published], i) => extractClaims(sourceFrom(ORG + text, published, `sources/${'abc'[i]}.md`), projectRules));
  return compareClaims(claims, projectRules)
    .filter((d) => d.property === 'member-joined')
    .map((d) => [d.kind, d.claims.map((c) => c.time?.span?.start).sort()]);
};

describe('member-joined: one member joining, dated by two sources', () => {
  it('reports a joining dated months apart (test8: 26 February against 21 August 2024)', () => {
    expect(
      joinings([
        ['ABU DHABI — The Union of the Comoros became the 165th member of the World Trade Organization on Monday, after its Protocol of Accession was signed.', '2024-02-27'],
        ['GENEVA, 21 August 2024 — Comoros joined the World Trade Organization today as its 165th member, after 17 years of negotiating.', '2024-08-21'],
      ]),
    ).toEqual([['conflict', ['2024-02-26', '2024-08-21']]]);
  });

  it.each<[string, Array<[string, string]>]>([
    [
      'a headline in the present, dated by its publication',
      [
        ['Comoros becomes the WTO\'s 165th member.', '2024-08-22'],
        ['GENEVA, 21 August 2024 — Comoros joined the World Trade Organization today as its 165th member.', '2024-08-21'],
      ],
    ],
    [
      'a decision to admit and the membership: two steps',
      [
        ['Comoros was admitted to the WTO on 26 February 2024.', '2024-02-27'],
        ['GENEVA, 21 August 2024 — Comoros joined the World Trade Organization today as its 165th member.', '2024-08-21'],
      ],
    ],
    [
      'two joinings years apart (a member that left and rejoined)',
      [
        ['Gabon joined the WTO in 1995.', '2024-02-27'],
        ['Gabon rejoined the WTO in 2016.', '2024-08-21'],
      ],
    ],
  ])('says nothing about %s', (_, articles) => {
    expect(joinings(articles)).toEqual([]);
  });
});
