import { describe, expect, it } from 'vitest';
import { resolveTime } from '../../../src/normalize/time/index.js';

const ANCHOR = '2025-08-29';

describe('resolveTime: written dates', () => {
  it.each([
    ['2014', '2014-01-01', '2014-12-31', 'year'],
    ['in 2014', '2014-01-01', '2014-12-31', 'year'],
    ['June 15, 2001', '2001-06-15', '2001-06-15', 'day'],
    ['On June 15, 2001', '2001-06-15', '2001-06-15', 'day'],
    ['Sept. 16, 2022', '2022-09-16', '2022-09-16', 'day'],
    ['on Sept. 24, 2021', '2021-09-24', '2021-09-24', 'day'],
    ['Sept. 7, 2013', '2013-09-07', '2013-09-07', 'day'],
    ['April 26, 2021', '2021-04-26', '2021-04-26', 'day'],
    ['29 July, 2021', '2021-07-29', '2021-07-29', 'day'],
    ['Thursday, 29 July, 2021', '2021-07-29', '2021-07-29', 'day'],
    ['Jul 01,2024', '2024-07-01', '2024-07-01', 'day'],
    ['2023-07-04', '2023-07-04', '2023-07-04', 'day'],
    ['July 4, 2023', '2023-07-04', '2023-07-04', 'day'],
    ['in September 2013', '2013-09-01', '2013-09-30', 'month'],
    ['In June 2019', '2019-06-01', '2019-06-30', 'month'],
    ['2022', '2022-01-01', '2022-12-31', 'year'],
    ['in the 1990s', '1990-01-01', '1999-12-31', 'year'],
    ['From 2013 to 2017', '2013-01-01', '2017-12-31', 'year'],
    ['From 2014 to 2016', '2014-01-01', '2016-12-31', 'year'],
    ['2018-2022', '2018-01-01', '2022-12-31', 'year'],
    ['between 2013 and 2017', '2013-01-01', '2017-12-31', 'year'],
  ] as const)('%s → [%s, %s] %s, written', (text, start, end, precision) => {
    expect(resolveTime(text, ANCHOR)).toEqual({ span: { start, end, precision }, implied: [], relative: false, certain: true });
  });

  it.each([
    ['mid-2024', '2024-05-01', '2024-08-31', 'month'],
    ['late 2024', '2024-09-01', '2024-12-31', 'month'],
    ['the end of 2025', '2025-09-01', '2025-12-31', 'month'],
    ['early June 2024', '2024-06-01', '2024-06-10', 'day'],
  ] as const)('a third of a written period is a convention, so uncertain: %s → [%s, %s]', (text, start, end, precision) => {
    expect(resolveTime(text, ANCHOR)).toEqual({ span: { start, end, precision }, implied: [], relative: false, certain: false });
  });

  it.each([['Since 2023', '2023-01-01', 'year'], ['since September 2013', '2013-09-01', 'month']] as const)(
    '%s runs from its start to the anchor, so it is relative',
    (text, start, precision) => {
      expect(resolveTime(text, ANCHOR)).toEqual({
        span: { start, end: ANCHOR, precision }, implied: [], relative: true, certain: true, direction: 'past',
      });
    },
  );

  it.each([
    ['2023-07-04', '2023-07-04'],
    ['June 15, 2001', '2001-06-15'],
    ['2014', '2014-01-01'],
  ])('%s resolves without an anchor (undated source)', (text, start) => {
    expect(resolveTime(text, undefined)?.span?.start).toBe(start);
  });

  it.each([['February 30, 2020'], ['2023-13-01'], ['2017 to 2013'], ['2013 and 2017'], ['1,151'], ['10 tons'], ['US$890'], ['1895'], ['+86-23-67158993']])(
    '%s is not a date',
    (text) => {
      expect(resolveTime(text, ANCHOR)).toBeUndefined();
    },
  );

  it('rejects an anchor that is not an ISO day', () => {
    expect(() => resolveTime('last year', 'Aug 29, 2025')).toThrow(RangeError);
  });
});
