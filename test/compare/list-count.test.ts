import { checkContext } from '../../src/compare/check-context.js';
import { describe, expect, it } from 'vitest';
import { listCount } from '../../src/compare/checks/list-count.js';
import { compareClaims } from '../../src/compare/index.js';
import { extractClaims } from '../../src/extract/index.js';
import type { CheckSpec } from '../../src/rules/types.js';
import type { Claim, Discrepancy } from '../../src/types.js';
import { claim, count, day } from '../support/claims.js';
import { projectRules, sourceFrom } from '../support/sources.js';

const listed = (n: number, names: string[], approx?: 'about' | 'more-than') =>
  claim('a.md', count(n, approx), day('2025-08-29'), { property: 'founding-members', display: `${n} founding members`, qualifiers: { listed: names, list: names.join(', ') } });
const run = (claims: Claim[], options: CheckSpec = { type: 'list-count' }) => listCount(claims, options, checkContext(projectRules, claims)).map((d) => [d.kind, d.claims.map((c) => (c.value.type === 'count' ? c.value.n : NaN))]);
const FIVE = ['China', 'Kazakhstan', 'Kyrgyzstan', 'Russia', 'Tajikistan'];

describe('list-count', () => {
  it.each<[string, Claim[], unknown[]]>([
    ['six founding members and six names', [listed(6, [...FIVE, 'Uzbekistan'])], []],
    ['six founding members and five names: the count and the list side by side', [listed(6, FIVE)], [['conflict', [6, 5]]]],
    ['"about six" is no exact count: left alone', [listed(6, FIVE, 'about')], []],
    ['a claim with no list is left alone', [claim('a.md', count(6), day('2025-08-29'))], []],
  ])('%s', (_name, claims, expected) => {
    expect(run(claims)).toEqual(expected);
  });

  describe('options decide outcomes (a change of YAML alone flips the result)', () => {
    it.each<[string, CheckSpec, unknown[]]>([
      ['tolerance: 0 → six vs five names is a conflict', { type: 'list-count', tolerance: 0 }, [['conflict', [6, 5]]]],
      ['tolerance: 0.2 → one name in six may be missing', { type: 'list-count', tolerance: 0.2 }, []],
    ])('%s', (_name, options, expected) => expect(run([listed(6, FIVE)], options)).toEqual(expected));
  });

  describe('end to end: one source that disagrees with itself', () => {
    const findings = (text: string): Discrepancy[] =>
      compareClaims(extractClaims(sourceFrom(`The Shanghai Cooperation Organization (SCO) met. ${text}`, '2025-08-29', 'sources/a.md'), projectRules), projectRules).filter((d) => d.rule === 'generic.list-count');

    it('reports "six founding members" followed by five names as an internal conflict quoting both', () => {
      const [finding, ...rest] = findings('The group had six founding members: China, Kazakhstan, Kyrgyzstan, Russia and Tajikistan.');
      expect(rest).toEqual([]);
      expect(finding).toMatchObject({ kind: 'conflict', scope: 'internal', severity: 'error', property: 'founding-members', subject: 'SCO' });
      expect(finding?.message).toBe('founding-members of SCO: "six founding members" but 5 listed ("China, Kazakhstan, Kyrgyzstan, Russia and Tajikistan") in a.md');
      expect(finding?.claims.map((c) => c.display)).toEqual(['six founding members', 'China, Kazakhstan, Kyrgyzstan, Russia and Tajikistan']);
    });

    it.each([
      ['The six founding members — China, Kazakhstan, Kyrgyzstan, Russia, Tajikistan and Uzbekistan — signed the charter.'],
      // Seed corpus (002).
      ['All six initial SCO members were along the ancient bustling trade route between the East and the West, and the Chinese leader has further strengthened that connection.'],
    ])('stays quiet on %j', (text) => {
      expect(findings(text)).toEqual([]);
    });
  });
});
