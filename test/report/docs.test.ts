import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reportSchema } from '../../src/report/validate-report.js';

/** Every property name the schema declares, at any depth. */
function propertyNames(node: unknown, names = new Set<string>()): Set<string> {
  if (Array.isArray(node)) node.forEach((item) => propertyNames(item, names));
  else if (typeof node === 'object' && node !== null) {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'properties') Object.keys(value as object).forEach((name) => names.add(name));
      propertyNames(value, names);
    }
  }
  return names;
}

describe('docs/report-format.md', () => {
  const docs = readFileSync(new URL('../../docs/report-format.md', import.meta.url), 'utf8');

  it('documents every field of the schema', () => {
    const missing = [...propertyNames(reportSchema)].filter((name) => !docs.includes(`\`${name}\``) && !docs.includes(`"${name}"`));
    expect(missing).toEqual([]);
  });

  it('documents every kind and value type', () => {
    const enums = ['conflict', 'temporal-change', 'name-variant', 'quote-variant', 'unresolved', 'count', 'quantity', 'date', 'name', 'quote', 'place', 'ordinal', 'member'];
    expect(enums.filter((name) => !docs.includes(`\`${name}\``))).toEqual([]);
  });
});
