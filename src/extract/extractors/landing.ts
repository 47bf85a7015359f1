/**
 * What a craft does once, dated in its clause: its landing ("Intuitive Machines' Odysseus lander
 * touched down near the moon's south pole at 6:23 p.m. EST on Thursday"), its launch ("The $330
 * million spacecraft was launched on Nov. 23, 2021"), its impact ("The DART spacecraft struck
 * Dimorphos … on Monday"). A lander lands once and a probe is launched once, so two days for one of
 * these are a conflict (the same-event check, through the flight rule). Only a craft the source
 * names beside one of the rule's `landers` ("the Odysseus lander", "NASA's DART spacecraft") is
 * read, named before the verb or referred to by its noun ("the spacecraft was launched", "the
 * mission lifted off"): a booster or a rocket lands and lifts off on every flight, and "the plane
 * landed" names no craft.
 */
import type { Rule } from '../../rules/types.js';
import type { Claim } from '../../types.js';
import { claimTime } from '../claim-time.js';
import { hasTrigger, type DocumentContext } from '../context.js';
import { makeClaim } from '../make-claim.js';
import { escape } from '../organisations.js';
import type { Sentence } from '../sentences.js';
import { craftKey, craftsNamed } from './flight.js';

/** How far before its verb a craft's name may stand: "Odysseus, the first private lander, touched down". */
const REACH = 80;

/** The rule's verb lists, by the kind of happening they tell. */
const KINDS = [
  ['landing', 'landings'],
  ['launch', 'launches'],
  ['impact', 'impacts'],
] as const;

interface Happening {
  kind: string;
  verb: RegExp;
  triggers: string[];
}

export function extractLandings(ctx: DocumentContext, rule: Rule): Claim[] {
  const landers = rule.extract?.landers ?? [];
  const happenings: Happening[] = KINDS.flatMap(([kind, option]) => {
    const verbs = rule.extract?.[option] ?? [];
    if (verbs.length === 0) return [];
    return [{ kind, verb: new RegExp(`\\b(?:${verbs.map(escape).join('|')})\\b`, 'gi'), triggers: [...new Set(verbs.map((v) => v.split(/\s+/)[0]!.toLowerCase()))] }];
  });
  if (happenings.length === 0 || landers.length === 0) return [];
  const crafts = craftsNamed(ctx.source.text, landers);
  if (crafts.length === 0) return [];
  // "the spacecraft", "the $325 million mission", "a NASA probe", "A NASA spacecraft the size of a
  // vending machine slammed into": the craft's own noun refers to the
  // craft named last, or to the one craft a source names.
  const referent = new RegExp(`\\b(?:the|an?)\\s+(?:[\\w$€£.,-]+\\s+){0,4}?(?:${[...landers, 'mission'].map(escape).join('|')})(?:\\s+[\\w-]+){0,6}?\\s+(?:was\\s+|had\\s+been\\s+|has\\s+been\\s+)?$`, 'i');
  const claims: Claim[] = [];
  let last: string | undefined;
  for (const sentence of ctx.sentences) {
    for (const happening of happenings) {
      if (!hasTrigger(sentence, happening.triggers)) continue;
      const claim = happeningIn(ctx, rule, sentence, happening, crafts, referent.test.bind(referent), last ?? (crafts.length === 1 ? crafts[0] : undefined));
      if (claim) claims.push(claim);
    }
    last = lastNamed(sentence.text, crafts) ?? last;
  }
  return claims;
}

function happeningIn(ctx: DocumentContext, rule: Rule, sentence: Sentence, happening: Happening, crafts: string[], refersBack: (before: string) => boolean, last: string | undefined): Claim | undefined {
  for (const match of sentence.text.matchAll(happening.verb)) {
    const at = match.index ?? 0;
    const before = sentence.text.slice(Math.max(0, at - REACH), at);
    // "is due to be launched in October", "will be launched": not yet.
    if (/\b(?:be|to|will|would|could|may|might)\s+$/i.test(before)) continue;
    const craft = craftBefore(before, crafts) ?? (refersBack(sentence.text.slice(0, at)) ? last : undefined);
    if (!craft) continue;
    // The happening's own day, in its clause: the publication day never dates one.
    const time = claimTime(ctx.source, sentence.text, { near: at, sameClause: true });
    if (!time.span || time.basis === 'publication' || time.basis === 'none' || time.span.precision !== 'day') continue;
    return makeClaim(ctx, rule.id, sentence, {
      subject: { key: `${happening.kind}:${craftKey(craft)}`, text: `${craft} ${happening.kind}` },
      property: rule.extract?.property ?? 'event',
      value: { type: 'ordinal', n: 1 },
      display: `${craft} ${match[0]}`,
      time,
      qualifiers: { kind: happening.kind, ordinal: 1 },
      at,
    });
  }
  return undefined;
}

/** The craft a sentence names last, if any. */
function lastNamed(text: string, crafts: string[]): string | undefined {
  let best: { craft: string; at: number } | undefined;
  for (const craft of crafts) {
    const at = text.lastIndexOf(craft);
    if (at >= 0 && (!best || at > best.at)) best = { craft, at };
  }
  return best?.craft;
}

/** The craft named last before a verb, in its clause ("lander Odysseus touched down" → Odysseus). */
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
