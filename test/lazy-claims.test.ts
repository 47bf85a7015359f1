/**
 * Claims parsed only when read (src/lazy-claims.ts): the same claims as parsing their JSON, seen
 * through any way of reading them (fields, spreads, keys, JSON, deep equality), parsed on first use.
 */
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { claimsJson, lazyClaims, mainOf, nameTextOf, offsetOf, unparsed, valueTypeOf } from '../src/lazy-claims.js';
import { toReportClaim } from '../src/report/report-claims.js';
import type { Claim } from '../src/types.js';

const time = { span: { start: '2024-07-09', end: '2024-07-09', precision: 'day' as const }, anchor: '2024-07-09', implied: ['date'], basis: 'publication' as const, certain: true };

function claim(id: string, extra: Partial<Claim> = {}): Claim {
  return {
    id,
    source: 'a/é.md',
    subject: { key: `qty:general:troop`, text: 'troops “élite”' },
    property: 'count',
    value: { type: 'count', n: 31 },
    display: '31 troops',
    time,
    qualifiers: { main: 'NATO', features: ['qty:31 troop'] },
    evidence: { text: `Sentence ${id} — with “quotes” and ünïcode.`, zone: 'body', line: 1, column: 3, offset: 40 + id.length, length: 20 },
    extractor: 'generic.count',
    ...extra,
  };
}

const claims: Claim[] = [
  claim('a'),
  claim('bb', { value: { type: 'name', text: 'Jens Stoltenberg' }, subject: { key: 'person:jns stltnbrg', text: 'Jens Stoltenberg' }, qualifiers: {} }),
  claim('ccc', { value: { type: 'quote', text: 'We are “stronger”.', speaker: 'Xi' }, qualifiers: { main: 3 } }),
];

function lazy(list: readonly Claim[]): Claim[] {
  const { json, head } = claimsJson(list);
  expect(json).toBe(JSON.stringify(list));
  return lazyClaims(Buffer.from(json), JSON.parse(JSON.stringify(head)))!;
}

describe('lazy claims', () => {
  it('are the claims their JSON holds, however they are read', () => {
    const parsed = JSON.parse(JSON.stringify(claims)) as Claim[];
    const read = lazy(claims);
    expect(read).toHaveLength(3);
    expect(read.every(unparsed)).toBe(true);
    // The fields the steps across the drop read, without parsing.
    expect(read.map(offsetOf)).toEqual(parsed.map((c) => c.evidence.offset));
    expect(read.map(valueTypeOf)).toEqual(['count', 'name', 'quote']);
    expect(read.map(nameTextOf)).toEqual([undefined, 'Jens Stoltenberg', undefined]);
    expect(read.map(mainOf)).toEqual(['NATO', undefined, undefined]);
    expect(read.map((c) => [c.id, c.source, c.subject, c.property, c.extractor])).toEqual(parsed.map((c) => [c.id, c.source, c.subject, c.property, c.extractor]));
    expect(read.every(unparsed)).toBe(true);
    // Keys, JSON and spreads as parsed claims have them; parsed on first use.
    expect(read.map((c) => Object.keys(c))).toEqual(parsed.map((c) => Object.keys(c)));
    expect(JSON.stringify(read[0])).toBe(JSON.stringify(parsed[0]));
    expect(unparsed(read[0]!)).toBe(false);
    expect({ ...read[1]! }).toStrictEqual(parsed[1]);
    expect(read[2]!.value).toEqual(parsed[2]!.value);
    expect(read.some(unparsed)).toBe(false);
    expect(isDeepStrictEqual(read.map((c) => ({ ...c })), parsed)).toBe(true);
    expect(read).toEqual(parsed);
    // Read again: the same objects.
    expect(read[0]!.evidence).toBe(read[0]!.evidence);
  });

  it('take a field set on them, and read it from then on', () => {
    const [first] = lazy(claims);
    first!.evidence = { ...claims[0]!.evidence, offset: 7 };
    expect(offsetOf(first!)).toBe(7);
    first!.qualifiers = {};
    expect(mainOf(first!)).toBeUndefined();
    expect(first!.display).toBe('31 troops');
  });

  it('are as the report carries them without being parsed (toReportClaim)', () => {
    const read = lazy(claims);
    const views = read.map(toReportClaim);
    expect(read.every(unparsed)).toBe(true);
    const parsed = (JSON.parse(JSON.stringify(claims)) as Claim[]).map(toReportClaim);
    expect(views.map((v) => Object.keys(v))).toEqual(parsed.map((v) => Object.keys(v)));
    expect(JSON.stringify(views)).toBe(JSON.stringify(parsed));
    expect(views[0]!.value).toBe(read[0]!.value);
    expect(views).toEqual(parsed);
  });

  it('are not made when the head does not fit the bytes', () => {
    const { json, head } = claimsJson(claims);
    const bytes = Buffer.from(json);
    expect(lazyClaims(bytes, head)).toHaveLength(3);
    expect(lazyClaims(Buffer.from(json.replace('31 troops', '32 troops')), head)).toHaveLength(3); // same length: the checksums of the entries catch that
    expect(lazyClaims(Buffer.from(`${json} `), head)).toBeUndefined();
    expect(lazyClaims(Buffer.from(json.replace('"a"', '"ab"')), head)).toBeUndefined();
    expect(lazyClaims(bytes, null)).toBeUndefined();
    expect(lazyClaims(bytes, { ...head, rows: head!.rows.slice(1) })).toBeUndefined();
    expect(lazyClaims(bytes, { ...head, rows: [head!.rows[1], head!.rows[0], head!.rows[2]] })).toBeUndefined();
    expect(lazyClaims(bytes, { ...head, rows: head!.rows.map((row) => row.slice(0, 11)) })).toBeUndefined();
    expect(lazyClaims(Buffer.from('[]'), claimsJson([]).head)).toEqual([]);
  });

  it('have no head when a claim has other keys or another order', () => {
    expect(claimsJson([{ ...claims[0]!, extra: 1 } as Claim]).head).toBeUndefined();
    const { id, ...rest } = claims[0]!;
    expect(claimsJson([{ ...rest, id } as Claim]).head).toBeUndefined();
    expect(claimsJson([{ ...claims[0]!, subject: { text: 'x', key: 'y' } }]).head).toBeUndefined();
    expect(claimsJson(claims).head?.rows).toHaveLength(3);
  });
});
