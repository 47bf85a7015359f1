/**
 * Claims that are parsed only when read. A warm run reads every cached source's claims, but the
 * steps that look at every claim of a drop read only a few of their fields (grouping: extractor,
 * subject key, property; `unifyPeople`: subject, value type, a name's text; `adoptUnowned`:
 * `qualifiers.main`; the check context's index and the report's order: source, evidence offset,
 * id), and most claims are never read further: their groups' findings come from the compare memo
 * and their report text from the claim cache (report/rendered-claims.ts).
 *
 * So the claim cache keeps, beside each source's claims, a *head* of them (`claimsJson`): those
 * few fields of each claim and where its JSON lies in the claims' bytes. `lazyClaims` makes claims
 * from a head whose id, source, subject, property and extractor are plain fields and whose value,
 * display, time, qualifiers and evidence are accessors that parse the claim's JSON on first use and
 * then become plain fields. They are own enumerable properties in the order the JSON has them, so
 * spreads, `Object.keys` and `JSON.stringify` see the claim as parsed. The few fields the steps
 * across the drop read inside value, qualifiers and evidence are read through `offsetOf`,
 * `valueTypeOf`, `nameTextOf` and `mainOf`, which take them from the head while there is one.
 */
import type { Claim, Report } from './types.js';

/** What a lazy claim knows without parsing, beside where the JSON of its other fields lies. */
interface Head {
  /** `evidence.offset` */
  offset: number;
  /** `value.type` */
  valueType: Claim['value']['type'];
  /** `value.text` of a name claim. */
  nameText: string | undefined;
  /** `qualifiers.main` when it is a string. */
  main: string | undefined;
  /** The source's claims' JSON, in which each lazy field's lies at `ranges` (start and end, field after field, in `LAZY`'s order); undefined once every field is parsed. */
  bytes: Buffer | undefined;
  ranges: number[];
  /** How many lazy fields are not parsed yet. */
  pending: number;
}

const HEAD = Symbol('claim head');
type Lazy = Claim & { [HEAD]?: Head | undefined };

/** A claim's keys, in the order extraction writes them (a source whose claims have other keys or another order is parsed as before). */
const KEYS = ['id', 'source', 'subject', 'property', 'value', 'display', 'time', 'qualifiers', 'evidence', 'extractor'] as const;
/** The keys parsed on first use, each on its own. */
const LAZY = ['value', 'display', 'time', 'qualifiers', 'evidence'] as const;
type LazyKey = (typeof LAZY)[number];

/** One claim in a head: id, source, subject key and text, property, extractor, value type, evidence offset, `qualifiers.main` (a string, or null), a name claim's text (or null), then the start and end of the claim's JSON in the source's claims' bytes, and of each lazy field's. */
type Row = [string, string, string, string, string, string, string, number, string | null, string | null, ...number[]];
/** Where a row's numbers start, and how long it is. */
const PLACES = 10;
const ROW = PLACES + 2 + 2 * LAZY.length;

/** A head of one source's claims (stored beside them): `bytes` is the length of their JSON in UTF-8. */
export interface ClaimsHead {
  bytes: number;
  rows: Row[];
}

/** `evidence.offset`, from the head while the claim has one. */
export function offsetOf(claim: Claim): number {
  return (claim as Lazy)[HEAD]?.offset ?? claim.evidence.offset;
}

/** `value.type`, from the head while the claim has one. */
export function valueTypeOf(claim: Claim): Claim['value']['type'] {
  return (claim as Lazy)[HEAD]?.valueType ?? claim.value.type;
}

/** `value.text` of a name claim (undefined for other claims), from the head while the claim has one. */
export function nameTextOf(claim: Claim): string | undefined {
  const head = (claim as Lazy)[HEAD];
  if (head) return head.nameText;
  return claim.value.type === 'name' ? claim.value.text : undefined;
}

/** `qualifiers.main` when it is a string (else undefined), from the head while the claim has one. */
export function mainOf(claim: Claim): string | undefined {
  const head = (claim as Lazy)[HEAD];
  if (head) return head.main;
  const main = claim.qualifiers.main;
  return typeof main === 'string' ? main : undefined;
}

/** Whether `claim` is a lazy claim with fields not parsed yet. */
export function unparsed(claim: Claim): boolean {
  return ((claim as Lazy)[HEAD]?.pending ?? 0) > 0;
}

/**
 * The JSON of one source's claims (exactly `JSON.stringify(claims)`), and their head, when every
 * claim has the keys extraction writes, in its order, none undefined (else no head: the claims
 * are read whole). Each claim's JSON is put together from its fields' (as `JSON.stringify` does),
 * so that where each lazy field lies is known.
 */
export function claimsJson(claims: readonly Claim[]): { json: string; head?: ClaimsHead } {
  const pieces: string[] = [];
  const rows: Row[] = [];
  let at = 1; // the byte after `[`
  for (const claim of claims) {
    const fields = plainKeys(claim) ? LAZY.map((key) => JSON.stringify(claim[key]) as string | undefined) : [];
    if (fields.length === 0 || fields.some((field) => field === undefined)) return { json: JSON.stringify(claims) };
    const { subject, value } = claim;
    const opening = `{"id":${JSON.stringify(claim.id)},"source":${JSON.stringify(claim.source)},"subject":${JSON.stringify(subject)},"property":${JSON.stringify(claim.property)}`;
    const closing = `,"extractor":${JSON.stringify(claim.extractor)}}`;
    const ranges: number[] = [at];
    let piece = opening;
    let bytes = at + Buffer.byteLength(opening);
    LAZY.forEach((key, i) => {
      const label = `,"${key}":`;
      const field = fields[i]!;
      bytes += label.length;
      const length = Buffer.byteLength(field);
      ranges.push(bytes, bytes + length);
      bytes += length;
      piece += label + field;
    });
    piece += closing;
    bytes += Buffer.byteLength(closing);
    ranges.splice(1, 0, bytes);
    pieces.push(piece);
    const main = claim.qualifiers.main;
    rows.push([claim.id, claim.source, subject.key, subject.text, claim.property, claim.extractor, value.type, claim.evidence.offset, typeof main === 'string' ? main : null, value.type === 'name' ? value.text : null, ...ranges]);
    at = bytes + 1; // the comma, or the closing bracket
  }
  const json = `[${pieces.join(',')}]`;
  return { json, head: { bytes: Buffer.byteLength(json), rows } };
}

/** Whether a claim's keys (and its subject's) are those a head can stand for, in order, with the types it keeps. */
function plainKeys(claim: Claim): boolean {
  const keys = Object.keys(claim);
  if (keys.length !== KEYS.length || keys.some((key, i) => key !== KEYS[i])) return false;
  const subject = Object.keys(claim.subject);
  if (subject.length !== 2 || subject[0] !== 'key' || subject[1] !== 'text') return false;
  const strings = [claim.id, claim.source, claim.subject.key, claim.subject.text, claim.property, claim.extractor, claim.value?.type];
  return strings.every((s) => typeof s === 'string') && typeof claim.evidence?.offset === 'number' && (claim.value.type !== 'name' || typeof claim.value.text === 'string');
}

const OPEN = 0x7b; // {
const CLOSE = 0x7d; // }
const COLON = 0x3a; // :
const COMMA = 0x2c; // ,
const BRACKET = 0x5b; // [
const BRACKET_CLOSE = 0x5d; // ]

/**
 * The claims a head stands for, over their JSON's `bytes` (as stored with the head); undefined when
 * the head does not fit the bytes (then the claims are to be read whole).
 */
export function lazyClaims(bytes: Buffer, head: unknown): Claim[] | undefined {
  if (!isHead(head) || head.bytes !== bytes.length || bytes[0] !== BRACKET || bytes[bytes.length - 1] !== BRACKET_CLOSE) return undefined;
  const claims: Claim[] = [];
  let after = 0;
  for (const row of head.rows) {
    if (!Array.isArray(row) || row.length !== ROW) return undefined;
    const [id, source, key, text, property, extractor, valueType, offset, main, nameText] = row;
    const typed = [id, source, key, text, property, extractor, valueType].every((s) => typeof s === 'string') && typeof offset === 'number' && (main === null || typeof main === 'string') && (nameText === null || typeof nameText === 'string');
    if (!typed) return undefined;
    // The claim's JSON right after the one before (or the opening bracket), and before a comma or the closing bracket.
    const [from, to] = [row[PLACES], row[PLACES + 1]];
    if (from !== after + 1 || typeof to !== 'number' || !(to > from && to < bytes.length) || bytes[from] !== OPEN || bytes[to - 1] !== CLOSE || bytes[to] !== (to === bytes.length - 1 ? BRACKET_CLOSE : COMMA)) return undefined;
    // Each field's JSON in it, after a colon, before a comma, after the one before.
    for (let i = PLACES + 2; i < ROW; i += 2) {
      const [start, end] = [row[i], row[i + 1]];
      if (typeof start !== 'number' || typeof end !== 'number' || !(start > after && end > start && end < bytes.length) || bytes[start - 1] !== COLON || bytes[end] !== COMMA) return undefined;
      after = end;
    }
    if (after >= to) return undefined;
    after = to;
    claims.push(lazyClaim(row, bytes));
  }
  return after === bytes.length - 1 || (claims.length === 0 && bytes.length === 2) ? claims : undefined;
}

function isHead(value: unknown): value is ClaimsHead {
  return typeof value === 'object' && value !== null && typeof (value as ClaimsHead).bytes === 'number' && Array.isArray((value as ClaimsHead).rows);
}

/** Each lazy key's accessors, shared by every lazy claim (they find the claim's JSON through `this`). */
const ACCESSORS: PropertyDescriptorMap = Object.fromEntries(
  LAZY.map((key, i) => [
    key,
    {
      get(this: Lazy) {
        return parse(this, key, i);
      },
      set(this: Lazy, value: unknown) {
        LAZY.forEach((other, j) => parse(this, other, j));
        this[HEAD] = undefined; // what the head says may no longer hold
        (this as unknown as Record<string, unknown>)[key] = value;
      },
      enumerable: true,
      configurable: true,
    },
  ]),
);

function lazyClaim(row: Row, bytes: Buffer): Claim {
  const [id, source, key, text, property, extractor, valueType, offset, main, nameText] = row;
  const claim = { id, source, subject: { key, text }, property } as unknown as Lazy;
  Object.defineProperties(claim, ACCESSORS);
  claim.extractor = extractor;
  const head: Head = { offset, valueType: valueType as Head['valueType'], nameText: nameText ?? undefined, main: main ?? undefined, bytes, ranges: row.slice(PLACES + 2) as number[], pending: LAZY.length };
  Object.defineProperty(claim, HEAD, { value: head, writable: true, enumerable: false, configurable: true });
  return claim;
}

/** Parses one lazy field of a claim (the `i`th of `LAZY`) when it is not parsed yet, and makes it a plain field, in its place; returns its value. */
function parse(claim: Lazy, key: LazyKey, i: number): unknown {
  const descriptor = Object.getOwnPropertyDescriptor(claim, key);
  if (descriptor && !descriptor.get) return descriptor.value;
  const head = claim[HEAD]!;
  const value = JSON.parse(head.bytes!.toString('utf8', head.ranges[2 * i], head.ranges[2 * i + 1])) as unknown;
  Object.defineProperty(claim, key, { value, writable: true, enumerable: true, configurable: true });
  if (--head.pending === 0) head.bytes = undefined;
  return value;
}

type ReportClaim = Report['claims'][number];
const VIEWED = Symbol('viewed claim');
type View = ReportClaim & { [VIEWED]: Claim };
/** The report claim's keys that are read from the claim on first use (the claim is parsed then). */
const VIEW_LAZY = ['value', 'display', 'time', 'evidence'] as const;
const VIEW_ACCESSORS: PropertyDescriptorMap = Object.fromEntries(
  VIEW_LAZY.map((key) => [
    key,
    {
      get(this: View) {
        const value = this[VIEWED][key];
        Object.defineProperty(this, key, { value, writable: true, enumerable: true, configurable: true });
        return value;
      },
      set(this: View, value: unknown) {
        Object.defineProperty(this, key, { value, writable: true, enumerable: true, configurable: true });
      },
      enumerable: true,
      configurable: true,
    },
  ]),
);

/**
 * A claim not parsed yet as the report carries it (report-claims.ts' `toReportClaim`), without
 * parsing it: the report's JSON copies the text of most sources' claims (rendered-claims.ts), so
 * their value, display, time and evidence are read only by whoever asks (then from the claim).
 */
export function reportView(claim: Claim): ReportClaim {
  const { id, source, subject, property } = claim;
  const view = { id, source, subject, property } as unknown as View;
  Object.defineProperties(view, VIEW_ACCESSORS);
  view.extractor = claim.extractor;
  Object.defineProperty(view, VIEWED, { value: claim, enumerable: false });
  return view;
}
