/**
 * A count followed by the list it counts: "the six founding members — Belgium, France, Italy,
 * Luxembourg, the Netherlands and West Germany", "its five founders, Indonesia, Malaysia, the
 * Philippines, Singapore and Thailand". The counted nouns come from the rule (`properties`).
 * Only a whole list is read: names joined by commas and a final "and", standing right after the
 * count (after ":", a dash, "(" or ","), and ending the clause. A part of the group ("two of its
 * five founders, …", "among the six members, …") and a list with no count are left alone.
 * Value: `{type: 'count', n}`; the names are the qualifier `listed`.
 */
import { CARDINAL_WORDS, parseNumber } from '../../normalize/numbers/index.js';
import type { Rule } from '../../rules/types.js';
import type { Claim } from '../../types.js';
import { claimTime } from '../claim-time.js';
import { hasTrigger, type DocumentContext } from '../context.js';
import { makeClaim } from '../make-claim.js';
import { listFrom, mayStartName, nameSpans } from '../name-list.js';
import { escape, organisationFor } from '../organisations.js';
import { pastTense } from '../past-tense.js';

/** Words between a number and its noun that make it something else ("six of the members"). */
const FUNCTION_WORDS = 'of|the|a|an|to|in|on|at|for|and|or|with|by|from|its|their|them|his|her|these|those|who|which|that';
/** Words before a count that make it a part of a larger group: "two of the five founders". */
const PART_OF = /\b(?:of|among|amongst|including|besides|except|excluding|between)\s+(?:(?:the|its|their|all|[\p{Lu}][\p{L}.-]*['’]s)\s+){0,2}(?:(?:about|nearly|some|around)\s+)?$/iu;
const APPROX = /(about|nearly|almost|over|more than|some|around)\s+$/i;

export function extractListedCounts(ctx: DocumentContext, rule: Rule): Claim[] {
  const properties = Object.entries(rule.extract?.properties ?? {});
  const nouns = properties.flatMap(([, words]) => words).sort((a, b) => b.length - a.length);
  if (nouns.length === 0) return [];
  const number = `\\d[\\d,]*|(?:${CARDINAL_WORDS.join('|')})(?:-(?:${CARDINAL_WORDS.join('|')}))?`;
  const pattern = new RegExp(
    `(?<![\\p{L}\\d-])(${number})\\s+((?:(?!(?:${FUNCTION_WORDS})\\b)[\\p{L}’'-]+\\s+){0,2}?)(${nouns.map(escape).join('|')})(?![\\p{L}-])` +
      `((?:\\s+(?:of|in)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}’'-]*(?:\\s+\\p{Lu}[\\p{L}’'-]*)*\\s*(?:\\(\\p{Lu}[\\p{Lu}\\d]*\\))?)?)` +
      `(\\s*[:—–(]\\s*|\\s+--?\\s+|\\s*,\\s*(?:namely\\s+)?)`,
    'giu',
  );
  const wholeNames = Object.entries(ctx.rules.lexicon.aliases).flatMap(([name, variants]) => [name, ...variants]).filter((n) => / and /.test(n));
  const claims: Claim[] = [];
  for (const sentence of ctx.sentences) {
    if (!hasTrigger(sentence, rule.extract?.triggers)) continue;
    const text = sentence.text;
    for (const match of text.matchAll(pattern)) {
      const at = match.index ?? 0;
      const [, numberText = '', , noun = ''] = match;
      if (PART_OF.test(text.slice(0, at))) continue;
      // "the G20 now has 21 members: 19 countries, the European Union and the African Union": a count
      // that opens a list after a colon, then a comma, is the list's first item, not its head.
      if (/:\s*$/.test(text.slice(0, at)) && match[5]?.trim() === ',') continue;
      const parsed = parseNumber(`${APPROX.exec(text.slice(0, at))?.[1] ?? ''} ${numberText}`.trim());
      const property = properties.find(([, words]) => words.some((w) => w.toLowerCase() === noun.toLowerCase()))?.[0];
      if (!parsed || !Number.isInteger(parsed.n) || !property) continue;
      // Names are found with the tagger: only for a name right after the count, and an "and" to close the list.
      const from = at + match[0].length;
      if (!mayStartName(text, from, wholeNames) || !/\sand\s/.test(text.slice(from))) continue;
      const list = listFrom(nameSpans(text, ctx.tagged(sentence), wholeNames), text, from);
      // A whole list of two or more, closed by "and", that ends its clause.
      if (!list || !list.closed || list.names.length < 2 || !/^\s*(?:$|[.,;:)—–!?]|--?\s)/.test(text.slice(list.end))) continue;
      if (list.names.some((n) => n.tags.has('Date'))) continue;
      const org = organisationFor(ctx.organisations, sentence.start, sentence.end, text);
      const display = text.slice(at, at + match[0].length - (match[5]?.length ?? 0));
      claims.push(
        makeClaim(ctx, rule.id, sentence, {
          subject: org ? { key: `org:${org}`, text: org } : { key: `list:${noun.toLowerCase()}`, text: noun.toLowerCase() },
          property,
          value: { type: 'count', n: parsed.n, ...(parsed.approx ? { approx: parsed.approx } : {}) },
          display,
          time: claimTime(ctx.source, text, { near: at, sameClause: true, publicationOnly: !pastTense(ctx.tagged(sentence), at) }),
          qualifiers: { listed: list.names.map((n) => n.text), list: text.slice(list.start, list.end) },
          at,
        }),
      );
    }
  }
  return claims;
}
