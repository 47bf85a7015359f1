import { describe, expect, it } from 'vitest';
import { compareClaims } from '../../src/compare/index.js';
import { extractClaims } from '../../src/extract/index.js';
import { projectRules, sourceFrom } from '../support/sources.js';

const ORG = 'The Shanghai Cooperation Organization (SCO) met. ';

/** The membership-status findings over two sources: `[kind, scope, message]`. */
function findings(a: [text: string, published: string], b: [text: string, published: string]) {
  const claims = [a, b].flatMap(([text, published], i) => extractClaims(sourceFrom(ORG + text, published, `sources/${'ab'[i]}.md`), projectRules));
  return compareClaims(claims, projectRules)
    .filter((d) => d.rule === 'generic.membership-status')
    .map((d) => [d.kind, d.scope, d.message]);
}

describe('membership status across sources (value-at-time on a name)', () => {
  it.each<[string, [string, string], [string, string], unknown[]]>([
    [
      'a member in one source and an observer in another on the same day: a conflict',
      ['Iran, a member of the SCO, sent its foreign minister.', '2025-08-29'],
      ['Iran, an observer state of the SCO, sent its foreign minister.', '2025-08-29'],
      [['conflict', 'cross-source', 'membership-status of Iran in SCO: member in a.md vs observer state in b.md (all as of 2025-08-29)']],
    ],
    [
      'an observer a year before it is called a member: a change over time',
      ['The talks were joined by observer states Afghanistan, Belarus and Mongolia.', '2024-07-01'],
      ['Belarus, a member of the SCO, hosted the talks.', '2025-08-29'],
      [['temporal-change', 'cross-source', 'membership-status of Belarus in SCO: observer states in a.md (as of 2024-07-01) → member in b.md (as of 2025-08-29) — changed over time']],
    ],
    [
      'two sources that agree',
      ['SCO member states such as Russia and Kazakhstan took part.', '2025-08-29'],
      ['Kazakhstan, a member of the SCO, hosted the talks.', '2025-08-29'],
      [],
    ],
    [
      'different names with different statuses',
      ['Iran, a member of the SCO, sent its foreign minister.', '2025-08-29'],
      ['Mongolia, an observer state of the SCO, sent its foreign minister.', '2025-08-29'],
      [],
    ],
  ])('%s', (_name, a, b, expected) => {
    expect(findings(a, b)).toEqual(expected);
  });
});
