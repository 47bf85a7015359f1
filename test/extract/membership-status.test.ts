import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/extract/index.js';
import type { RuleSet } from '../../src/rules/types.js';
import { claimsFrom, projectRules, sourceFrom } from '../support/sources.js';

const ORG = 'The Shanghai Cooperation Organization (SCO) met. ';
/** `[subject key, status]` for every membership-status claim of the text. */
const statuses = (text: string, published = '2025-08-29') =>
  claimsFrom(ORG + text, published, 'generic.membership-status').map((c) => [c.subject.key, c.value.type === 'name' ? c.value.text : '']);

describe('membership-status extractor', () => {
  it.each([
    // Seed corpus (001, 002, 004).
    ['This year, Xi Jinping has already made three trips abroad, two of them to SCO member states: Russia and Kazakhstan.', [['status:SCO:Russia', 'member'], ['status:SCO:Kazakhstan', 'member']]],
    [
      'In his interactions with leaders of Kyrgyzstan and Uzbekistan, both SCO members, he repeatedly called for a joint drive to restart this transformative railway project.',
      [['status:SCO:Kyrgyzstan', 'member'], ['status:SCO:Uzbekistan', 'member']],
    ],
    ['As a founding member, China always views the SCO as a high priority in its diplomacy.', [['status:SCO:China', 'member']]],
    // Dev corpus (asean-summit-kl-vna.html), with its organisation named.
    ['In 2022, the SCO granted Timor-Leste observer status, allowing it to take part in all meetings, including the summits.', [['status:SCO:Timor-Leste', 'observer']]],
    // Made up.
    ['Iran, an observer state of the SCO, sent its foreign minister.', [['status:SCO:Iran', 'observer']]],
    ['The talks were joined by observer states Afghanistan, Belarus and Mongolia.', [['status:SCO:Afghanistan', 'observer'], ['status:SCO:Belarus', 'observer'], ['status:SCO:Mongolia', 'observer']]],
    ['Leaders of member states such as India and Pakistan arrived on Monday.', [['status:SCO:India', 'member'], ['status:SCO:Pakistan', 'member']]],
    ['Turkey, a dialogue partner, sent a deputy minister.', [['status:SCO:Turkey', 'partner']]],
    ['Iran is an observer of the SCO.', [['status:SCO:Iran', 'observer']]],
    ['Mongolia and Afghanistan are observers.', [['status:SCO:Mongolia', 'observer'], ['status:SCO:Afghanistan', 'observer']]],
  ])('reads %j', (sentence, expected) => {
    expect(statuses(sentence)).toEqual(expected);
  });

  it.each([
    ['a negated status', 'Iran is not a member of the SCO.'],
    ['a former status', 'Belarus, a former observer, joined in July.'],
    ['a status that ended', 'Iran, an observer until 2023, joined in July.'],
    ['membership of something that is no organisation', 'Ivan Petrov, a member of parliament, spoke first.'],
    ['a person called an observer', 'Political observer John Smith said the SCO is growing.'],
    ['a noun phrase before the comma, not a name in apposition', 'In the Qingdao Declaration, the SCO members made "building a community with a shared future for humanity" a common concept.'],
    ['status words with no name', 'The SCO member states enjoy geographical proximity and cultural affinity.'],
    ['a list of kinds, not of names', "According to official data, China's trade with SCO member states, observer states and dialogue partners reached a record US$890 billion in 2024."],
    ['a part of the group', 'Six of the 27 member states, the Czech Republic, Denmark and Sweden, still use their own currencies.'],
    ['a date after the status words', 'The member states Monday agreed on a budget.'],
    ['a "non-member"', 'The SCO invited non-member states Qatar and Egypt.'],
  ])('stays quiet on %s', (_name, sentence) => {
    expect(statuses(sentence)).toEqual([]);
  });

  it('dates a present status by the publication day and a past one by its sentence', () => {
    const [present] = claimsFrom(`${ORG}Iran, an observer state of the SCO, sends a delegation.`, '2025-08-29', 'generic.membership-status');
    const [past] = claimsFrom(`${ORG}In 2022, the SCO granted Timor-Leste observer status.`, '2025-08-29', 'generic.membership-status');
    expect(present?.time.span).toEqual({ start: '2025-08-29', end: '2025-08-29', precision: 'day' });
    expect(past?.time.span).toEqual({ start: '2022-01-01', end: '2022-12-31', precision: 'year' });
  });

  describe('the status words are rule data', () => {
    const withStatuses = (statuses: Record<string, string[]>): RuleSet => ({
      ...projectRules,
      rules: projectRules.rules.map((r) => (r.id === 'generic.membership-status' ? { ...r, extract: { ...r.extract!, statuses } } : r)),
    });
    const read = (rules: RuleSet) =>
      extractClaims(sourceFrom(`${ORG}Turkey, a dialogue partner, sent a deputy minister.`, '2025-08-29'), rules)
        .filter((c) => c.extractor === 'generic.membership-status')
        .map((c) => (c.value.type === 'name' ? c.value.text : ''));
    it.each<[string, Record<string, string[]>, string[]]>([
      ['with "dialogue partner" listed', { member: ['member'], partner: ['dialogue partner'] }, ['partner']],
      ['without it', { member: ['member'], observer: ['observer'] }, []],
      ['under another status name', { associate: ['dialogue partner'] }, ['associate']],
    ])('%s', (_name, statuses, expected) => expect(read(withStatuses(statuses))).toEqual(expected));
  });
});
