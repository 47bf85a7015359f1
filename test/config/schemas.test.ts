import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileNow } from '../../src/config/read-checked-file.js';

// Runs compile these schemas without checking them against the meta-schema (start-up time); here they are.
const SCHEMAS = ['rules/rule.schema.json', 'src/config/config.schema.json', 'src/facts/facts.schema.json', 'src/baseline/review.schema.json', 'src/baseline/baseline.schema.json'];

describe("the project's schemas", () => {
  it.each(SCHEMAS)('%s is a valid draft-07 schema', (file) => {
    const schema = JSON.parse(readFileSync(file, 'utf8')) as object;
    expect(() => compileNow(schema, { validateSchema: true })).not.toThrow();
  });

  it('a schema that breaks the meta-schema is refused when checked', () => {
    expect(() => compileNow({ type: 'no-such-type' }, { validateSchema: true })).toThrow();
  });
});
