import { describe, expect, it } from 'vitest';
import { claimsFrom } from '../support/sources.js';

const ORG = 'The Shanghai Cooperation Organization (SCO) has grown.\n\n';
const founded = (text: string, published: string) =>
  claimsFrom(ORG + text, published, 'generic.founding').map((c) => [c.subject.text, c.value.type === 'date' ? c.value.span.start.slice(0, 4) : '']);

describe('founding extractor', () => {
  it.each<[string, string, string[][]]>([
    ['Since its founding in 2001, the group has maintained safeguarding regional security as a mainstay of collaboration.', '2025-08-29', [['SCO', '2001']]],
    ['The SCO, which marks its 20th founding anniversary on June 15, has grown into a major force.', '2021-06-15', [['SCO', '2001']]],
    ['This year marks the 80th anniversary of the Victory in the World Anti-Fascist War.', '2025-08-29', [['World Anti-Fascist War', '1945']]],
    ['In 2015, when the 70th anniversary of the end of the World Anti-Fascist War was marked, leaders met.', '2025-08-29', [['World Anti-Fascist War', '1945']]],
    ['This year marks the 10th anniversary of the Belt and Road Initiative (BRI).', '2023-07-04', [['Belt and Road Initiative', '2013']]],
    ['The alliance, which was founded in the U.S. capital in 1949, meets on Tuesday.', '2024-07-09', [['SCO', '1949']]],
  ])('reads %j', (sentence, published, expected) => {
    expect(founded(sentence, published)).toEqual(expected);
  });

  it('reads nothing from an anniversary it cannot place in a year', () => {
    expect(claimsFrom(`${ORG}The 20th anniversary of the Example Treaty was marked.`, undefined, 'generic.founding')).toEqual([]);
  });
});
