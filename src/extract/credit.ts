/**
 * Who gives a figure: "the IOM put it at more than 670", "NHK counted 73 as of 6 p.m.", "more
 * than 2,000, according to the National Disaster Centre". Two authorities' figures for one toll on
 * one day are competing estimates, where one authority's figures that day are a toll rising.
 */
import { DAY_AND_MONTH_NAMES, MONTHS } from '../normalize/time/months.js';
import { fold } from './fold.js';

/** A name: capitalised words, perhaps joined by "of", "for", "and" ("National Disaster Centre", "Ministry of Health"). */
const NAME = "[A-Z][\\w&'’.-]*(?:[ \\t]+(?:(?:of|for|and|the)[ \\t]+)*[A-Z][\\w&'’.-]*){0,5}";
/** Authorities written without a name: "the prefecture put the toll at 72". */
const AUTHORITY = '(?:[a-z]+[ \\t]+)?(?:prefecture|ministry|police|government|authorities|officials|agency|coroner|coroners|hospital|hospitals|health\\s+ministry|fire\\s+department|broadcaster)';
/** Verbs by which someone gives a figure. */
const GIVES = '(?:said|says|say|told|tells|put|puts|counted|counts|reported|reports|estimated|estimates|gave|gives|given|confirmed|confirms|announced|announces|raised|raises|revised|revises|listed|lists|recorded|records|registered)';

/** "NAME … gives" or "the AUTHORITY … gives" at the end of the words before a figure; "NAME (ACRONYM) said". */
const BEFORE = new RegExp(`(?:^|[\\s(,])(?:the[ \\t]+)?(?:[a-z]+[ \\t]+){0,2}?(${NAME}|${AUTHORITY})(?:[ \\t]+\\([A-Z][A-Za-z]{1,9}\\))?(?:[ \\t]*,([^,]{1,60}),)?[ \\t]+(?:(?:has|have|had|was|were|is|then|also|later|now|only|first)[ \\t]+)*${GIVES}\\b[^.;]{0,50}$`);
/** "…, according to the National Disaster Centre", "…, the ministry said" after a figure. */
const AFTER = new RegExp(`^[^.;]{0,80}?(?:\\baccording[ \\t]+to[ \\t]+(?:the[ \\t]+)?(?:[a-z]+[ \\t]+){0,2}?(${NAME}|${AUTHORITY})|,[ \\t]+(?:the[ \\t]+)?(?:[a-z]+[ \\t]+){0,2}?(${NAME}|${AUTHORITY})[ \\t]+${GIVES}\\b)`);

/** Words that open a clause of its own: the figure's credit is not looked for before them. */
const CLAUSE = /(?:;|,?\s+while\s+|,?\s+whereas\s+|,\s+but\s+)/gi;

/** Capitalised words that are no authority: days, months and their abbreviations, words that open a sentence. */
const NOT_NAMES = new Set([...DAY_AND_MONTH_NAMES, ...MONTHS.flatMap((m) => m.abbreviations), 'on', 'in', 'at', 'by', 'as', 'the', 'a', 'an', 'it', 'its']);

/**
 * The authority that gives the figure at `at` in `text`, folded ("iom", "prefecture"), when its
 * clause says so. A person's name counts as an authority: a minister's figure is the minister's.
 */
export function creditOf(text: string, at: number): string | undefined {
  const starts = [...text.slice(0, at).matchAll(CLAUSE)].map((m) => (m.index ?? 0) + m[0].length);
  const clause = text.slice(starts.at(-1) ?? 0, at);
  const given = BEFORE.exec(clause);
  // "AFP, quoting the fire authorities, now reports 96 dead": a news agency relays the authority's figure.
  const relayed = given?.[2] ? /^\s*(?:quoting|citing)\s+(?:the\s+)?([^,]+?)\s*$/i.exec(given[2])?.[1] : undefined;
  const before = relayed ?? given?.[1];
  const after = before ? undefined : AFTER.exec(text.slice(at).split(CLAUSE)[0] ?? '');
  // "The French Interior Ministry confirmed …": a sentence's capital The is no part of the name.
  const name = (before ?? after?.[1] ?? after?.[2])?.trim().replace(/^The[ \t]+(?=\p{Lu})/u, '');
  if (!name || NOT_NAMES.has(/^[\p{L}]+/u.exec(name)?.[0].toLowerCase() ?? '')) return undefined;
  return fold(name.replace(/^the\s+/i, '').replace(/[.,]+$/, ''));
}
