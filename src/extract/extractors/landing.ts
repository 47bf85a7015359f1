/**
 * A craft's landing, dated in its clause: "Intuitive Machines' Odysseus lander touched down near
 * the moon's south pole at 6:23 p.m. EST on Thursday", "On Friday, February 23, at 06:23 WIB,
 * Intuitive Machines' Nova-C lander Odysseus touched down on the Moon". A lander lands once, so
 * two days for its landing are a conflict (the same-event check, through the flight rule). Only a
 * craft the source names beside one of the rule's `landers` ("the Odysseus lander") is read: a
 * booster or a rocket lands on every flight, and "the plane landed" names no craft.
 */
import type { Rule } from '../../rules/types.js';
import type { Claim } from '../../types.js';
import { claimTime } from '../claim-time.js';
import { hasTrigger, type DocumentContext } from '../context.js';
import { makeClaim } from '../make-claim.js';
import { escape } from '../organisations.js';
import { craftsNamed } from './flight.js';

/** How far before its verb a craft's name may stand: "Odysseus, the first private lander, touched down". */
const REACH = 80;

export function extractLandings(ctx: DocumentContext, rule: Rule): Claim[] {
  const verbs = rule.extract?.landings ?? [];
  const landers = rule.extract?.landers ?? [];
  if (verbs.length === 0 || landers.length === 0) return [];
  const crafts = craftsNamed(ctx.source.text, landers);
  if (crafts.length === 0) return [];
  const triggers = [...new Set(verbs.map((v) => v.split(/\s+/)[0]!.toLowerCase()))];
  const verb = new RegExp(`\\b(?:${verbs.map(escape).join('|')})\\b`, 'gi');
  const claims: Claim[] = [];
  for (const sentence of ctx.sentences) {
    if (!hasTrigger(sentence, triggers)) continue;
    for (const match of sentence.text.matchAll(verb)) {
      const at = match.index ?? 0;
      const craft = craftBefore(sentence.text.slice(Math.max(0, at - REACH), at), crafts);
      if (!craft) continue;
      // The landing's own day, in its clause: the publication day never dates one.
      const time = claimTime(ctx.source, sentence.text, { near: at, sameClause: true });
      if (!time.span || time.basis === 'publication' || time.basis === 'none' || time.span.precision !== 'day') continue;
      claims.push(
        makeClaim(ctx, rule.id, sentence, {
          subject: { key: `landing:${craft.toLowerCase().replace(/[\s-]+/g, ' ')}`, text: `${craft} landing` },
          property: rule.extract?.property ?? 'event',
          value: { type: 'ordinal', n: 1 },
          display: `${craft} ${match[0]}`,
          time,
          qualifiers: { kind: 'landing', ordinal: 1 },
          at,
        }),
      );
      break;
    }
  }
  return claims;
}

/** The craft named last before a landing verb, in its clause ("lander Odysseus touched down" → Odysseus). */
function craftBefore(before: string, crafts: string[]): string | undefined {
  let best: { craft: string; end: number } | undefined;
  for (const craft of crafts) {
    const end = before.lastIndexOf(craft);
    if (end < 0) continue;
    const stop = end + craft.length;
    // A sentence break or a clause of its own between them: "…, while the rover landed".
    if (/[;.]|\b(?:while|after|before|when|as)\b/.test(before.slice(stop))) continue;
    if (!best || stop > best.end) best = { craft, end: stop };
  }
  return best?.craft;
}
