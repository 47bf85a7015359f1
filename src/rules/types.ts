/**
 * Rule files as loaded from `rules/`. A rule pairs an extractor (what to read from text)
 * with a check (how to compare what was read); a domain pack only adds vocabulary.
 * The JSON Schema in `rules/rule.schema.json` describes the same shapes for editors.
 */
import type { Kind, Severity } from '../types.js';

export type ExtractorType = 'count' | 'membership-event' | 'membership-status' | 'listed-count' | 'event' | 'named-thing' | 'quantity' | 'quote' | 'person' | 'founding' | 'incident' | 'long-name' | 'flight' | 'numbered-name';
export type CheckType = 'value-at-time' | 'same-event' | 'series' | 'name-variant' | 'quote-variant' | 'list-count';

export interface ExtractSpec {
  extractor: ExtractorType;
  /** Lower-case words one of which a sentence must contain before any NLP runs on it. */
  triggers?: string[];
  /** count / listed-count: property → noun phrases counted, e.g. `member-states: [member states, members]`. */
  properties?: Record<string, string[]>;
  /** count: property → words after a hyphenated number, e.g. `member-states: [member, nation]` for "the 19-nation euro zone". */
  compounds?: Record<string, string[]>;
  /** count: property → a verb of composition and the nouns it counts, e.g. "groups 54 nations". */
  governed?: Record<string, { verbs: string[]; nouns: string[] }>;
  /** count: property -> words for a group counted as a whole ("the group of 54 nations", "bringing the number … to 56"). */
  collective?: Record<string, { groups: string[]; nouns: string[]; totals: string[]; context: string[] }>;
  /** membership-status: status → the words that give it, e.g. `observer: [observer, observer state]` (plurals are added). */
  statuses?: Record<string, string[]>;
  /** membership-event: compromise match patterns; the first proper noun is the member. */
  patterns?: string[];
  /** event / named-thing: kind → the words that name it. */
  kinds?: Record<string, string[]>;
  /** named-thing: words that introduce a quoted name (`dubbed`, `codenamed`). */
  introducers?: string[];
  /** named-thing: how many following sentences describe the thing (for linking). */
  contextSentences?: number;
  /** named-thing: names read without quotes beside a lower-case kind word ("the Pragyan rover", "lunar rover Pragyaan"). */
  unquoted?: boolean;
  /** named-thing: claims keyed by a spelling-tolerant form of the name, so only spellings of one name meet. */
  keyBySpelling?: boolean;
  /** long-name: last words that make a name of two words long enough ("Bridge", "Tunnel"). */
  structureHeads?: string[];
  /** flight: nouns that make a name a craft's ("rocket", "launcher"). */
  vehicles?: string[];
  /** flight: nouns of a numbered flight ("flight", "launch", "mission"). */
  flights?: string[];
  /** flight: words that start a series of their own ("the first commercial flight" is not the first flight). */
  series?: string[];
  /** flight: verbs of a craft's landing ("touched down", "landed"). */
  landings?: string[];
  /** flight: verbs of a craft's launch ("was launched", "lifted off"), read for `landers` only. */
  launches?: string[];
  /** flight: verbs of a craft's impact ("struck", "slammed into"), read for `landers` only. */
  impacts?: string[];
  /** flight: nouns of crafts that land, launch and strike once ("lander", "probe"): a booster lands on every flight and is not read. */
  landers?: string[];
  /** incident: verbs that tell an incident striking a place ("struck", "hit", "rocked"). */
  incidentVerbs?: string[];
  /** quote: verbs of saying. */
  speechVerbs?: string[];
  /** quantity: stems of verbs whose figures are running counts ("killed", "evacuated"), compared by the day. */
  runningVerbs?: string[];
  /** quantity: unit -> nouns naming a total of it before the figure ("the death toll has risen to 131"). */
  namedTotals?: Record<string, string[]>;
  /** quantity: measures named right before or after their figure ("magnitude 6.8", "a 6.9-magnitude quake"). */
  namedMeasures?: string[];
  /** quantity: nouns of lesser events whose named measures are their own ("an aftershock of magnitude 5.5"). */
  lesserEvents?: string[];
  /** quantity: a verb -> verbs that govern a figure the same way ("burned down", "razed" → destroy), so their figures meet. */
  verbFamilies?: Record<string, string[]>;
  /** quantity: a noun -> nouns that name the same thing a figure measures ("a 948-foot vessel" / "the 985-foot ship" → ship). */
  nounFamilies?: Record<string, string[]>;
  /** quantity: nouns that count people beside "people" ("pilgrims", "workers"): a casualty verb makes their count a toll. */
  peopleNouns?: string[];
  /** quantity: unit -> head nouns that are that unit and verb stems that make a count of people that unit ("1,037 people were killed" is deaths). */
  casualties?: Record<string, { nouns?: string[]; verbs?: string[]; nounsWithVerb?: string[] }>;
  /** membership-event: a member joining as the Nth also counts N members then, as a claim of `rule` with `property`. */
  ordinalCount?: { rule: string; property: string };
  /** quote: shortest quote kept, in words; long-name: fewest capitalised words in a name. */
  minWords?: number;
  /** The property written on the claims this rule extracts (defaults per extractor). */
  property?: string;
}

export interface CheckSpec {
  type: CheckType;
  /** value-at-time: relative difference under which two amounts agree; list-count: between a count and its list. */
  tolerance?: number;
  /** value-at-time: how close two as-of times must be to count as the same moment; `always` for facts that never change (a founding year). */
  window?: 'day' | 'month' | 'year' | 'always';
  /** value-at-time: compare only claims that share their context (the verb, or an entity named beside them). */
  sameContext?: boolean;
  /** value-at-time: the properties of events that can explain a change (e.g. `member-joined`, `member-left`). */
  explainWith?: string | string[];
  /**
   * value-at-time: units of running counts that are updated through the day (`death`, `injury`): on
   * one day, sources giving a toll of 632 and of 2,012 tell its rise, not a conflict.
   */
  tolls?: string[];
  /** same-event: mentions of one place are one event only when their days are at most this many days apart (incidents have no ordinal). */
  withinDays?: number;
  /** name-variant: shared facts needed before two different names are linked. */
  minEvidence?: number;
  /** quote-variant: word-overlap needed to treat two quotes as renderings of one. */
  minSimilarity?: number;
  /** name-variant: link a name only with one that is it with one or two words left out (first and last kept), across sources. */
  nested?: boolean;
  /** name-variant: names that differ only by a middle name ("Sultan Ahmed Al Jaber" / "Sultan Al Jaber") are one spelling. */
  ignoreMiddleNames?: boolean;
  /** Severity per outcome, overriding the defaults. */
  severity?: Partial<Record<Kind | 'explained', Severity>>;
}

/** Vocabulary a domain pack (or a rule) contributes to the shared lexicon. */
export interface Lexicon {
  /** canonical name → other ways of writing it (acronyms, old names, transliterations). */
  aliases?: Record<string, string[]>;
  /** Organisations by canonical name → other names, including lower-case ones ("euro area": [euro zone]). */
  organisations?: Record<string, string[]>;
  /** event kind → extra words that name it, merged into every event rule. */
  eventKinds?: Record<string, string[]>;
  /** Nouns that refer back to the organisation last named (`the group`, `the alliance`). */
  organisationNouns?: string[];
  /**
   * Nouns that stand for an organisation only through one named before (`area`, `zone`): "the zone"
   * is the "Schengen area" named earlier, and "the Schengen family" the same; with no such name,
   * a place or a family.
   */
  groupNouns?: string[];
  /** Last words of an organisation's full name (`Organization`, `Union`): tells an organisation from an initiative. */
  organisationHeads?: string[];
  /** Role nouns that refer back to a person (`leader`, `president`). */
  roles?: string[];
  /**
   * Nouns for a body that speaks as one (`cabinet`, `ministry`, `police`): "…,” the cabinet said" is
   * said by the cabinet, not by a person named before.
   */
  speakingBodies?: string[];
  /** Capitalised abbreviations that never name an organisation (`GDP`, `CEO`), though written like one. */
  notOrganisations?: string[];
}

export interface Rule {
  /** From the path: `rules/generic/member-count.yaml` → `generic.member-count`. */
  id: string;
  path: string;
  description?: string;
  extract?: ExtractSpec;
  /** A rule without an extractor checks the claims another rule extracts (its id). */
  claimsFrom?: string;
  check?: CheckSpec;
  lexicon?: Lexicon;
}

export interface RuleSet {
  rules: Rule[];
  /** All lexicons merged, in rule id order. */
  lexicon: Required<Lexicon>;
}
