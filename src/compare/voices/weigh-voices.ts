/**
 * Counts reprints and translations of one story as one voice when a finding is stamped: names the
 * odd one out where the other voices agree, and marks a finding whose sides all come from one story.
 */
import type { OddOneOut, SameStoryLink, Voice } from '../../types.js';
import type { Draft } from '../types.js';
import { oddOneOut } from './odd-one-out.js';

/** A finding whose sides all retell one story is this much less likely to be a real disagreement. */
export const ONE_STORY_CONFIDENCE = 0.5;

/** Outcomes whose values are meant to hold at one time; a change over time has no odd one out. */
const SAME_TIME = new Set<Draft['outcome']>(['conflict', 'unresolved', 'name-variant', 'quote-variant']);

const MEASURE: Record<SameStoryLink['relation'], string> = {
  reprint: 'reprints of one text, sharing {p} of their 5-word runs',
  translation: 'translations of one text, sharing {p} of their content-word pairs',
};

export interface Weighed {
  message: string;
  confidence: number;
  explanation?: string;
  oddOneOut?: OddOneOut;
}

const fileName = (source: string): string => source.split('/').at(-1) ?? source;

/**
 * `000_….txt and 001_….txt are translations of one text, sharing 35% of their content-word pairs: a
 * translation difference within one story, not independent sources disagreeing.`
 */
function oneStoryNote(sources: readonly string[], voices: ReadonlyMap<string, Voice>): string {
  const links = sources.flatMap((source) =>
    (voices.get(source)?.sameStoryAs ?? [])
      .filter((link) => link.source > source && sources.includes(link.source))
      .map((link) => ({ source, link })),
  );
  const said = links.map(({ source, link }) =>
    `${fileName(source)} and ${fileName(link.source)} are ${MEASURE[link.relation].replace('{p}', `${Math.round(link.overlap * 100)}%`)}`,
  );
  const translated = links.some(({ link }) => link.relation === 'translation');
  const what = said.length > 0 ? said.join('; ') : `${sources.map(fileName).join(', ')} retell one story`;
  return `${what}: ${translated ? 'a translation' : 'an editing'} difference within one story, not independent sources disagreeing.`;
}

/** The message, confidence, explanation and odd one out of a draft, weighed by voices instead of sources. */
export function weighVoices(draft: Draft, voices: ReadonlyMap<string, Voice>): Weighed {
  const voiceOf = (source: string): string => voices.get(source)?.id ?? source;
  const odd = SAME_TIME.has(draft.outcome) ? oddOneOut(draft.claims, voiceOf) : undefined;
  const weighed: Weighed = {
    message: odd ? `${draft.message} — odd one out: ${odd.value} in ${odd.sources.map(fileName).join(', ')}` : draft.message,
    confidence: draft.confidence,
    ...(draft.explanation ? { explanation: draft.explanation } : {}),
    ...(odd ? { oddOneOut: odd } : {}),
  };
  const sources = [...new Set(draft.claims.map((claim) => claim.source))].sort();
  if (sources.length < 2 || new Set(sources.map(voiceOf)).size > 1) return weighed;
  const note = oneStoryNote(sources, voices);
  return {
    ...weighed,
    confidence: draft.confidence * ONE_STORY_CONFIDENCE,
    explanation: draft.explanation ? `${draft.explanation} ${note}` : note,
  };
}
