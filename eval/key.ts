/** Reads and checks an answer key (docs/answer-key.md): a bad key names the file and the field. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export type KeyValue = number | string;

export interface KeyFact {
  source: string;
  subject: string;
  property: string;
  value: KeyValue;
  asOf?: string;
  phrase: string;
}

export interface KeyFinding {
  kind: string;
  property: string;
  subject: string;
  values: KeyValue[];
  sources: string[];
}

export interface KeyTrap {
  description: string;
  sources: string[];
  values: KeyValue[];
  /**
   * The words that hold the misleading figure ("128 vendors" in a cookie bar), when the trap's
   * sources also state the value for real: only a claim read from these words hits the trap.
   */
  phrase?: string | string[];
}

export interface AnswerKey {
  corpus: string;
  facts: KeyFact[];
  findings: KeyFinding[];
  traps: KeyTrap[];
}

const KINDS = ['conflict', 'temporal-change', 'name-variant', 'quote-variant', 'unresolved'];
/** Kinds a key may write for convenience, read as a report's kind: `internal` is a conflict within one source. */
const ALIASES: Record<string, string> = { internal: 'conflict' };

export function readKey(file: string): AnswerKey {
  const data = parse(readFileSync(file, 'utf8')) as Partial<AnswerKey> | null;
  const fail = (where: string, what: string): never => {
    throw new Error(`${file}: ${where} ${what}`);
  };
  if (!data || typeof data.corpus !== 'string') fail('/corpus', 'must be a name');
  const key: AnswerKey = { corpus: data!.corpus!, facts: data!.facts ?? [], findings: data!.findings ?? [], traps: data!.traps ?? [] };
  key.facts.forEach((f, i) => {
    for (const field of ['source', 'property', 'phrase'] as const) if (typeof f[field] !== 'string') fail(`/facts/${i}/${field}`, 'must be text');
    if (f.value === undefined || f.value === null) fail(`/facts/${i}/value`, 'is missing');
    if (f.asOf !== undefined && !/^\d{4}(-\d{2}){0,2}$/.test(String(f.asOf))) fail(`/facts/${i}/asOf`, `must be YYYY, YYYY-MM or YYYY-MM-DD, got ${f.asOf}`);
  });
  key.findings.forEach((f, i) => {
    f.kind = ALIASES[f.kind] ?? f.kind;
    if (!KINDS.includes(f.kind)) fail(`/findings/${i}/kind`, `must be one of ${KINDS.join(', ')}`);
    if (!Array.isArray(f.values) || !Array.isArray(f.sources) || f.sources.length === 0) fail(`/findings/${i}`, 'needs values and sources');
  });
  key.traps.forEach((t, i) => {
    if (!Array.isArray(t.values) || !Array.isArray(t.sources)) fail(`/traps/${i}`, 'needs values and sources');
  });
  return key;
}
