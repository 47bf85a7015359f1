/**
 * When something began: "Since its founding in 2001", "was founded in 1949", and anniversaries
 * read back to their base year: "This year marks the 80th anniversary of the Victory in the
 * World … War" in 2025 → 1945; "marks its 20th founding anniversary" in 2021 → 2001. One thing
 * has one founding year, so differing years are a conflict (rule: window `always`).
 */
import { parseOrdinal } from '../../normalize/numbers/index.js';
import type { Rule } from '../../rules/types.js';
import type { Claim, ClaimTime } from '../../types.js';
import { claimTime } from '../claim-time.js';
import { hasTrigger, type DocumentContext } from '../context.js';
import { makeClaim } from '../make-claim.js';
import { organisationFor } from '../organisations.js';
import type { Sentence } from '../sentences.js';

const FOUNDED = /\b(?:its\s+founding|was\s+(?:founded|established|set\s+up|created|born)|were\s+(?:founded|established))\b[^;]{0,40}?\bin\s+((?:19|20)\d\d)\b/i;
// Case-sensitive on purpose: the name after "anniversary of" is its run of capitalised words.
const ANNIVERSARY = /\b(?:[Tt]he|[Ii]ts)\s+(\d{1,3}(?:st|nd|rd|th)|[a-z]+(?:-[a-z]+)?)\s+(founding\s+)?anniversary(?:\s+of\s+(?:the\s+)?(?:(?:[Ee]nd|[Vv]ictory|[Ff]ounding|[Ss]tart|[Ll]aunch|[Ss]igning|[Cc]reation)\s+(?:of|in)\s+(?:the\s+)?)?(\p{Lu}[\p{L}'’-]*(?:\s+(?:and|of|the|\p{Lu}[\p{L}'’-]*))*))?/u;

export function extractFoundings(ctx: DocumentContext, rule: Rule): Claim[] {
  const claims: Claim[] = [];
  for (const sentence of ctx.sentences) {
    if (!hasTrigger(sentence, rule.extract?.triggers)) continue;
    const founded = FOUNDED.exec(sentence.text);
    const org = organisationFor(ctx.organisations, sentence.start, sentence.end, sentence.text);
    if (founded && org) claims.push(founding(ctx, rule, sentence, org, Number(founded[1]), founded[0], founded.index));
    const anniversary = ANNIVERSARY.exec(sentence.text);
    if (!anniversary) continue;
    const n = parseOrdinal(anniversary[1] ?? '');
    const year = yearOf(claimTime(ctx.source, sentence.text, { near: anniversary.index }));
    const what = anniversary[3]?.replace(/\s+(?:and|of|the)$/i, '') ?? (anniversary[2] ? org : undefined);
    if (n === undefined || year === undefined || !what) continue;
    claims.push(founding(ctx, rule, sentence, what, year - n, anniversary[0], anniversary.index));
  }
  return claims;
}

function founding(ctx: DocumentContext, rule: Rule, sentence: Sentence, what: string, year: number, display: string, at: number): Claim {
  return makeClaim(ctx, rule.id, sentence, {
    subject: { key: `founded:${what.toLowerCase()}`, text: what },
    property: rule.extract?.property ?? 'founded',
    value: { type: 'date', span: { start: `${year}-01-01`, end: `${year}-12-31`, precision: 'year' } },
    display,
    time: { implied: ['date'], basis: 'none', certain: false },
    at,
  });
}

/** The year an anniversary is marked in: a single year, or the publication's. */
function yearOf(time: ClaimTime): number | undefined {
  const span = time.span;
  return span && span.start.slice(0, 4) === span.end.slice(0, 4) ? Number(span.start.slice(0, 4)) : undefined;
}
