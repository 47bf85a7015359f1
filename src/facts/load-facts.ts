/**
 * Verified facts: `facts/*.yaml` files, validated, each read as a pseudo-source (publisher
 * "verified") whose entries are claims. The kernel compares them with the articles' claims under the
 * rule each entry names, so a source that disagrees with a verified fact is found like any other
 * disagreement.
 */
import { readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { RuleError } from '../errors/index.js';
import type { RuleSet } from '../rules/types.js';
import type { Claim, ReportSource, TimeSpan, Value } from '../types.js';
import { compileSchema, readCheckedFile } from '../config/read-checked-file.js';
import schema from './facts.schema.json' with { type: 'json' };

/** The publisher every verified-facts source carries. */
export const VERIFIED = 'verified';

/** Extractors whose claims are about an organisation, keyed `org:<name>`. */
const ORGANISATION_EXTRACTORS = new Set(['count', 'listed-count', 'membership-status', 'membership-event', 'founding']);

export interface Fact {
  subject: string;
  key?: string;
  property: string;
  rule: string;
  value: number | string | { amount: number; unit: string };
  asOf: string | number;
  display?: string;
  note?: string;
  url?: string;
}

export interface VerifiedFacts {
  sources: ReportSource[];
  claims: Claim[];
}

const validate = compileSchema(schema);

/** `2025` → the whole year, `2025-08` the month, `2025-08-29` the day. */
export function spanOf(asOf: string): TimeSpan {
  const [year, month, day] = asOf.split('-');
  if (day !== undefined) return { start: asOf, end: asOf, precision: 'day' };
  if (month !== undefined) {
    const last = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
    return { start: `${asOf}-01`, end: `${asOf}-${String(last).padStart(2, '0')}`, precision: 'month' };
  }
  return { start: `${year}-01-01`, end: `${year}-12-31`, precision: 'year' };
}

function valueOf(value: Fact['value']): Value {
  if (typeof value === 'number') return { type: 'count', n: value };
  if (typeof value === 'string') return { type: 'name', text: value };
  return { type: 'quantity', amount: value.amount, unit: value.unit };
}

function displayOf(fact: Fact): string {
  if (fact.display) return fact.display;
  const v = fact.value;
  return typeof v === 'object' ? `${v.amount} ${v.unit}` : String(v);
}

/** An organisation named as the rules' lexicon names it: an alias or variant becomes its canonical name. */
function canonicalOrganisation(name: string, rules: RuleSet): string {
  for (const table of [rules.lexicon.organisations, rules.lexicon.aliases]) {
    for (const [canonical, variants] of Object.entries(table)) {
      if (canonical === name || variants.includes(name)) return canonical;
    }
  }
  return name;
}

/** Reads one facts file into a pseudo-source and its claims; a bad entry throws `RuleError` at its place. */
export function readFactsFile(file: string, rules: RuleSet): VerifiedFacts {
  const checked = readCheckedFile(file, validate);
  const facts = (checked.data as { facts: Fact[] }).facts;
  const claims = facts.map((fact, i): Claim => {
    const rule = rules.rules.find((r) => r.id === fact.rule);
    const extractor = rule?.extract?.extractor;
    if (!rule || !extractor) {
      throw new RuleError(file, `/facts/${i}/rule names ${rule ? 'a rule without an extractor' : 'no loaded rule'}: '${fact.rule}'`, checked.placeOf(['facts', i, 'rule']));
    }
    if (!fact.key && !ORGANISATION_EXTRACTORS.has(extractor)) {
      throw new RuleError(file, `/facts/${i} needs the field 'key' (the subject.key of a matching claim in the JSON report): rule '${fact.rule}' is not about an organisation`, checked.placeOf(['facts', i]));
    }
    const organisation = canonicalOrganisation(fact.subject, rules);
    const asOf = String(fact.asOf);
    const { line, column } = checked.placeOf(['facts', i]);
    const display = displayOf(fact);
    return {
      id: `${file}#${i + 1}`,
      source: file,
      subject: { key: fact.key ?? `org:${organisation}`, text: fact.key ? fact.subject : organisation },
      property: fact.property,
      value: valueOf(fact.value),
      display,
      time: { span: spanOf(asOf), text: `as of ${asOf}`, implied: [], basis: 'written', certain: true },
      qualifiers: { verified: VERIFIED },
      evidence: { text: `Verified: ${fact.property} of ${fact.subject} is ${display} as of ${asOf}${fact.note ? ` (${fact.note})` : ''}.`, zone: 'body', line, column, offset: checked.offsetOf(['facts', i]), length: 0 },
      extractor: fact.rule,
    };
  });
  const source: ReportSource = { id: file, path: file, title: `Verified facts: ${basename(file)}`, publisher: VERIFIED, publishedFrom: 'metadata', facts: claims.length, diagnostics: [] };
  return { sources: [source], claims };
}

/** Every `*.yaml` / `*.yml` file in a folder (sorted), or one file. */
export function loadFacts(path: string, rules: RuleSet): VerifiedFacts {
  let files: string[];
  try {
    files = statSync(path).isDirectory() ? readdirSync(path).filter((n) => /\.ya?ml$/.test(n)).sort().map((n) => join(path, n)) : [path];
  } catch (cause) {
    throw new RuleError(path, 'is not a readable facts folder or file', undefined, { cause });
  }
  const read = files.map((file) => readFactsFile(file, rules));
  return { sources: read.flatMap((r) => r.sources), claims: read.flatMap((r) => r.claims) };
}
