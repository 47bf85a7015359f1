import { describe, expect, it } from 'vitest';
import { findTimeExpressions, resolveTime } from '../../../src/normalize/time/index.js';

const ANCHOR = '2025-08-29';
const span = (start: string, end: string, precision: 'day' | 'month' | 'year') => ({ start, end, precision });

describe('resolveTime: year-less dates take the latest year not after the anchor, or a day up to two weeks ahead', () => {
  it.each([
    ['In June', ANCHOR, span('2025-06-01', '2025-06-30', 'month')],
    ['In June', '2025-03-10', span('2024-06-01', '2024-06-30', 'month')],
    ['In May', ANCHOR, span('2025-05-01', '2025-05-31', 'month')],
    ['on July 15', ANCHOR, span('2025-07-15', '2025-07-15', 'day')],
    ['on July 4', '2023-07-04', span('2023-07-04', '2023-07-04', 'day')],
    ['June 15', '2021-06-15', span('2021-06-15', '2021-06-15', 'day')],
    // A day at most two weeks after the anchor is the coming one (test14, pif-kiribati-exit.md: "which runs in Suva from 11 to
    // 14 July" in a piece of 11 July); further ahead, the year before.
    ['June 16', '2021-06-15', span('2021-06-16', '2021-06-16', 'day')],
    ['July 14', '2022-07-11', span('2022-07-14', '2022-07-14', 'day')],
    ['June 30', '2021-06-15', span('2020-06-30', '2020-06-30', 'day')],
    ['Aug. 29', ANCHOR, span('2025-08-29', '2025-08-29', 'day')],
    ['29 July', ANCHOR, span('2025-07-29', '2025-07-29', 'day')],
    ['February 29', '2025-03-01', span('2024-02-29', '2024-02-29', 'day')],
    ['in August', ANCHOR, span('2025-08-01', '2025-08-31', 'month')],
    ['in September', ANCHOR, span('2024-09-01', '2024-09-30', 'month')],
    // test6 (noto-toll-48.md): "the powerful earthquake that struck the Noto Peninsula on New Year's Day".
    ["on New Year's Day", '2024-01-02', span('2024-01-01', '2024-01-01', 'day')],
    ['on Christmas Eve', '2024-01-02', span('2023-12-24', '2023-12-24', 'day')],
    ['Boxing Day', '2004-12-27', span('2004-12-26', '2004-12-26', 'day')],
  ] as const)('%s (anchor %s)', (text, anchor, expected) => {
    expect(resolveTime(text, anchor)).toEqual({ span: expected, implied: ['year'], relative: true, certain: true });
  });
});

describe('resolveTime: calendar words counted from the anchor (2025-08-29)', () => {
  it.each([
    ['last year', span('2024-01-01', '2024-12-31', 'year'), 'past'],
    ["last year's", span('2024-01-01', '2024-12-31', 'year'), 'past'],
    ['During last year\u2019s', span('2024-01-01', '2024-12-31', 'year'), 'past'],
    ['this year', span('2025-01-01', '2025-12-31', 'year'), undefined],
    ['next year', span('2026-01-01', '2026-12-31', 'year'), 'future'],
    ['this month', span('2025-08-01', '2025-08-31', 'month'), undefined],
    ['last month', span('2025-07-01', '2025-07-31', 'month'), 'past'],
    ['earlier this month', span('2025-08-01', '2025-08-29', 'month'), 'past'],
    ['earlier this year', span('2025-01-01', '2025-08-29', 'year'), 'past'],
    ['later this year', span('2025-08-29', '2025-12-31', 'year'), 'future'],
    // test12 (derna-who-count.txt): "in the" with earlier or later is "this".
    ['earlier in the week', span('2025-08-25', '2025-08-29', 'day'), 'past'],
    ['later in the month', span('2025-08-29', '2025-08-31', 'month'), 'future'],
    ['last week', span('2025-08-18', '2025-08-24', 'day'), 'past'],
    ['yesterday', span('2025-08-28', '2025-08-28', 'day'), 'past'],
    ['last July', span('2024-07-01', '2024-07-31', 'month'), 'past'],
    ['July last year', span('2024-07-01', '2024-07-31', 'month'), 'past'],
    ['in July last year', span('2024-07-01', '2024-07-31', 'month'), 'past'],
    ['In April this year', span('2025-04-01', '2025-04-30', 'month'), undefined],
    ['this past July', span('2025-07-01', '2025-07-31', 'month'), 'past'],
  ] as const)('%s', (text, expected, direction) => {
    expect(resolveTime(text, ANCHOR)).toEqual({
      span: expected, implied: [], relative: true, certain: true, ...(direction ? { direction } : {}),
    });
  });

  it.each([
    ['late last year', span('2024-09-01', '2024-12-31', 'month'), 'past'],
    ['early this month', span('2025-08-01', '2025-08-10', 'day'), undefined],
    ['20 years ago', span('2005-01-01', '2005-12-31', 'year'), 'past'],
    ['a year ago', span('2024-01-01', '2024-12-31', 'year'), 'past'],
    ['more than two decades ago', span('1995-01-01', '2005-08-29', 'year'), 'past'],
    ['about 20 years ago', span('2003-01-01', '2007-12-31', 'year'), 'past'],
    ['Over the past decade', span('2015-08-29', '2025-08-29', 'year'), 'past'],
    ['Over the decade', span('2015-08-29', '2025-08-29', 'year'), 'past'],
    ['Over the past year', span('2024-08-29', '2025-08-29', 'year'), 'past'],
    ['in the past more than 20 years', span('1995-08-29', '2025-08-29', 'year'), 'past'],
    ['In recent years', span('2020-08-29', '2025-08-29', 'year'), 'past'],
    ['In the coming days', span('2025-08-29', '2025-09-12', 'day'), 'future'],
    ['the next two years', span('2025-08-29', '2027-08-29', 'year'), 'future'],
  ] as const)('%s is a convention, so uncertain', (text, expected, direction) => {
    expect(resolveTime(text, ANCHOR)).toEqual({
      span: expected, implied: [], relative: true, certain: false, ...(direction ? { direction } : {}),
    });
  });

  it.each([['For years'], ['for decades'], ['Over the years']])('%s is recognised but names no interval', (text) => {
    expect(resolveTime(text, ANCHOR)).toEqual({ implied: [], relative: true, certain: false, direction: 'past' });
  });
});

describe('resolveTime: an undated source keeps relative words without a span', () => {
  it.each([
    ['earlier this month', [], 'past'],
    ['July last year', [], 'past'],
    ['last year', [], 'past'],
    ['In June', ['year'], undefined],
    ['In the coming days', [], 'future'],
    ['since 2023', [], 'past'],
  ] as const)('%s', (text, implied, direction) => {
    const resolved = resolveTime(text, undefined);
    expect(resolved).toMatchObject({ relative: true, implied });
    expect(resolved?.span).toBeUndefined();
    expect(resolved?.direction).toBe(direction);
  });
});

describe('weekdays (anchor Tuesday 2024-07-09)', () => {
  it.each([
    ['on Tuesday', '2024-07-09'],
    ['on Monday', '2024-07-08'],
    ['on Wednesday', '2024-07-03'],
    ['last Tuesday', '2024-07-02'],
    ['next Tuesday', '2024-07-16'],
  ])('%s → %s', (text, day) => {
    expect(resolveTime(text, '2024-07-09')?.span).toEqual({ start: day, end: day, precision: 'day' });
  });

  it('finds "on Tuesday" in a sentence but not a bare weekday', () => {
    expect(findTimeExpressions('Leaders open a three-day summit in Washington on Tuesday.').map((m) => m.text)).toEqual(['on Tuesday']);
    expect(findTimeExpressions('Tuesday was quiet.')).toEqual([]);
  });

  it('finds a weekday after "by" and as a possessive, never a bare one', () => {
    const sentence = "The Pragyan rover, which rolled down a ramp from the Vikram lander hours after Wednesday's touchdown, had travelled about 8 metres by Friday, ISRO said.";
    expect(findTimeExpressions(sentence).map((m) => m.text)).toEqual(['Wednesday', 'Friday']);
    expect(findTimeExpressions('Friday prayers were held in the square.')).toEqual([]);
    expect(findTimeExpressions('Until Saturday the grouping had 20 members, 19 countries plus the European Union.').map((m) => m.text)).toEqual(['Saturday']);
    expect(resolveTime('Friday', '2023-08-26')?.span).toEqual({ start: '2023-08-25', end: '2023-08-25', precision: 'day' });
  });
});
