/**
 * A member joining: "Sweden officially became the 32nd member of NATO at last year's
 * summit in Vilnius." Patterns are compromise match strings from the rule; the first proper
 * noun run is the member, an ordinal in the match is its place in the count.
 */
import { parseOrdinal } from '../../normalize/numbers/index.js';
import type { Rule } from '../../rules/types.js';
import type { Claim } from '../../types.js';
import { claimTime } from '../claim-time.js';
import { hasTrigger, type DocumentContext } from '../context.js';
import { makeClaim } from '../make-claim.js';
import { matchPattern } from '../match-pattern.js';
import { organisationFor } from '../organisations.js';
import { hasRequiredWords, requiredWords, wordsOf } from '../pattern-words.js';
import type { Sentence } from '../sentences.js';

/** The words of a decision to admit a member, not of its membership. */
const ADMITTED = /\b(?:admitted|approved|accepted)\b/i;
/** The signing of a treaty of accession: a step of its own, dated apart from the membership it leads to. */
const SIGNED = /\bsign(?:ed|s)?\b/i;
/** A ceremony welcoming a member, held on a day of its own after the joining. */
const WELCOMED = /^welcom/i;
/** "The Statute entered into force for Ukraine": a treaty taking effect, not a member entering. */
const INTO_FORCE = /^\s*into\s+force\b/i;
/** A joining told as the start of a time or a cause: "the first since Sweden became its 32nd member". */
const SINCE = /\b(?:since|after|before|until)\s+(?:the\s+)?$/i;

interface Match {
  text: string;
  offset: { start: number; length: number };
  terms: Array<{ text: string; tags: string[]; pre: string; post: string }>;
}

export function extractMembershipEvents(ctx: DocumentContext, rule: Rule): Claim[] {
  const patterns = (rule.extract?.patterns ?? []).map((pattern) => ({ pattern, words: requiredWords(pattern) }));
  const claims: Claim[] = [];
  for (const sentence of ctx.sentences) {
    if (!hasTrigger(sentence, rule.extract?.triggers)) continue;
    const seen = new Set<number>();
    const named = new Set<string>();
    const words = wordsOf(sentence.text);
    for (const { pattern, words: needed } of patterns) {
      // A pattern whose words the sentence lacks cannot match: no need to tag it for that one.
      if (!hasRequiredWords(words, needed)) continue;
      for (const match of ctx.tagged(sentence).match(matchPattern(pattern)).json({ offset: true }) as Match[]) {
        if (seen.has(match.offset.start)) continue;
        seen.add(match.offset.start);
        // "…, becoming the 21st member": the member is the sentence's subject, its first name.
        const leading = takeWhile(match.terms, (t) => t.tags.includes('ProperNoun'));
        const ordinalTerm = match.terms.find((t) => t.tags.includes('Ordinal'));
        // "Russia joined in 1996, becoming the 40th member": the clause after the joining gives its place in the count.
        const becoming = ordinalTerm ? undefined : BECOMING.exec(sentence.text.slice(match.offset.start + match.offset.length))?.[1];
        // "becoming the first country to join the bloc since it was founded": the first newcomer, not a place in the count.
        const place = ordinalTerm ? parseOrdinal(ordinalTerm.text) : becoming ? parseOrdinal(becoming) : undefined;
        const ordinal = place === 1 ? undefined : place;
        const leadName = leading.length > 0 ? lastNameRun(leading) : '';
        const org = organisationFor(ctx.organisations, sentence.start + match.offset.start + leadName.length, sentence.end);
        // With no name leading the match, tried in turn (a name equal to the organisation is passed over):
        // a name inside it ("ICC welcomes Armenia as its 124th State Party"), the sentence's first name
        // ("but the country became a full member"), the member last joining in the source, the name the
        // sentence before opens with ("Armenia went first. It formally joined the ICC …").
        const candidates = [() => nameBeforeAs(match.terms), () => firstName(ctx, sentence), () => lastMember(claims), () => previousName(ctx, sentence)];
        let member = leadName;
        // "Britain signed its accession protocol": a signing's member is the name right before its verb, or none.
        if (!member && SIGNED.test(match.text)) {
          member = /(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)\s+$/u.exec(sentence.text.slice(0, match.offset.start))?.[1] ?? '';
          if (!member) continue;
        }
        for (const find of member ? [] : candidates) {
          const name = find();
          if (name && name !== org) {
            member = name;
            break;
          }
        }
        if (!member || !org || member === org) continue;
        const end = match.offset.start + match.offset.length;
        if (INTO_FORCE.test(sentence.text.slice(end))) continue;
        // "Gabon and Togo were admitted": every member the subject lists joins, not only the last.
        const listed = leading.length > 0 && !ordinal ? membersListedBefore(sentence.text.slice(0, match.offset.start)) : [];
        for (const [name, at] of [...listed, [member, match.offset.start] as const]) {
          if (name === org || named.has(name)) continue;
          named.add(name);
          const parts = {
            subject: { key: `org:${org}`, text: org },
            display: sentence.text.slice(at, end),
            // "the first summit since Sweden became its 32nd member": a joining told after "since" or
            // "after" is dated only by what follows it ("since Sweden joined in March"), not by the sentence's day.
            time: claimTime(ctx.source, sentence.text, SINCE.test(sentence.text.slice(0, at)) ? { near: end, after: at } : { near: end }),
            at,
          };
          // Who joined, as which, and by which step: "was admitted" (a decision), "welcomed … as" (a ceremony) and "became a member"
          // (the membership) are two steps of one joining, dated apart without either source being wrong.
          // Only a joining the sentence dates itself is compared: a headline's "becomes" holds on the
          // publication day, which is no date of the joining.
          const dated = parts.time.basis === 'written' || parts.time.basis === 'relative';
          const qualifiers = dated ? { member: name, ...(ordinal ? { ordinal } : {}), phase: ADMITTED.test(match.text) ? 'admitted' : WELCOMED.test(match.text) ? 'welcomed' : SIGNED.test(match.text) ? 'signed' : 'member' } : {};
          claims.push(makeClaim(ctx, rule.id, sentence, { ...parts, qualifiers, property: rule.extract?.property ?? 'member-joined', value: { type: 'member', text: name, ...(ordinal ? { ordinal } : {}) } }));
          // "Liechtenstein became the 191st member on Monday": from that day the organisation had 191
          // members. Only for a day: "became the 10th member at last year's summit" is no time a count
          // of the year can be set before or after.
          // Not from a joining still to come ("Britain will become the pact's twelfth member"): that is not how many there are that day.
          const counts = rule.extract?.ordinalCount;
          if (ordinal && counts && !FUTURE.test(match.text) && parts.time.span?.precision === 'day') claims.push(makeClaim(ctx, counts.rule, sentence, { ...parts, property: counts.property, value: { type: 'count', n: ordinal } }));
        }
      }
    }
  }
  return claims;
}

/** A name opening its sentence as the subject of a verb: "Britain formally signed", "Timor-Leste became". */
const SUBJECT = /^((?:\p{Lu}[\p{L}'’-]+)(?:\s+\p{Lu}[\p{L}'’-]+){0,3})\s+(?:(?:has|have|had|was|were|is|formally|officially|on\s+\w+)\s+)*(?:became|becomes|joined|joins|signed|signs|acceded|accedes|entered|enters|ratified|ratifies|was\s+admitted)\b/u;

/** A joining still to come. */
const FUTURE = /\b(?:will|would|shall|is\s+set\s+to|is\s+to)\b/i;

/** ", becoming the 40th member" right after a joining, in its sentence. */
const BECOMING = /^[^.;]{0,40}?,\s+becoming\s+(?:the|its)\s+(\d+(?:st|nd|rd|th)|[a-z]+(?:-[a-z]+)?)\s+(?:full\s+)?(?:member|state\s+party|partner)/i;

/**
 * Names listed right before a member, joined to it by "and" or commas: "KIGALI — Gabon and " →
 * Gabon, "Bulgaria, Romania and " → Bulgaria, Romania. A name in capitals (a dateline) ends the list.
 */
function membersListedBefore(before: string): Array<readonly [string, number]> {
  const found: Array<readonly [string, number]> = [];
  let rest = before;
  for (let joiner = /(?:,|\s+and)\s+$/.exec(rest); joiner; joiner = /,\s+$/.exec(rest)) {
    rest = rest.slice(0, joiner.index);
    const name = /(?:^|[^\p{L}'’-])(\p{Lu}[\p{Ll}'’-]+(?:[ \t]+\p{Lu}[\p{Ll}'’-]+)?)$/u.exec(rest);
    if (!name?.[1]) break;
    const at = rest.length - name[1].length;
    found.unshift([name[1], at] as const);
    rest = rest.slice(0, at);
  }
  return found;
}

/**
 * The last run of proper nouns not broken by punctuation: in "(Reuters) -- Finland became",
 * the member is Finland, not "Reuters Finland"; a hyphen inside a name keeps it ("Timor-Leste").
 */
function lastNameRun(terms: Match['terms']): string {
  let run = '';
  for (const [i, term] of terms.entries()) {
    const between = i > 0 ? `${terms[i - 1]?.post ?? ''}${term.pre}` : '';
    if (between === '-') run += `-${term.text}`;
    else if (i > 0 && /\S/.test(between)) run = term.text;
    else run = run ? `${run} ${term.text}` : term.text;
  }
  // "Angola's withdrawal … took effect": the member is Angola.
  return run.replace(/['’]s$/, '');
}

function firstName(ctx: DocumentContext, sentence: Sentence): string {
  // "Britain formally signed …, becoming the first country to join": the sentence's subject, which the tagger may not call a proper noun.
  const subject = SUBJECT.exec(sentence.text)?.[1];
  if (subject && !/^(?:The|A|An|It|Its|This|That|These|Those|He|She|They|We|In|On|At|After|Before|Since|With)$/.test(subject.split(/\s+/)[0]!)) return subject;
  // Skip a dateline's place in capitals ("ZAGREB --").
  const runs = (ctx.tagged(sentence).match(matchPattern('#ProperNoun+')).json() as Match[]).map((m) => lastNameRun(m.terms)).filter((name) => name !== name.toUpperCase());
  return runs[0] ?? '';
}

/** The last run of proper nouns before "as" in a match ("welcome the Republic of Armenia as" → Armenia). */
function nameBeforeAs(terms: Match['terms']): string {
  const as = terms.findIndex((t) => t.text.toLowerCase() === 'as');
  let run: Match['terms'] = [];
  let last: Match['terms'] = [];
  for (const term of terms.slice(0, Math.max(0, as))) {
    if (term.tags.includes('ProperNoun')) run = [...run, term];
    else run = [];
    if (run.length > 0) last = run;
  }
  return last.length > 0 ? lastNameRun(last) : '';
}

/** The first name of the sentence before ("Armenia went first. It formally joined …" → Armenia). */
function previousName(ctx: DocumentContext, sentence: Sentence): string {
  const before = ctx.sentences[sentence.index - 1];
  return before && before.paragraph === sentence.paragraph ? firstName(ctx, before) : '';
}

/** The member of the source's last joining read so far (a count read with it may follow it). */
function lastMember(claims: Claim[]): string {
  for (let i = claims.length - 1; i >= 0; i--) {
    const value = claims[i]!.value;
    if (value.type === 'member') return value.text;
  }
  return '';
}

function takeWhile<T>(items: T[], test: (item: T) => boolean): T[] {
  const out: T[] = [];
  for (const item of items) {
    if (!test(item)) break;
    out.push(item);
  }
  return out;
}
