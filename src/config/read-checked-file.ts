/**
 * Reads a YAML or JSON file an editor writes (config, review, verified facts, baseline) and checks
 * it against its JSON Schema, compiled by ajv the first time a file of that kind is read (a run
 * with no config, review or facts file compiles none of them). Any problem becomes one `RuleError` naming the
 * file, the line and column, the field and what was expected: the CLI prints it and exits 2.
 */
import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject } from 'ajv';
import formats from 'ajv-formats';
import { LineCounter, parseDocument } from 'yaml';
import { RuleError } from '../errors/index.js';
import { offsetInDocument, placeOfOffset } from '../errors/yaml-place.js';

/** ajv-formats is CommonJS: its plugin is `module.exports` and also `.default`. */
const addFormats = formats.default;

/** A schema's check: true when `data` matches; otherwise `errors` says why. */
export interface Validator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

/**
 * A schema's check for `readCheckedFile` (draft-07, `date` and `date-time` formats), compiled on
 * its first use. The schemas are this project's own and are checked against the draft-07
 * meta-schema by the tests (test/config/schemas.test.ts), so ajv does not compile the
 * meta-schema in every run to check them again.
 */
export function compileSchema(schema: object): Validator {
  let compiled: Validator | undefined;
  const validate: Validator = (data) => {
    compiled ??= compileNow(schema, { validateSchema: false });
    const valid = compiled(data);
    validate.errors = compiled.errors ?? null;
    return valid;
  };
  return validate;
}

/** Compiles `schema` at once; `validateSchema: true` also checks it against the meta-schema (the tests do). */
export function compileNow(schema: object, options: { validateSchema: boolean }): Validator {
  const ajv = new Ajv({ allErrors: false, strict: false, validateSchema: options.validateSchema });
  addFormats(ajv, ['date', 'date-time']);
  return ajv.compile(schema);
}

/** A parsed file with what is needed to point at any of its fields. */
export interface CheckedFile {
  data: unknown;
  /** The line and column of the field at a JSON pointer's path (the deepest part that exists). */
  placeOf: (path: Array<string | number>, atKey?: boolean) => { line: number; column: number };
  /** The 0-based offset in the file of the field at a path. */
  offsetOf: (path: Array<string | number>) => number;
}

/** Reads `file`, parses it (strict JSON for `.json`) and validates it; throws `RuleError` with a place. */
export function readCheckedFile(file: string, validate: Validator): CheckedFile {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (cause) {
    throw new RuleError(file, 'cannot be read', undefined, { cause });
  }
  return checkText(file, text, validate);
}

/** As `readCheckedFile`, for text already in hand. */
export function checkText(file: string, text: string, validate: Validator): CheckedFile {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const syntax = file.endsWith('.json') ? 'JSON' : 'YAML';
  const problem = doc.errors[0];
  if (problem) throw new RuleError(file, `is not valid ${syntax}: ${firstLine(problem.message)}`, placeOfOffset(lines, problem.pos[0]));
  if (file.endsWith('.json')) checkJson(file, text, lines);
  const data: unknown = doc.toJS();
  const placeOf = (path: Array<string | number>, atKey = false) => placeOfOffset(lines, offsetInDocument(doc, path.map(String), atKey, { containerAtKey: true }));
  const offsetAt = (path: Array<string | number>) => offsetInDocument(doc, path.map(String), false, { containerAtKey: true });
  if (!validate(data)) {
    const error = (validate.errors ?? [])[0];
    if (!error) throw new RuleError(file, 'does not match its schema');
    const path = error.instancePath.split('/').slice(1).map(decodePointer);
    const extra = (error.params as { additionalProperty?: string }).additionalProperty;
    if (error.keyword === 'additionalProperties' && extra) path.push(extra);
    throw new RuleError(file, `${error.instancePath || '/'} ${describe(error)}`, placeOf(path, error.keyword === 'additionalProperties'));
  }
  return { data, placeOf, offsetOf: offsetAt };
}

/** What was expected, in an editor's words. */
function describe(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties':
      return `has unknown field '${String(params.additionalProperty)}'`;
    case 'enum':
      return `must be one of ${(params.allowedValues as unknown[]).map(String).join(', ')}`;
    case 'required':
      return `needs the field '${String(params.missingProperty)}'`;
    case 'propertyNames':
      return `has a key that is not allowed: ${String(params.propertyName)}`;
    default:
      return error.message ?? `fails ${error.keyword}`;
  }
}

/** YAML accepts what JSON does not (trailing commas): a `.json` file must be strict JSON. */
function checkJson(file: string, text: string, lines: LineCounter): void {
  try {
    JSON.parse(text);
  } catch (error) {
    const position = Number(/position (\d+)/.exec(String(error))?.[1] ?? 0);
    throw new RuleError(file, `is not valid JSON: ${firstLine(error instanceof Error ? error.message : String(error))}`, placeOfOffset(lines, position));
  }
}

function decodePointer(part: string): string {
  return part.replace(/~1/g, '/').replace(/~0/g, '~');
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
