/**
 * list-count: a count against the list that follows it in the same sentence ("six founding
 * members — Denmark, Norway, Sweden, Finland and Iceland"). When the number of names
 * listed is not the count, the source disagrees with itself: an internal conflict. Each claim is
 * checked alone; its names are the `listed` qualifier the listed-count extractor writes. An
 * approximate count ("about six") claims no exact length and is left alone.
 */
import type { Claim } from '../../types.js';
import { fileOf } from '../describe.js';
import type { Check, Draft } from '../types.js';

export const listCount: Check = (group, options) =>
  group.flatMap((claim): Draft[] => {
    const listed = claim.qualifiers.listed;
    if (!Array.isArray(listed) || claim.value.type !== 'count' || claim.value.approx) return [];
    const n = claim.value.n;
    // `tolerance`: the share of the larger figure that may differ (0.2: one name in six missing).
    if (Math.abs(n - listed.length) <= (options.tolerance ?? 0) * Math.max(n, listed.length)) return [];
    const written = typeof claim.qualifiers.list === 'string' ? claim.qualifiers.list : listed.join(', ');
    // The list as a second side of the same sentence, so the report shows both.
    const asListed: Claim = { ...claim, value: { type: 'count', n: listed.length }, display: written };
    return [
      {
        kind: 'conflict',
        outcome: 'conflict',
        confidence: 0.7,
        subject: claim.subject.text,
        property: claim.property,
        message: `${claim.property} of ${claim.subject.text}: "${claim.display}" but ${listed.length} listed ("${written}") in ${fileOf(claim)}`,
        linkedBy: ['same sentence: a count and the list that follows it'],
        claims: [claim, asListed],
      },
    ];
  });
