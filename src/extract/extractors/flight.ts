/**
 * Numbered flights of a named craft: "Europe's new Ariane 6 rocket made its first flight on
 * Tuesday", "the rocket's maiden flight on July 9, 2024", "Ariane 6 lifted off on its first flight
 * at 3:00 a.m. Beijing time on Wednesday". A flight is an event of its craft with an ordinal, so
 * the same-event check links the mentions of one flight and reports a flight given two days; the
 * first commercial flight is another series than the first flight. Only a craft the source names
 * beside one of the rule's vehicle nouns ("the Ariane 6 rocket", "heavy launcher Ariane 6") owns a
 * flight: "Air India's first flight to Sydney" names none. The nouns and words come from the rule.
 */
import type { Rule } from '../../rules/types.js';
import type { Claim } from '../../types.js';
import { claimTime } from '../claim-time.js';
import { hasTrigger, type DocumentContext } from '../context.js';
import { makeClaim } from '../make-claim.js';
import { escape } from '../organisations.js';
import { timeExpressionsIn } from '../time-expressions.js';

/** A craft's name: capitalised words, digits and hyphens ("Ariane 6", "Chandrayaan-3", "New Glenn"). */
const NAME = String.raw`[A-Z][\p{L}\d-]*(?:[ \t]+(?:[A-Z][\p{L}\d-]*|\d+[A-Za-z]?))*`;
const ORDINAL = String.raw`first|maiden|inaugural|debut|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,3}(?:st|nd|rd|th)`;
const ORDINALS: Record<string, number> = { first: 1, maiden: 1, inaugural: 1, debut: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10 };

export function extractFlights(ctx: DocumentContext, rule: Rule): Claim[] {
  const spec = rule.extract;
  const vehicles = spec?.vehicles ?? [];
  const flights = spec?.flights ?? [];
  if (vehicles.length === 0 || flights.length === 0) return [];
  const crafts = craftsNamed(ctx.source.text, vehicles);
  if (crafts.length === 0) return [];
  const vehicle = `(?:${vehicles.map(escape).join('|')})`;
  const series = (spec?.series ?? []).map(escape).join('|');
  const flight = new RegExp(`\\b(${ORDINAL})\\s+(?:(${series || '(?!)'})\\s+)?(?:test\\s+)?(?:${flights.map(escape).join('|')})\\b`, 'giu');
  const claims: Claim[] = [];
  let last: string | undefined;
  for (const sentence of ctx.sentences) {
    const named = crafts.filter((c) => sentence.text.includes(c));
    if (!hasTrigger(sentence, flights)) {
      last = named.at(-1) ?? last;
      continue;
    }
    for (const match of sentence.text.matchAll(flight)) {
      const at = match.index ?? 0;
      const end = at + match[0].length;
      const craft = ownerOf(sentence.text.slice(0, at), sentence.text.slice(end), crafts, vehicle) ?? named[0] ?? last;
      const n = ordinalOf(match[1] ?? '');
      if (!craft || n === undefined) continue;
      // The flight's own time follows it in its clause ("made its first flight on Tuesday"); the
      // publication day never dates one ("eight months after a maiden flight", in a piece of March).
      const when = timeAfter(sentence.text, end);
      if (when === undefined) continue;
      const time = claimTime(ctx.source, sentence.text, { near: when, sameClause: true });
      if (!time.span || time.basis === 'publication' || time.basis === 'none') continue;
      const kind = (match[2] ?? '').toLowerCase();
      const subject = kind ? `${craft} ${kind} flights` : `${craft} flights`;
      claims.push(
        makeClaim(ctx, rule.id, sentence, {
          subject: { key: `flight:${craftKey(craft)}${kind ? `:${kind}` : ''}`, text: subject },
          property: spec?.property ?? 'event',
          value: { type: 'ordinal', n },
          display: sentence.text.slice(at, end),
          time,
          qualifiers: { kind: 'flight', ordinal: n },
          at,
        }),
      );
    }
    last = named.at(-1) ?? last;
  }
  return claims;
}

/**
 * Crafts the source names beside a vehicle noun: "the Ariane 6 rocket", "heavy launcher Ariane 6",
 * "Ariane 6, the new rocket". Longest first, so "Ariane 6" is not read as "Ariane".
 */
export function craftsNamed(text: string, vehicles: string[]): string[] {
  const vehicle = `(?:${vehicles.map(escape).join('|')})`;
  const found = new Set<string>();
  // "A NASA spacecraft": a name after "a" tells whose craft it is, not its name,
  // wherever else the source writes it ("NASA spacecraft hits asteroid" in a headline).
  const owners = new Set<string>();
  for (const m of text.matchAll(new RegExp(`(?<![\\p{L}\\d-])(?:(\\b[Aa]n?)[ \\t]+)?(${NAME})[ \\t]+${vehicle}\\b`, 'gu'))) {
    const name = trimName(m[2] ?? '');
    if (m[1] !== undefined || /^An?[ \t]/.test(m[2] ?? '')) owners.add(name);
    else found.add(name);
  }
  for (const m of text.matchAll(new RegExp(`\\b${vehicle}[ \\t]+(${NAME})`, 'gu'))) found.add(trimName(m[1] ?? ''));
  // "an Italian satellite": a people's or a place's adjective is no name.
  return [...found]
    .filter((name) => /\p{Lu}/u.test(name) && !owners.has(name) && !/^(?:The|A|An|Its|This|That)$/.test(name) && !/^\p{Lu}\p{Ll}+(?:an|ese|ish|ian)$/u.test(name))
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
}

/**
 * A craft's key: its name folded, or the initials of a name of three or more capitalised words, as
 * other sources write it ("Double Asteroid Redirection Test" → dart).
 */
export function craftKey(craft: string): string {
  const words = craft.split(/[\s-]+/).filter((w) => !/^(?:of|for|the|and|on)$/i.test(w));
  if (words.length >= 3 && words.every((w) => /^\p{Lu}\p{Ll}/u.test(w))) return words.map((w) => w[0]!.toLowerCase()).join('');
  return craft.toLowerCase().replace(/[\s-]+/g, ' ');
}

/** "Europe's new Ariane 6": a possessive and lower-case words before the name are no part of it; nor is a leading article. */
function trimName(name: string): string {
  return name.replace(/^(?:The|A|An|Its|Europe's|[A-Z][\p{L}]*['’]s)\s+/u, '').trim();
}

/** Where the first time expression after `end` starts, if nothing ends the clause before it (a comma, "but", "and"). */
function timeAfter(text: string, end: number): number | undefined {
  const next = timeExpressionsIn(text).find((t) => t.index >= end);
  if (!next || /[,;()]|:(?!\d)|\b(?:but|and|while|after|before|since)\b/.test(text.slice(end, next.index))) return undefined;
  return next.index;
}

/** The craft a flight belongs to: "Ariane 6's first flight", "the maiden flight of Ariane 6", "X rocket made its first flight". */
function ownerOf(before: string, after: string, crafts: string[], vehicle: string): string | undefined {
  const possessive = new RegExp(`(${crafts.map(escape).join('|')})(?:[ \\t]+${vehicle})?['’]s\\s+(?:\\w+\\s+)?$`, 'u').exec(before);
  if (possessive) return possessive[1];
  const of = new RegExp(`^\\s+of\\s+(?:the\\s+)?(${crafts.map(escape).join('|')})\\b`, 'u').exec(after);
  if (of) return of[1];
  return undefined;
}

function ordinalOf(word: string): number | undefined {
  const lower = word.toLowerCase();
  const digits = /^(\d{1,3})(?:st|nd|rd|th)$/.exec(lower);
  return digits ? Number(digits[1]) : ORDINALS[lower];
}
