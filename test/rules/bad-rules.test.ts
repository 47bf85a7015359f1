/**
 * Every way a rule file can be wrong stops the run with one line: `file:line:col`, the JSON
 * pointer, what was expected and (for schema errors) the schema rule broken.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RuleError } from '../../src/errors/index.js';
import { loadRules } from '../../src/rules/load-rules.js';

/** The message of the error loading one rule file gives, with the temporary folder cut off. */
function failure(name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'factdiff-bad-rules-'));
  mkdirSync(join(dir, name, '..'), { recursive: true });
  writeFileSync(join(dir, name), text);
  try {
    loadRules([dir]);
  } catch (error) {
    if (error instanceof RuleError) return error.message.replace(`${dir}/`, '');
    throw error;
  }
  throw new Error('expected a RuleError');
}

const COUNT = 'extract:\n  extractor: count\n';
const EVENT = 'extract:\n  extractor: membership-event\n  patterns:\n';

describe('a bad rule file', () => {
  it.each([
    ['YAML syntax error', 'a.yaml', `${COUNT}  triggers: [member\n`, /^a\.yaml:4:1: is not valid YAML: /],
    ['duplicate key', 'a.yaml', `${COUNT}  extractor: quote\n`, /^a\.yaml:3:3: is not valid YAML: Map keys must be unique/],
    ['JSON syntax error', 'b.json', '{"extract": {"extractor": "count",}}', /^b\.json:1:35: is not valid JSON: /],
    ['wrong type', 'a.yaml', `${COUNT}  triggers: member\n`, "a.yaml:3:13: /extract/triggers must be array (schema #/properties/extract/properties/triggers/type)"],
    ['unknown key', 'a.yaml', `${COUNT}  trigger: [member]\n`, "a.yaml:3:3: /extract has unknown field 'trigger' (schema #/properties/extract/additionalProperties)"],
    ['value out of range', 'a.yaml', `${COUNT}check:\n  type: value-at-time\n  tolerance: 2\n`, 'a.yaml:5:14: /check/tolerance must be <= 1 (schema #/properties/check/properties/tolerance/maximum)'],
    ['unknown extractor', 'a.yaml', 'extract:\n  extractor: counter\n', /^a\.yaml:2:14: \/extract\/extractor must be one of count, membership-event, .* \(schema #\/properties\/extract\/properties\/extractor\/enum\)$/],
    ['an empty file', 'a.yaml', '', "a.yaml:1:1: / must be object (schema #/type)"],
    ['a list, not a mapping', 'a.yaml', '- extract\n', "a.yaml:1:1: / must be object (schema #/type)"],
    ['nested repeat in a pattern regex', 'a.yaml', `${EVENT}    - "#ProperNoun+ /^(a+)+$/ member"\n`, 'a.yaml:4:7: /extract/patterns/0 has the regular expression /^(a+)+$/, which repeats a group that itself repeats (near "^(a+)+"), which can take exponential time; write it without the nested repeat'],
    ['invalid pattern regex', 'a.yaml', `${EVENT}    - "#ProperNoun+ joined"\n    - "#ProperNoun+ /^(joined$/"\n`, /^a\.yaml:5:7: \/extract\/patterns\/1 has the regular expression \/\^\(joined\$\/, which is not a valid regular expression \(.*\)$/],
    ['backreference in a pattern regex', 'a.yaml', `${EVENT}    - "/^(\\\\w)\\\\1$/ joined"\n`, /^a\.yaml:4:7: \/extract\/patterns\/0 has the regular expression .* which uses a backreference/],
    ['unclosed group in a pattern', 'a.yaml', `${EVENT}    - "#ProperNoun+ (joined|entered"\n`, "a.yaml:4:7: /extract/patterns/0 has a '(' that is never closed with ')'"],
    ['match syntax in a counted noun', 'a.yaml', `${COUNT}  properties:\n    members: [member states, "/^(a+)+$/"]\n`, "a.yaml:4:30: /extract/properties/members/1 must be plain words: '/' has a meaning in a match pattern"],
    ['a YAML alias bomb', 'a.yaml', `a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n`, /^a\.yaml: cannot be read as data: Excessive alias count/],
  ])('%s', (_name, file, text, expected) => {
    const message = failure(file, text);
    if (typeof expected === 'string') expect(message).toBe(expected);
    else expect(message).toMatch(expected);
  });

  it('is not a folder named like one: that is walked like any folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'factdiff-bad-rules-'));
    mkdirSync(join(dir, 'x.yaml'));
    writeFileSync(join(dir, 'x.yaml', 'inner.yaml'), 'lexicon:\n  roles: [mayor]\n');
    expect(loadRules([dir]).rules.map((r) => r.id)).toEqual(['x.yaml.inner']);
  });
});
