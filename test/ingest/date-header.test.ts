import { describe, expect, it } from 'vitest';
import { matchDateHeader } from '../../src/ingest/date-header.js';

describe('matchDateHeader', () => {
  it.each([
    ['Thursday, 29 July, 2021', '2021-07-29', 'Thursday, 29 July, 2021', undefined],
    ['2023-07-04 14:17 1895', '2023-07-04', '2023-07-04 14:17', undefined],
    ['2023-07-04 14:17', '2023-07-04', '2023-07-04 14:17', undefined],
    ['By Xinhua|Jul 01,2024', '2024-07-01', 'Jul 01,2024', 'Xinhua'],
    ['By Example Wire | March 3, 2020', '2020-03-03', 'March 3, 2020', 'Example Wire'],
    ['Updated: 2024-07-01T10:00:00Z', '2024-07-01', '2024-07-01T10:00:00Z', undefined],
    ['Published on Sept. 16, 2022 08:30 GMT', '2022-09-16', 'Sept. 16, 2022 08:30 GMT', undefined],
    ['16 September 2022', '2022-09-16', '16 September 2022', undefined],
    ['2022/09/16 | 2,301 views', '2022-09-16', '2022/09/16', undefined],
  ])('%s → %s', (line, date, text, byline) => {
    expect(matchDateHeader(line)).toEqual({ date, text, ...(byline ? { byline } : {}) });
  });

  it('never reads a view counter as a year', () => {
    expect(matchDateHeader('2023-07-04 14:17 1895')?.date.startsWith('1895')).toBe(false);
  });

  it.each([
    ['Chinese President Xi Jinping delivers a speech in Astana, Kazakhstan, Sept. 7, 2013.'],
    ['Sept. 16, 2022.'],
    ['2023-02-30'],
    ['The summit opened on July 4, 2023'],
    ['1895'],
  ])('is not a date header: %s', (line) => {
    expect(matchDateHeader(line)).toBeUndefined();
  });
});
