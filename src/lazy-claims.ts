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

/** What a lazy claim knows without parsing, beside where its JSON lies. */
interface Head {
  /** `evidence.offset` */
  offset: number;
  /** `value.type` */
  valueType: Claim['value']['type'];
  /** `value.text` of a name claim. */
  nameText: string | undefined;
  /** `qualifiers.main` when it is a string. */
  main: string | undefined;
  /** The claim's JSON: `bytes[start, end)`; undefined once parsed. */
  bytes: Buffer | undefined;
  start: number;
  end: number;
}

const HEAD = Symbol('claim head');
type Lazy = Claim & { [HEAD]?: Head | undefined };

/** A claim's keys, in the order extraction writes them (a source whose claims have other keys or another order is parsed as before). */
const KEYS = ['id', 'source', 'subject', 'property', 'value', 'display', 'time', 'qualifiers', 'evidence', 'extractor'] as const;
/** The keys parsed on first use. */
const LAZY = ['value', 'display', 'time', 'qualifiers', 'evidence'] as const;

/** One claim in a head: id, source, subject key and text, property, extractor, value type, evidence offset, its JSON's start and end, `qualifiers.main` (a string, or null), a name claim's text (or null). */
type Row = [string, string, string, string, string, string, string, number, number, number, string | null, string | null];

/** A head of one source's claims (stored beside them): `bytes` is the length of their JSON in UTF-8. */
export interface ClaimsHead {
  bytes: number;
  rows: Row[];
}

/** `evidence.offset`, from the head while the claim is not parsed. */
export function offsetOf(claim: Claim): number {
  return (claim as Lazy)[HEAD]?.offset ?? claim.evidence.offset;
}

/** `value.type`, from the head while the claim is not parsed. */
export function valueTypeOf(claim: Claim): Claim['value']['type'] {
  return (claim as Lazy)[HEAD]?.valueType ?? claim.value.type;
}

/** `value.text` of a name claim (undefined for other claims), from the head while the claim is not parsed. */
export function nameTextOf(claim: Claim): string | undefined {
  const head = (claim as Lazy)[HEAD];
  if (head) return head.nameText;
  return claim.value.type === 'name' ? claim.value.text : undefined;
}

/** `qualifiers.main` when it is a string (else undefined), from the head while the claim is not parsed. */
export function mainOf(claim: Claim): string | undefined {
  const head = (claim as Lazy)[HEAD];
  if (head) return head.main;
  const main = claim.qualifiers.main;
  return typeof main === 'string' ? main : undefined;
}

/** Whether `claim` is a lazy claim not parsed yet. */
export function unparsed(claim: Claim): boolean {
  return (claim as Lazy)[HEAD]?.bytes !== undefined;
}

/**
 * The JSON of one source's claims (exactly `JSON.stringify(claims)`), and their head, when every
 * claim has the keys extraction writes, in its order (else no head: the claims are read whole).
 */
export function claimsJson(claims: readonly Claim[]): { json: string; head?: ClaimsHead } {
  const pieces = claims.map((claim) => JSON.stringify(claim));
  const json = `[${pieces.join(',')}]`;
  const rows: Row[] = [];
  let at = 1;
  for (let i = 0; i < claims.length; i++) {
    const claim = claims[i]!;
    if (!plainKeys(claim)) return { json };
    const length = Buffer.byteLength(pieces[i]!);
    const main = claim.qualifiers.main;
    const { subject, value } = claim;
    rows.push([claim.id, claim.source, subject.key, subject.text, claim.property, claim.extractor, value.type, claim.evidence.offset, at, at + length, typeof main === 'string' ? main : null, value.type === 'name' ? value.text : null]);
    at += length + 1;
  }
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

/**
 * The claims a head stands for, over their JSON's `bytes` (as stored with the head); undefined when
 * the head does not fit the bytes (then the claims are to be read whole).
 */
export function lazyClaims(bytes: Buffer, head: unknown): Claim[] | undefined {
  if (!isHead(head) || head.bytes !== bytes.length) return undefined;
  const claims: Claim[] = [];
  let after = 0;
  for (const row of head.rows) {
    if (!Array.isArray(row) || row.length !== 12) return undefined;
    const [id, source, key, text, property, extractor, valueType, offset, start, end, main, nameText] = row;
    // One claim's JSON after the other, as `claimsJson` joins them: `[`, then each followed by `,` or `]`.
    const fits = start === after + 1 && typeof end === 'number' && end > start && end < bytes.length && bytes[start] === OPEN && bytes[end - 1] === CLOSE && bytes[end] === (end === bytes.length - 1 ? BRACKET_CLOSE : COMMA);
    const typed = [id, source, key, text, property, extractor, valueType].every((s) => typeof s === 'string') && typeof offset === 'number' && (main === null || typeof main === 'string') && (nameText === null || typeof nameText === 'string');
    if (!fits || !typed) return undefined;
    after = end;
    claims.push(lazyClaim(row, bytes));
  }
  const whole = claims.length > 0 ? after === bytes.length - 1 : bytes.length === 2 && bytes[1] === BRACKET_CLOSE;
  return bytes[0] === BRACKET && whole ? claims : undefined;
}

const OPEN = 0x7b; // {
const CLOSE = 0x7d; // }
const BRACKET = 0x5b; // [
const BRACKET_CLOSE = 0x5d; // ]
const COMMA = 0x2c; // ,

function isHead(value: unknown): value is ClaimsHead {
  return typeof value === 'object' && value !== null && typeof (value as ClaimsHead).bytes === 'number' && Array.isArray((value as ClaimsHead).rows);
}

/** Each lazy key's accessors, shared by every lazy claim (they find the claim's JSON through `this`). */
const ACCESSORS: PropertyDescriptorMap = Object.fromEntries(
  LAZY.map((key) => [
    key,
    {
      get(this: Lazy) {
        parse(this);
        return this[key];
      },
      set(this: Lazy, value: unknown) {
        parse(this);
        this[HEAD] = undefined; // what the head says may no longer hold
        (this as unknown as Record<string, unknown>)[key] = value;
      },
      enumerable: true,
      configurable: true,
    },
  ]),
);

function lazyClaim(row: Row, bytes: Buffer): Claim {
  const [id, source, key, text, property, extractor, valueType, offset, start, end, main, nameText] = row;
  const claim = { id, source, subject: { key, text }, property } as unknown as Lazy;
  Object.defineProperties(claim, ACCESSORS);
  claim.extractor = extractor;
  const head: Head = { offset, valueType: valueType as Head['valueType'], nameText: nameText ?? undefined, main: main ?? undefined, bytes, start, end };
  Object.defineProperty(claim, HEAD, { value: head, writable: true, enumerable: false, configurable: true });
  return claim;
}

/** Parses a lazy claim's JSON (once) and makes its lazy keys plain fields, in their places. */
function parse(claim: Lazy): void {
  const head = claim[HEAD];
  if (!head?.bytes) throw new Error('lazy claim: read before it was made');
  const full = JSON.parse(head.bytes.toString('utf8', head.start, head.end)) as Record<string, unknown>;
  head.bytes = undefined;
  for (const key of LAZY) Object.defineProperty(claim, key, { value: full[key], writable: true, enumerable: true, configurable: true });
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
