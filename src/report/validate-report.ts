import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import formats from 'ajv-formats';
import schema from './schema/report.schema.json' with { type: 'json' };

/** The report's JSON Schema (draft 2020-12), for tools that want to validate or complete against it. */
export const reportSchema = schema;

/** ajv-formats is CommonJS: its plugin is `module.exports` and also `.default`, reachable the same way in Node and vitest. */
const addFormats = formats.default;

const ajv = new Ajv2020({ allErrors: true, discriminator: true, verbose: true, strict: true, strictRequired: false });
addFormats(ajv, ['date', 'date-time']);
const validate = ajv.compile(schema);

interface TaggedSchema {
  oneOf?: Array<{ properties?: Record<string, { const?: unknown }> }>;
}

/** `/claims/0/value/type must be one of count, quantity, …; got "colour"` instead of ajv's "value of tag". */
function describeTag(where: string, error: ErrorObject): string | undefined {
  const { error: problem, tag, tagValue } = error.params as { error?: string; tag?: string; tagValue?: unknown };
  if (problem !== 'mapping' || tag === undefined) return undefined;
  const branches = (error.parentSchema as TaggedSchema | undefined)?.oneOf ?? [];
  const allowed = branches.map((branch) => String(branch.properties?.[tag]?.const)).join(', ');
  return `${where}/${tag} must be one of ${allowed}; got ${JSON.stringify(tagValue)}`;
}

/** One ajv error as a line: `/discrepancies/0/kind must be equal to one of the allowed values`. */
function describeError(error: ErrorObject): string {
  const where = error.instancePath === '' ? '/' : error.instancePath;
  const message = error.message ?? `fails ${error.keyword}`;
  if (error.keyword === 'discriminator') return describeTag(error.instancePath, error) ?? `${where} ${message}`;
  if (error.keyword === 'additionalProperties') {
    const extra = (error.params as { additionalProperty?: string }).additionalProperty;
    return `${where} ${message}: '${extra ?? '?'}'`;
  }
  return `${where} ${message}`;
}

/**
 * Checks a value against the report schema (schemaVersion 1), compiled once per process.
 * Returns one line per problem, naming the JSON pointer and what was expected; empty means valid.
 */
export function validateReport(report: unknown): string[] {
  if (validate(report)) return [];
  return (validate.errors ?? []).map(describeError);
}
