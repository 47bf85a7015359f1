/**
 * The extract stage: one source and the rules in, typed and dated claims out. Each rule's
 * extractor runs over the shared document context; claims come back sorted by position.
 */
import type { Rule, RuleSet } from '../rules/types.js';
import type { Claim, Source } from '../types.js';
import { createContext, type DocumentContext } from './context.js';
import { extractCounts } from './extractors/count.js';
import { extractEvents } from './extractors/event.js';
import { extractListedCounts } from './extractors/listed-count.js';
import { extractMembershipEvents } from './extractors/membership-event.js';
import { extractMembershipStatuses } from './extractors/membership-status.js';
import { extractNamedThings } from './extractors/named-thing.js';
import { extractPeople } from './extractors/person.js';
import { extractFoundings } from './extractors/founding.js';
import { extractQuantities } from './extractors/quantity.js';
import { extractQuotes } from './extractors/quote.js';

/** Extracts every claim the rules can find in one source. */
export function extractClaims(source: Source, rules: RuleSet): Claim[] {
  const ctx = createContext(source, rules);
  const claims = rules.rules.flatMap((rule) => runExtractor(ctx, rule));
  // A stable sort: claims of one sentence keep rule order, then the order they were written in.
  return claims.sort((a, b) => a.evidence.offset - b.evidence.offset);
}

function runExtractor(ctx: DocumentContext, rule: Rule): Claim[] {
  switch (rule.extract?.extractor) {
    case 'count':
      return extractCounts(ctx, rule);
    case 'membership-event':
      return extractMembershipEvents(ctx, rule);
    case 'membership-status':
      return extractMembershipStatuses(ctx, rule);
    case 'listed-count':
      return extractListedCounts(ctx, rule);
    case 'event':
      return extractEvents(ctx, rule);
    case 'named-thing':
      return extractNamedThings(ctx, rule);
    case 'quote':
      return extractQuotes(ctx, rule);
    case 'person':
      return extractPeople(ctx, rule);
    case 'founding':
      return extractFoundings(ctx, rule);
    case 'quantity':
      return extractQuantities(ctx, rule, countedNouns(ctx.rules));
    default:
      return [];
  }
}

/** Nouns that count rules read ("member states"): a quantity extractor leaves them alone. */
function countedNouns(rules: RuleSet): string[] {
  return rules.rules.flatMap((r) => (r.extract?.extractor === 'count' ? Object.values(r.extract.properties ?? {}).flat() : []));
}
