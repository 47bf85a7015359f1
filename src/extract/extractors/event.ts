/**
 * Events with an ordinal, a place and a time: "the 22nd meeting of the Council of Heads of
 * State … in Madrid, June 29, 2022", "the Vilnius summit in 2023". Event words come from
 * the rule and the lexicon (`eventKinds`). A photo caption's date is the photo's, so an
 * event in a caption keeps only its year.
 */
import { parseOrdinal } from '../../normalize/numbers/index.js';
import type { Rule } from '../../rules/types.js';
import type { Claim, ClaimTime } from '../../types.js';
import { claimTime } from '../claim-time.js';
import { hasTrigger, type DocumentContext } from '../context.js';
import { makeClaim } from '../make-claim.js';
import { escape, keyOfWritten, organisationFor } from '../organisations.js';
import { hostPlace, placeAfter, placeBefore, placeEarlier, seriesBefore } from './event-place.js';
import type { Sentence } from '../sentences.js';

// "the first Argentine leader to skip the summit": an ordinal before "to", "who", "that" is another noun's.
const ORDINAL_BEFORE = /\b(?:the|its|their|his|her)\s+(\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)\b(?:\s+(?!(?:to|who|that|which|since|when)\b)[\w-]+){0,5}\s*$/i;
/** Words near the event's name that date one day of it: the opening, the close, or its length. */
const PHASES: Array<[string, RegExp]> = [
  ['start', /\b(?:opens?|opened|opening|begins?|began|starts?|started|kicks? off|kicked off)\b/i],
  ['end', /\b(?:ends?|ended|closes?|closed|closing|concludes?|concluded|wraps? up|wrapped up)\b/i],
  ['span', /\b(?:two|three|four|five|\d)-day\b/i],
];
/** ", which will be held … on September 9-10": a clause after the event word that says when it is. */
const DESCRIBED_AFTER = /^,?\s+(?:which|that)\s+(?:(?:will|is|was|has been|is to|is due to)\s+)?(?:be\s+)?(?:held|opened|opens|open|began|begins|begin|starts?|started|took place|takes place|convened|convenes|ran|runs)\b/i;
// "their first in-person summit in three years", "the first summit since the pandemic", "the first leaders' meeting for the forum's
// new secretary-general": the first in a while or for someone, no place in the series.
const NOT_SERIES = /^\s+(?:(?:hosted|held|attended|chaired|organized|organised)\s+by|in\s+(?:\w+\s+)?(?:years?|decades?|months?)|since|for\s+(?:the|its|his|her|their|a|an)\b)\b/i;

export function extractEvents(ctx: DocumentContext, rule: Rule): Claim[] {
  const kinds = mergeKinds(rule.extract?.kinds ?? {}, ctx.rules.lexicon.eventKinds);
  const claims: Claim[] = [];
  // The words of every organisation name, which are never places.
  const orgWords = ctx.organisations.words;
  for (const [kind, words] of Object.entries(kinds)) {
    const pattern = new RegExp(`\\b(${[...words].sort((a, b) => b.length - a.length).map(escape).join('|')})\\b`, 'gi');
    const triggers = [...(rule.extract?.triggers ?? []), ...words.map((w) => w.toLowerCase().split(' ')[0] ?? '')];
    for (const sentence of ctx.sentences) {
      if (!hasTrigger(sentence, triggers)) continue;
      for (const match of sentence.text.matchAll(pattern)) {
        const at = match.index ?? 0;
        const end = at + match[0].length;
        const before = sentence.text.slice(Math.max(0, at - 80), at);
        const after = sentence.text.slice(end);
        const ordinalText = NOT_SERIES.test(after) ? undefined : ORDINAL_BEFORE.exec(before)?.[1];
        const ordinal = ordinalText ? parseOrdinal(ordinalText) : undefined;
        const series = seriesBefore(before);
        // "in the Rwandan capital": the city, unnamed here, is the one this source names for the event elsewhere.
        const place = hostPlace(before) ?? (series ? undefined : placeBefore(before, orgWords)) ?? placeAfter(after, orgWords) ?? placeEarlier(before, orgWords) ?? (inUnnamedCapital(after) ? UNNAMED : undefined);
        if (ordinal === undefined && place === undefined) continue;
        let time = claimTime(ctx.source, sentence.text, describedAfter(after) ? { near: end, after: end } : { near: end });
        if (time.basis === 'publication' || time.basis === 'none') time = timeReferredTo(ctx, sentence) ?? { implied: ['date'], basis: 'none', certain: false };
        if (sentence.zone === 'caption') time = yearOnly(time);
        const owner = series ?? ownerNamedBefore(ctx, sentence, before, at) ?? organisationFor(ctx.organisations, sentence.start, sentence.end, sentence.text);
        if (!owner) continue;
        claims.push(
          makeClaim(ctx, rule.id, sentence, {
            subject: { key: `event:${owner}:${kind}`, text: `${owner} ${kind}` },
            property: rule.extract?.property ?? 'event',
            value: place ? { type: 'place', text: place } : { type: 'ordinal', n: ordinal ?? 0 },
            display: sentence.text.slice(Math.max(0, at - (before.length - (before.search(/\S+(\s+\S+){0,3}\s*$/) ?? 0))), end).replace(/^[^\p{L}\p{N}]+/u, '').trim(),
            time,
            qualifiers: { kind, ...(place ? { place } : {}), ...(ordinal !== undefined ? { ordinal } : {}), ...phaseOf(sentence.text.slice(Math.max(0, at - 40), end + 40)) },
            at,
          }),
        );
      }
    }
  }
  return withCapitalsNamed(claims);
}

/** A place the source names elsewhere: "the Rwandan capital", "Rwanda's capital". */
const UNNAMED = '\u0000capital';

function inUnnamedCapital(after: string): boolean {
  return /^[^,.;]{0,60}?\bin\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:['’]s)?\s+capital\b(?!\s+\p{Lu})/u.test(after);
}

/**
 * An event "in the Rwandan capital" takes the one place the source names for the same event
 * elsewhere ("the Kigali summit"); with none, or several, it is dropped.
 */
function withCapitalsNamed(claims: Claim[]): Claim[] {
  if (!claims.some((c) => c.qualifiers.place === UNNAMED)) return claims;
  return claims.flatMap((claim) => {
    if (claim.qualifiers.place !== UNNAMED) return [claim];
    const places = new Set(claims.filter((c) => c.subject.key === claim.subject.key && typeof c.qualifiers.place === 'string' && c.qualifiers.place !== UNNAMED).map((c) => c.qualifiers.place as string));
    if (places.size !== 1) return [];
    const [place] = places as Set<string>;
    return [{ ...claim, value: { type: 'place' as const, text: place! }, qualifiers: { ...claim.qualifiers, place: place! } }];
  });
}

/** "the G20 summit", "the G20 leaders' summit": a name written like an acronym right before the event word. */
const ACRONYM_BEFORE = /\b([A-Z][A-Z\d]+|[A-Z]\d+)(?:['’]s)?(?:\s+[a-z]+['’]?)?\s+$/;

/**
 * The organisation whose event it is: an acronym right before the event word, else the
 * organisation named last before it in the sentence ("admitted to the Group of 20 on Saturday,
 * minutes after Modi opened the leaders' summit" is the Group of 20's summit).
 */
function ownerNamedBefore(ctx: DocumentContext, sentence: Sentence, before: string, at: number): string | undefined {
  const acronym = ACRONYM_BEFORE.exec(before)?.[1];
  if (acronym) return keyOfWritten(ctx.organisations, ctx.source.text, acronym) ?? acronym;
  return ctx.organisations.mentions.filter((m) => m.offset >= sentence.start && m.offset < sentence.start + at).at(-1)?.key;
}

/**
 * "East African leaders on Friday voted to let Somalia in. The decision came at the 23rd Ordinary
 * Summit": a sentence that opens by referring back to what the one before told takes that one's
 * time, when it has none of its own.
 */
const REFERS_BACK = /^(?:The|This|That|Their|Its)\s+(?:decision|vote|votes|move|announcement|agreement|approval|admission|ruling|step|pledge|deal)\s+(?:came|was\s+(?:taken|made|announced|reached|adopted|agreed))\b/;

function timeReferredTo(ctx: DocumentContext, sentence: Sentence): ClaimTime | undefined {
  const previous = ctx.sentences[sentence.index - 1];
  if (!previous || !REFERS_BACK.test(sentence.text.trimStart())) return undefined;
  const time = claimTime(ctx.source, previous.text);
  return time.basis === 'relative' || time.basis === 'written' ? time : undefined;
}

/** Whether the words after the event word describe its time; then only an expression after it can date it. */
function describedAfter(after: string): boolean {
  return DESCRIBED_AFTER.test(after);
}

function phaseOf(text: string): { phase?: string } {
  const phase = PHASES.find(([, pattern]) => pattern.test(text))?.[0];
  return phase ? { phase } : {};
}

function mergeKinds(a: Record<string, string[]>, b: Record<string, string[]>): Record<string, string[]> {
  const out: Record<string, string[]> = { ...a };
  for (const [kind, words] of Object.entries(b)) out[kind] = [...(out[kind] ?? []), ...words];
  return out;
}

function yearOnly(time: ClaimTime): ClaimTime {
  if (!time.span || time.span.precision === 'year') return time;
  const year = time.span.start.slice(0, 4);
  return { ...time, span: { start: `${year}-01-01`, end: `${year}-12-31`, precision: 'year' }, implied: [...time.implied, 'photo-date'] };
}
