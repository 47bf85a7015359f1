/** Names the one voice that differs when the others agree, counting reprints of one story once. */
import type { Claim, OddOneOut } from '../../types.js';
import { valueText } from '../describe.js';

/** A source's voice: its reprint group's id, or the source itself. */
export type VoiceOf = (source: string) => string;

/** The least number of voices, the odd one included, before a majority means anything. */
const MIN_VOICES = 3;

function bySourceThenOffset(a: Claim, b: Claim): number {
  return a.source < b.source ? -1 : a.source > b.source ? 1 : a.evidence.offset - b.evidence.offset;
}

/**
 * With claims giving exactly two values, where one value comes from a single voice, the other from
 * every other voice (at least two), and three or more voices in all: the odd value and its sources.
 * Otherwise nothing: two voices are a disagreement, not a majority, and three values have no consensus.
 */
export function oddOneOut(claims: readonly Claim[], voiceOf: VoiceOf): OddOneOut | undefined {
  const voicesByValue = new Map<string, Set<string>>();
  for (const claim of claims) {
    const value = valueText(claim);
    voicesByValue.set(value, (voicesByValue.get(value) ?? new Set()).add(voiceOf(claim.source)));
  }
  if (voicesByValue.size !== 2) return undefined;
  const [first, second] = [...voicesByValue];
  const [odd, common] = first![1].size <= second![1].size ? [first!, second!] : [second!, first!];
  const [oddVoice] = odd[1];
  if (odd[1].size !== 1 || oddVoice === undefined || common[1].has(oddVoice)) return undefined;
  if (common[1].size + 1 < MIN_VOICES) return undefined;
  const given = claims.filter((claim) => valueText(claim) === odd[0]).sort(bySourceThenOffset);
  return { value: given[0]!.display, sources: [...new Set(given.map((claim) => claim.source))] };
}
