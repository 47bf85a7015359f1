/**
 * Generic rules hold no proper nouns: what they know works for any topic. Organisations, people
 * and places belong in domain packs (rules/domain/). A word counts as a proper noun when it is
 * capitalised and does not start a sentence, unless it is one of the lexicon's organisation
 * words ("Union", "Council"), which name kinds of organisation, or a compromise tag (#ProperNoun).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { parse } from 'yaml';

const DIR = 'rules/generic';
const lexicon = parse(readFileSync(join(DIR, 'lexicon.yaml'), 'utf8')) as { lexicon: { organisationHeads: string[] } };
const allowed = new Set(lexicon.lexicon.organisationHeads);

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.entries(value).filter(([key]) => key !== '$schema').flatMap(([key, v]) => [key, ...strings(v)]);
  return [];
}

function properNouns(text: string): string[] {
  return text
    .replace(/#\p{Lu}\p{L}*/gu, ' ')
    .replace(/\b(?:US|HK)\$/g, '$')
    .split(/(?<=[.!?]["”’)]?)\s+/)
    .flatMap((sentence) => sentence.trim().split(/\s+/).slice(1))
    .map((word) => word.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''))
    .filter((word) => /^\p{Lu}/u.test(word) && !allowed.has(word));
}

it.each(readdirSync(DIR).filter((name) => /\.ya?ml$/.test(name)))('rules/generic/%s names no one and nowhere', (name) => {
  const found = strings(parse(readFileSync(join(DIR, name), 'utf8'))).flatMap(properNouns);
  expect(found).toEqual([]);
});

it('catches a proper noun when there is one', () => {
  expect(properNouns('A country joining an organisation: "Belarus became the 10th member".')).toEqual(['Belarus']);
});
