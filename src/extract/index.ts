/**
 * The extract stage: one source and the rules in, typed and dated claims out. Each rule's
 * extractor runs over the shared document context; claims come back sorted by position.
 */
import type { ExtractorType, Rule, RuleSet } from '../rules/types.js';
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
import { extractIncidents } from './extractors/incident.js';
import { extractLongNames } from './extractors/long-name.js';
import { extractFlights } from './extractors/flight.js';
import { extractLandings } from './extractors/landing.js';
import { extractNumberedNames } from './extractors/numbered-name.js';
import { extractQuantities } from './extractors/quantity.js';
import { extractQuotes } from './extractors/quote.js';

/** Extracts every claim the rules can find in one source. */
export function extractClaims(source: Source, rules: RuleSet): Claim[] {
  const ctx = createContext(source, rules);
  const claims = measuresAtTheirEvent(rules.rules.flatMap((rule) => runExtractor(ctx, rule)), rules);
  // A stable sort: claims of one sentence keep rule order, then the order they were written in.
  return claims.sort((a, b) => a.evidence.offset - b.evidence.offset);
}

type Extractor = (ctx: DocumentContext, rule: Rule) => Claim[];

/** One function per extractor type, as the rules name them. */
const EXTRACTORS: Record<ExtractorType, Extractor> = {
  count: extractCounts,
  'membership-event': extractMembershipEvents,
  'membership-status': extractMembershipStatuses,
  'listed-count': extractListedCounts,
  event: extractEvents,
  'named-thing': extractNamedThings,
  quote: extractQuotes,
  person: extractPeople,
  founding: extractFoundings,
  incident: extractIncidents,
  'long-name': extractLongNames,
  // A numbered flight and a lander's landing are both a craft's events, read with one rule's nouns.
  flight: (ctx, rule) => [...extractFlights(ctx, rule), ...extractLandings(ctx, rule)],
  'numbered-name': extractNumberedNames,
  quantity: (ctx, rule) => extractQuantities(ctx, rule, countedNouns(ctx.rules)),
};

function runExtractor(ctx: DocumentContext, rule: Rule): Claim[] {
  return rule.extract ? EXTRACTORS[rule.extract.extractor](ctx, rule) : [];
}

/**
 * "The quake had a magnitude of 6.8", in a report published the next day: a measure of the incident
 * (a figure whose verb is one of the rules' `namedMeasures`) holds from the incident on, so it takes
 * the incident's date when the article dates one incident and the figure has no time of its own.
 */
function measuresAtTheirEvent(claims: Claim[], rules: RuleSet): Claim[] {
  const measures = new Set(rules.rules.flatMap((r) => r.extract?.namedMeasures ?? []));
  if (measures.size === 0) return claims;
  const incidents = claims.filter((c) => c.subject.key.startsWith('incident:') && c.time.span?.precision === 'day');
  const days = new Set(incidents.map((c) => c.time.span!.start));
  if (days.size !== 1) return claims;
  const time = incidents[0]!.time;
  return claims.map((c) => (typeof c.qualifiers.verb === 'string' && measures.has(c.qualifiers.verb) && c.time.basis === 'publication' ? { ...c, time } : c));
}

/** Nouns that count rules read ("member states"): a quantity extractor leaves them alone. */
function countedNouns(rules: RuleSet): string[] {
  return rules.rules.flatMap((r) => (r.extract?.extractor === 'count' ? Object.values(r.extract.properties ?? {}).flat() : []));
}
