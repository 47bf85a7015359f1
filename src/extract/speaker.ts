/**
 * Who said a quote: the attribution next to it ("…,” Macron said", "said Anna Petrova",
 * "he noted", "the French President once noted"), else the subject of a sentence that
 * introduces it ("The French leader …, noting that “…”"), else the person named just before.
 */
import { expandName, type PersonMention } from './people.js';

export interface SpeakerContext {
  people: PersonMention[];
  fullNames: string[];
  roles: string[];
  /** Nouns for bodies that speak as one (the lexicon's `speakingBodies`). */
  bodies?: string[];
  speechVerbs: string[];
  /** The source, to tell who a sentence is about (its subject) from people named further on in it. */
  source?: { text: string };
}

/**
 * @param before sentence text before the opening quote mark
 * @param after sentence text after the closing quote mark
 * @param offset where the quote starts in `Source.text` (people before it are candidates)
 */
export function resolveSpeaker(ctx: SpeakerContext, before: string, after: string, offset: number, sentenceStart: number, afterStart: number): string | undefined {
  const verbs = ctx.speechVerbs.map((v) => v.replace(/\s+/g, '\\s+')).join('|');
  // "…,” Rwandan President Paul Kagame, who hosted the summit and now chairs the Commonwealth, told …", "…," Antonio Jesus
  // Martinez, head of the Central Narcotics Brigade of the National Police, told reporters: a clause or an apposition may stand between.
  const trailing = new RegExp(`^[\\s,.]*(?:(.{1,80}?)(?:,\\s+[^"“”,]{1,100},)?\\s+(?:once\\s+|also\\s+)?(?:${verbs})\\b|(?:${verbs})\\s+(.{1,80}?)(?:[,.]|$))`, 'i').exec(after);
  const phrase = trailing?.[1] ?? trailing?.[2];
  if (trailing && phrase) {
    const at = afterStart + trailing.index + trailing[0].indexOf(phrase);
    // A person named anywhere in the attribution, an apposition included ("the court's spokesman, Fadi El Abdallah, said").
    const named = namedIn(ctx, at, trailing[0].length - (at - afterStart - trailing.index));
    // "…” and help integrate the country into the continent, said the organisation's director-general,
    // Ngozi Okonjo-Iweala.": words ending in a comma with no one named in them are the clause the
    // quote sits in; its speaker follows the verb.
    if (named || !phrase.endsWith(',') || trailing[2] !== undefined) return named ?? resolvePhrase(ctx, phrase.trim(), offset);
  }
  const inverted = new RegExp(`^[^"“”]{0,200}?,\\s+(?:${verbs})\\s+(.{1,100}?)(?:\\.(?:\\s|$)|$)`, 'i').exec(after);
  if (inverted?.[1]) {
    const at = afterStart + inverted.index + inverted[0].lastIndexOf(inverted[1]);
    // Only a person there, or a role: "…, told the press on Wednesday." names no speaker.
    const described = inverted[1].split(',')[0]?.trim() ?? '';
    const role = ctx.roles.some((r) => described.toLowerCase().split(/\s+/).includes(r));
    return namedIn(ctx, at, inverted[1].length) ?? (role ? resolvePhrase(ctx, described, offset) : undefined);
  }
  // "… said that “…”", and "… had said on French television that “…”".
  // "… called the register “…”", "described it as “…”": a verb of naming, its object, then the quote.
  if (new RegExp(`(?:${verbs})(?:(?:\\s+[\\w'’-]+){0,6}?\\s+that)?(?:\\s+(?:a|an|the))?[\\s,:]*$`, 'i').test(before) || /:\s*$/.test(before) || NAMING.test(before)) {
    return subjectOf(ctx, before, sentenceStart) ?? lastPersonBefore(ctx, sentenceStart + before.length);
  }
  if (before.trim().length === 0) return lastPersonBefore(ctx, sentenceStart);
  return undefined;
}

/** "called the register", "calls it", "described the deal as", right before a quote. */
const NAMING = /\b(?:called|calls|described|describes|termed|terms|dubbed|dubs)\s+(?:it|this|that|him|her|them|(?:the|a|an|its|his|her|their)(?:\s+[\w'’-]+){1,3})(?:\s+as)?[\s,:]*$/i;

/**
 * The first person-like phrase of the words before a quote: a person named there, "he"/"she",
 * or "the <descriptor> <role>" ("In 2015, …, the French leader, …, noted that “…”").
 */
function subjectOf(ctx: SpeakerContext, before: string, sentenceStart: number): string | undefined {
  const named = ctx.people.find((p) => p.offset >= sentenceStart && p.offset < sentenceStart + before.length);
  const roleAlt = ctx.roles.map((r) => r.replace(/\s+/g, '\\s+')).join('|');
  const described = new RegExp(`\\b(?:the|The)\\s+(?:[A-Z][\\w-]*\\s+){0,2}(?:${roleAlt})\\b`).exec(before);
  const pronoun = /\b(?:he|she|He|She)\b/.exec(before);
  const candidates = [
    ...(named ? [{ at: named.offset - sentenceStart, who: named.name }] : []),
    ...(described ? [{ at: described.index, who: resolvePhrase(ctx, described[0], sentenceStart + described.index) }] : []),
    ...(pronoun ? [{ at: pronoun.index, who: lastPersonBefore(ctx, sentenceStart + pronoun.index) }] : []),
  ].sort((a, b) => a.at - b.at);
  return candidates.find((c) => c.who)?.who;
}

/** A person named inside the attribution itself ("NATO Secretary-General Jens Stoltenberg told"). */
function namedIn(ctx: SpeakerContext, start: number, length: number): string | undefined {
  return ctx.people.find((p) => p.offset >= start && p.offset < start + length)?.name;
}

/** A name, a pronoun or a role description → the person's full name. */
function resolvePhrase(ctx: SpeakerContext, phrase: string, offset: number): string | undefined {
  const words = phrase.replace(/[,;]$/, '').split(/\s+/);
  if (/^(he|she)$/i.test(words[0] ?? '')) return lastPersonBefore(ctx, offset);
  const lower = words.map((w) => w.toLowerCase());
  const hasRole = ctx.roles.some((role) => lower.includes(role));
  if (!hasRole && DETERMINER.test(lower[0] ?? '')) {
    const body = bodySpeaker(words.slice(1), ctx.bodies ?? []);
    if (body) return body;
  }
  if (lower[0] === 'the' || hasRole) {
    const descriptors = lower.filter((w) => w !== 'the');
    // The person named before with the most of these descriptors, the latest on a tie.
    let best: { name: string; score: number } | undefined;
    for (const p of ctx.people) {
      // "the Paraguayan president" is "the President of Paraguay": a nationality meets its country.
      const score = p.descriptors.filter((d) => descriptors.some((w) => sameStem(w, d))).length;
      if (p.offset < offset && score > 0 && score >= (best?.score ?? 0)) best = { name: p.name, score };
    }
    return best?.name ?? mostMentioned(ctx);
  }
  const name = words.filter((w) => /^[A-Z]/.test(w)).join(' ');
  return name ? expandName(name, ctx.fullNames) : undefined;
}

const DETERMINER = /^(?:the|a|an|its|their)$/;
/** What a body issues, standing for the body: "a cabinet statement said". */
const ISSUED = /^(?:statement|release|communiqu[eé]|note|post)s?$/i;

/**
 * The speaker a phrase after a determiner names, when it is not a person: a name in apposition at
 * its end ("the state weather agency AEMET" → AEMET), or a body of the lexicon's `speakingBodies`
 * as its head ("the cabinet", "a cabinet statement", "the foreign ministry" → its words); else
 * undefined ("the three-time Olympic canoe champion" is a person described).
 */
function bodySpeaker(words: string[], bodies: string[]): string | undefined {
  const named: string[] = [];
  for (const w of [...words].reverse()) if (/^\p{Lu}/u.test(w)) named.unshift(w); else break;
  if (named.length > 0 && named.length < words.length) return named.join(' ');
  const kept = words.filter((w) => !ISSUED.test(w));
  const head = (kept.length > 0 ? kept : words).join(' ').toLowerCase();
  if (head.split(' ').length > 3 || !bodies.some((b) => head === b || head.endsWith(` ${b}`))) return undefined;
  return head;
}

/** One word or its adjective: "paraguay" / "paraguayan", "bolivia" / "bolivian". */
function sameStem(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length >= 5 && long.startsWith(short) && long.length - short.length <= 3;
}

function lastPersonBefore(ctx: SpeakerContext, offset: number): string | undefined {
  const last = [...ctx.people].reverse().find((p) => p.offset < offset);
  if (!last || !ctx.source) return last?.name;
  // "Mr Marape landed … with …, and the Defence Minister, Dr Billy Joseph, visited …. “…,” he told the
  // crowd": "he" is the person the sentence is about, who opens it, not the last one it names.
  const text = ctx.source.text;
  const start = Math.max(text.lastIndexOf('. ', last.offset) + 2, text.lastIndexOf('\n', last.offset) + 1, 0);
  const subject = ctx.people.find((p) => p.offset >= start && p.offset < last.offset && /^\s*(?:(?:Mr|Mrs|Ms|Dr|Sir|Dame)\.?\s+)?$/.test(text.slice(start, p.offset)));
  return (subject ?? last).name;
}

function mostMentioned(ctx: SpeakerContext): string | undefined {
  const counts = new Map<string, number>();
  for (const p of ctx.people) counts.set(p.name, (counts.get(p.name) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
}
