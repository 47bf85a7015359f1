/**
 * A named country's (or body's) status in an organisation: "Iran, an observer state of the OAS",
 * "observer states Fiji, Samoa and Tonga", "member states such as Peru and Chile". The
 * status words come from the rule (`statuses`, plurals added); the forms that tie a phrase to
 * its names are in `status-forms.ts`. One claim per name: subject `status:<ORG>:<name>`,
 * value `{type: 'name', text: <status>}`, so value-at-time can compare one name's status.
 */
import type { Rule } from '../../rules/types.js';
import type { Claim } from '../../types.js';
import { claimTime } from '../claim-time.js';
import { hasTrigger, type DocumentContext } from '../context.js';
import { makeClaim } from '../make-claim.js';
import { nameSpans, type NameSpan } from '../name-list.js';
import { organisationEndingAt, organisationStartingAt } from '../organisation-at.js';
import { escape, organisationFor } from '../organisations.js';
import { pastTense } from '../past-tense.js';
import { namesWithStatus } from '../status-forms.js';

interface Phrase {
  text: string;
  status: string;
  plural: boolean;
}

export function extractMembershipStatuses(ctx: DocumentContext, rule: Rule): Claim[] {
  const phrases = statusPhrases(rule.extract?.statuses ?? {});
  if (phrases.length === 0) return [];
  const pattern = new RegExp(`(?<![\\p{L}\\d-])(?:${phrases.map((p) => escape(p.text)).join('|')})(?![\\p{L}\\d-])`, 'giu');
  const wholeNames = Object.entries(ctx.rules.lexicon.aliases).flatMap(([name, variants]) => [name, ...variants]).filter((n) => / and /.test(n));
  const claims: Claim[] = [];
  for (const sentence of ctx.sentences) {
    if (!hasTrigger(sentence, rule.extract?.triggers)) continue;
    const text = sentence.text;
    const matches = [...text.matchAll(pattern)];
    if (matches.length === 0) continue;
    // Tagged only when a form around a phrase asks for the names.
    let names: NameSpan[] | undefined;
    const namesOnce = () => (names ??= nameSpans(text, ctx.tagged(sentence), wholeNames));
    const seen = new Set<string>();
    for (const match of matches) {
      const [phraseStart, phraseEnd] = [match.index ?? 0, (match.index ?? 0) + match[0].length];
      const { status, plural } = phrases.find((p) => p.text === match[0].toLowerCase())!;
      const before = organisationEndingAt(ctx.organisations, text, sentence.start, phraseStart - (/\s+$/.exec(text.slice(0, phraseStart))?.[0].length ?? 0));
      const of = organisationAfter(ctx, text, sentence.start, phraseEnd);
      if (of === null) continue;
      const org = of?.key ?? before?.key ?? organisationFor(ctx.organisations, sentence.start, sentence.end, text);
      if (!org) continue;
      const place = { start: before ? Math.min(before.start, phraseStart) : phraseStart, end: of?.end ?? phraseEnd, plural };
      const holders = namesWithStatus(text, namesOnce, place);
      if (holders.length === 0) continue;
      // The verb nearest the names and the phrase tells a past status ("In 2022, X was granted observer status") from a present one.
      const near = Math.min(phraseStart, holders[0]?.start ?? phraseStart);
      const time = claimTime(ctx.source, text, { near, sameClause: true, publicationOnly: !pastTense(ctx.tagged(sentence), near) });
      for (const name of holders) {
        const entity = canonical(ctx, sentence.start, name);
        if (entity === org || seen.has(entity) || isPerson(ctx, entity)) continue;
        seen.add(entity);
        claims.push(
          makeClaim(ctx, rule.id, sentence, {
            subject: { key: `status:${org}:${entity}`, text: `${entity} in ${org}` },
            property: rule.extract?.property ?? 'membership-status',
            value: { type: 'name', text: status },
            display: match[0],
            time,
            qualifiers: { entity, organisation: org },
            at: name.start,
          }),
        );
      }
    }
  }
  return claims;
}

/**
 * The organisation named in "of/in …" right after the phrase; `null` when the phrase belongs to
 * something that is not an organisation ("a member of parliament"), undefined when none is written.
 */
function organisationAfter(ctx: DocumentContext, text: string, base: number, at: number): { key: string; end: number } | null | undefined {
  const of = /^\s+(?:of|in)\s+/i.exec(text.slice(at));
  if (!of) return undefined;
  const from = at + of[0].length;
  const named = organisationStartingAt(ctx.organisations, text, base, from) ?? organisationStartingAt(ctx.organisations, text, base, from + (/^the\s+/i.exec(text.slice(from))?.[0].length ?? 0));
  if (named) return { key: named.key, end: named.end + (/^\s*\([^)]*\)/.exec(text.slice(named.end))?.[0].length ?? 0) };
  const rest = text.slice(from).toLowerCase();
  const refersBack = ctx.organisations.anaphors.some((phrase) => rest.startsWith(phrase) || rest.startsWith(phrase.replace(/^the /, 'its ')));
  if (!refersBack) return null;
  const key = organisationFor(ctx.organisations, base, base + text.length, text);
  return key ? { key, end: from } : null;
}

/** A name as the lexicon knows it: an organisation's key, an alias's canonical name, or as written. */
function canonical(ctx: DocumentContext, base: number, name: NameSpan): string {
  const org = ctx.organisations.mentions.find((m) => m.offset === base + name.start)?.key;
  if (org) return org;
  const alias = Object.entries(ctx.rules.lexicon.aliases).find(([key, variants]) => key === name.text || variants.includes(name.text));
  return alias?.[0] ?? name.text;
}

/** A name the source uses for a person ("Xanana Gusmão, a member of …"), found by its roles and speech verbs. */
function isPerson(ctx: DocumentContext, name: string): boolean {
  return ctx.people.some((p) => p.name === name || p.name.split(' ').includes(name));
}

/** Every status word with its plural, longest first ("observer states" before "observer"). */
function statusPhrases(statuses: Record<string, string[]>): Phrase[] {
  const phrases = Object.entries(statuses).flatMap(([status, words]) => words.flatMap((w) => [w, pluralOf(w)].map((text, i) => ({ text: text.toLowerCase(), status, plural: i === 1 }))));
  return phrases.sort((a, b) => b.text.length - a.text.length);
}

function pluralOf(word: string): string {
  if (/(?:s|x|z|ch|sh)$/.test(word)) return `${word}es`;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}
