/**
 * Incidents that happen in a place on a day, with no organisation behind them: "A powerful
 * earthquake struck Morocco's High Atlas mountains late on Friday", "the death toll from Friday
 * night's earthquake in Morocco". A mention is kept only with both a place and a time; the
 * same-event check then links mentions of one kind in one place a few days apart, and reports
 * different days (a quake dated by its local day in one source and by Asia's in another).
 * Kind words and the verbs of striking come from the rule.
 */
import { resolveTime } from '../../normalize/time/index.js';
import type { Rule } from '../../rules/types.js';
import type { Claim, ClaimTime } from '../../types.js';
import { claimTime } from '../claim-time.js';
import { hasTrigger, type DocumentContext } from '../context.js';
import { makeClaim } from '../make-claim.js';
import { escape } from '../organisations.js';
import { placeAfter, placeBefore } from './event-place.js';

const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
/** "Friday night's earthquake", "last Friday's deadly quake": a weekday owning the incident. */
const WEEKDAY_BEFORE = new RegExp(`\\b(?:(last|this)\\s+)?(${WEEKDAY})(?:\\s+(?:night|morning|evening|afternoon))?['’]s\\s+(?:[\\w.-]+\\s+){0,3}$`);

export function extractIncidents(ctx: DocumentContext, rule: Rule): Claim[] {
  const kinds = rule.extract?.kinds ?? {};
  const verbs = rule.extract?.incidentVerbs ?? [];
  if (verbs.length === 0) return [];
  // "A massive landslide on Thursday buried …": a few words may stand between the incident and its verb.
  const verb = new RegExp(`^[^,.;:]{0,30}?\\b(?:${verbs.map(escape).join('|')})\\s+`, 'i');
  const orgWords = ctx.organisations.words;
  const claims: Claim[] = [];
  for (const [kind, words] of Object.entries(kinds)) {
    const pattern = new RegExp(`\\b(${[...words].sort((a, b) => b.length - a.length).map(escape).join('|')})\\b`, 'g');
    for (const sentence of ctx.sentences) {
      // A caption's date is the photo's, not the incident's.
      if (sentence.zone === 'caption' || !hasTrigger(sentence, words)) continue;
      for (const match of sentence.text.matchAll(pattern)) {
        const at = match.index ?? 0;
        const end = at + match[0].length;
        const before = sentence.text.slice(Math.max(0, at - 80), at);
        const after = sentence.text.slice(end);
        const struck = verb.exec(after);
        const places = [...new Set([...(struck ? placesStruck(after.slice(struck[0].length), orgWords) : []), placeAfter(after, orgWords), placeBefore(before, orgWords)].filter((p): p is string => p !== undefined))];
        const place = places[0];
        if (!place) continue;
        const time = weekdayBefore(before, ctx.source.published) ?? (struck ? writtenTime(claimTime(ctx.source, sentence.text, { near: end, sameClause: true })) : undefined);
        if (!time) continue;
        claims.push(
          makeClaim(ctx, rule.id, sentence, {
            subject: { key: `incident:${kind}`, text: `${kind} in ${place}` },
            property: rule.extract?.property ?? 'event',
            value: { type: 'place', text: place },
            display: displayOf(sentence.text, at, end, place),
            time,
            qualifiers: { kind, place, places },
            at,
          }),
        );
      }
    }
  }
  return claims;
}

/**
 * The places in the clause after a verb of striking, widest first as written: "Morocco's High Atlas
 * mountains" → Morocco, High Atlas; "a village in Papua New Guinea's remote Enga province" → Papua
 * New Guinea, Enga. Lower-case words between are skipped; the clause ends at a comma or stop.
 */
function placesStruck(text: string, orgWords: DocumentContext['organisations']['words']): string[] {
  const clause = /^[^,;.]*/.exec(text)?.[0] ?? '';
  const places: string[] = [];
  let place: string[] = [];
  const close = () => {
    if (place.length > 0) places.push(place.join(' '));
    place = [];
  };
  for (const raw of clause.split(/\s+/).slice(0, 14)) {
    const word = raw.replace(/[’']s$/, '');
    if (/^\p{Lu}[\p{L}-]*$/u.test(word) && !orgWords.has(word) && !new RegExp(`^(?:${WEEKDAY}|[A-Z][a-z]+day)$`).test(word)) place.push(word);
    else close();
    if (word !== raw) close();
  }
  close();
  return places;
}

/** The words from the incident to its place, whichever comes first: "earthquake struck central Morocco", "Morocco earthquake". */
function displayOf(text: string, at: number, end: number, place: string): string {
  const after = text.indexOf(place, end);
  const before = text.lastIndexOf(place, at);
  if (after >= 0 && after - end < 80) return text.slice(at, after + place.length);
  if (before >= 0 && at - before < 80) return text.slice(before, end);
  return text.slice(at, end);
}

/** "Friday night's earthquake" in a source published on a Sunday: the Friday before. */
function weekdayBefore(before: string, anchor: string | undefined): ClaimTime | undefined {
  const found = WEEKDAY_BEFORE.exec(before);
  if (!found || !anchor) return undefined;
  const text = `${found[1] === 'this' ? 'this' : found[1] === 'last' ? 'last' : 'on'} ${found[2]}`;
  const resolved = resolveTime(text, anchor);
  if (!resolved?.span) return undefined;
  return { span: resolved.span, text: found[0].trim(), anchor, implied: resolved.implied, basis: 'relative', certain: resolved.certain };
}

/** Only a time written in the sentence dates an incident; the publication day does not. */
function writtenTime(time: ClaimTime): ClaimTime | undefined {
  return time.basis === 'relative' || time.basis === 'written' ? time : undefined;
}
