/**
 * Validates one parsed rule file against `rules/rule.schema.json` (compiled once by ajv)
 * and turns the first schema error into a `RuleError` at the right line and column.
 */
import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject } from 'ajv';
import type { Document, LineCounter } from 'yaml';
import { RuleError } from '../errors/index.js';
import { offsetInDocument, placeOfOffset } from '../errors/yaml-place.js';
import { patternProblem, plainWordProblem } from './safe-pattern.js';

const schemaUrl = new URL('../../rules/rule.schema.json', import.meta.url);
// The schema is checked against the draft-07 meta-schema by the tests (test/config/schemas.test.ts), not in every run.
const ajv = new Ajv({ allErrors: false, strict: false, validateSchema: false });
const validate = ajv.compile(JSON.parse(readFileSync(schemaUrl, 'utf8')) as object);

/**
 * Throws a `RuleError` naming the file, the line and column, the schema rule broken and what was
 * expected; then checks the patterns the rule supplies (see safe-pattern.ts).
 */
export function validateRule(file: string, data: unknown, doc: Document, lines: LineCounter): void {
  if (!validate(data)) {
    const error = (validate.errors ?? [])[0];
    if (!error) throw new RuleError(file, 'does not match the rule schema');
    const path = error.instancePath.split('/').slice(1).map(decodePointer);
    const extra = (error.params as { additionalProperty?: string }).additionalProperty;
    if (error.keyword === 'additionalProperties' && extra) path.push(extra);
    const place = placeOf(doc, lines, path, error.keyword === 'additionalProperties');
    throw new RuleError(file, `${error.instancePath || '/'} ${describe(error)} (schema ${error.schemaPath})`, place);
  }
  checkPatterns(file, data as RuleData, doc, lines);
}

type RuleData = { extract?: { patterns?: string[]; properties?: Record<string, string[]> } };

/** Match strings must be safe to run; the nouns a count rule puts into its match string must be plain words. */
function checkPatterns(file: string, data: RuleData, doc: Document, lines: LineCounter): void {
  const fail = (path: string[], problem: string): never => {
    throw new RuleError(file, `/${path.join('/')} ${problem}`, placeOf(doc, lines, path, false));
  };
  (data.extract?.patterns ?? []).forEach((pattern, i) => {
    const problem = patternProblem(pattern);
    if (problem) fail(['extract', 'patterns', String(i)], problem);
  });
  for (const [property, words] of Object.entries(data.extract?.properties ?? {})) {
    words.forEach((word, i) => {
      const problem = plainWordProblem(word);
      if (problem) fail(['extract', 'properties', property, String(i)], problem);
    });
  }
}

function describe(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'additionalProperties') return `has unknown field '${String(params.additionalProperty)}'`;
  if (error.keyword === 'enum') return `must be one of ${(params.allowedValues as unknown[]).map(String).join(', ')}`;
  if (error.keyword === 'anyOf' || (error.keyword === 'required' && error.instancePath === '' && ['extract', 'lexicon'].includes(String(params.missingProperty)))) return 'needs an `extract` section (a rule), a `lexicon` (a domain pack), or `claimsFrom` with a `check`';
  return error.message ?? 'is invalid';
}

function decodePointer(part: string): string {
  return part.replace(/~1/g, '/').replace(/~0/g, '~');
}

function placeOf(doc: Document, lines: LineCounter, path: string[], atKey: boolean): { line: number; column: number } {
  return placeOfOffset(lines, offsetInDocument(doc, path, atKey));
}
