import { APPROX_PREFIXES, CARDINAL_WORDS } from '../numbers/index.js';
import { MONTH_ANY } from './months.js';

/**
 * Shared regular-expression pieces (sources without capture groups).
 */

/** A year 1900–2099 standing alone: not inside `12014`, `US$2014`, `2014.5`, `2000,500` or a longer number. */
export const YEAR = '(?<![\\d.$\u20ac\u00a3\u00a5])(?:19|20)\\d{2}(?!\\d|\\.\\d|,\\d{3}(?!\\d))';

/** A day of the month with an optional ordinal suffix: `15`, `1st`. */
export const DAY = '(?<![\\d.,])(?:0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?(?![\\d:])';

/** A count of units: digits or a number word, `a`/`an` for one. */
export const COUNT = `(?<![\\w.,])(?:\\d{1,4}|an?|${CARDINAL_WORDS.join('|')})`;

/** A qualifier before a count: `more than`, `nearly`, `some`. */
export const APPROX = `(?:${APPROX_PREFIXES.map(([p]) => p.replace('.', '\\.')).join('|')})`;

/** Part of a year or month: `early`, `mid-`, `late`, `the end of`. */
export const PART = '(?:early|mid|late|(?:the\\s+)?(?:beginning|start|middle|end)\\s+of(?:\\s+the)?)';

/** Possessive after a relative expression: `last year's summit`. */
export const POSSESSIVE = "(?:['\u2019]s)?";

/**
 * What must precede a bare year for the finder to read it as one: a preposition or article, a
 * possessive, a month (`June 2019`, `June 15, 2001`), another year (`2013 and 2017`) or the start of
 * the sentence. `up to 2000` is left alone.
 */
export const YEAR_GUARD = [
  '(?<=(?:^|[.!?]\\s+)[\\s"\u201c\'\u2018(]*',
  '|(?<!\\bup\\s)\\b(?:in|on|at|since|of|from|to|by|the|until|till|through|before|after|during|around|circa|between|for|year|spring|summer|autumn|fall|winter)\\s+',
  "|['\u2019]s\\s+",
  `|${MONTH_ANY},?\\s+|${MONTH_ANY}\\s*\\d{1,2},\\s*`,
  '|(?:19|20)\\d{2},?\\s+(?:and|or)\\s+)',
].join('');

/** After a bare year: it is not a count of something (`2000 people`, `2014 tons`, `1990 percent`). */
export const NOT_A_COUNT = '(?!\\s*(?:%|percent|per cent|people|persons|times|tons?|tonnes?|km|kilomet\\w*|miles?|units?)(?![a-z]))';
