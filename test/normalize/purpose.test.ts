import { describe, expect, it } from 'vitest';
import { COMBINED, EACH, samePurpose } from '../../src/normalize/purpose.js';

describe('samePurpose', () => {
  it.each<[string, string[], string[], boolean | undefined]>([
    ['one named more fully', ['olympic', 'paris'], ['olympic'], true],
    ['different things', ['paralympic'], ['olympic'], false],
    ['a total against a part', [COMBINED, 'total'], ['olympic'], false],
    ['nothing said on one side', [], ['olympic'], undefined],
    ['two totals that do not say of what', [COMBINED, 'total'], [COMBINED, 'total'], undefined],
    ['two totals of one thing', [COMBINED, 'pledge', 'total'], [COMBINED, 'pledge', 'total'], true],
    // "25 to 30 terrorists were killed at each of the two largest sites" / "Over 100 terrorists were killed"
    ['a figure for each of several against one for all', [EACH], [], false],
    ['two figures for each, of what unsaid', [EACH], [EACH], undefined],
  ])('%s', (_name, a, b, expected) => {
    expect(samePurpose(a, b)).toBe(expected);
  });
});
