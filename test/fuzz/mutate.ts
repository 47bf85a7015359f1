/**
 * Mutations of real articles for the fuzz tests: byte flips, truncation, inserted markup,
 * shuffled lines, huge numbers and awkward Unicode, applied to the seeds and the dev corpus.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';

/** One fixed seed, so CI runs the same cases; set FUZZ_SEED to explore others. fast-check prints the seed and path of a failure. */
export const SEED = Number(process.env.FUZZ_SEED ?? 20_240_701);

/** The real articles mutated: the seeds and the dev corpus (every readable format). */
export const CORPUS: ReadonlyArray<{ name: string; bytes: Buffer }> = [
  ...readdirSync('sources').map((name) => `sources/${name}`),
  ...readdirSync('test/corpus/dev').filter((name) => /\.(txt|md|json|html)$/.test(name)).map((name) => `test/corpus/dev/${name}`),
]
  .sort()
  .map((path) => ({ name: path.slice(path.lastIndexOf('/') + 1), bytes: readFileSync(path) }));

const MARKUP = [
  '<script>alert(1)</script>', '</article>', '<article>', '<!--', '-->', '<![CDATA[', '---\n', '\n---\ntitle: [\n---\n',
  '{"', '"]}', '[', '\\u00', '<p>', '</p></div></body>', '<img src=x onerror=alert(1)>', '&#0;', '&amp;&lt;&#x110000;', '# ', '> ', '```\n',
];
const NUMBERS = ['99999999999999999999999999', '1e308', '-0', 'NaN', '10,000,000,000,000 member states', '0.000000001', '9007199254740993', '1st 2nd 3rd 1000000th'];
const UNICODE = ['\u202E', '\uD800', '\uDC00', '\uFEFF', '\u200B\u200D', '\u2028\u2029', 'e\u0301\u0301\u0301', '👩‍👩‍👧‍👦', '\u0000', '\r', '\r\n\r\n', '\t\f\v', 'İı', 'ß', '\uFFFD', '\u00A0\u2009'];

export type Mutation =
  | { kind: 'flip'; at: number; value: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'shuffle'; seed: number };

/** One mutation; positions are fractions of the file's length so they fit any file. */
export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.constantFrom(...MARKUP, ...NUMBERS, ...UNICODE) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.string({ maxLength: 40, unit: 'binary' }) }),
  fc.record({ kind: fc.constant('shuffle' as const), seed: fc.nat() }),
);

/** Applies mutations in order to a copy of the bytes. */
export function mutate(bytes: Uint8Array, mutations: readonly Mutation[]): Buffer {
  let out = Buffer.from(bytes);
  for (const m of mutations) {
    const at = out.length === 0 ? 0 : ('at' in m ? m.at : 0) % (out.length + 1);
    if (m.kind === 'flip' && out.length > 0) out[at % out.length] = m.value;
    else if (m.kind === 'truncate') out = out.subarray(0, at);
    else if (m.kind === 'insert') out = Buffer.concat([out.subarray(0, at), Buffer.from(m.text), out.subarray(at)]);
    else if (m.kind === 'shuffle') out = Buffer.from(shuffled(out.toString('latin1').split('\n'), m.seed).join('\n'), 'latin1');
  }
  return out;
}

/** A deterministic shuffle (a small linear congruential generator seeded by the case). */
function shuffled<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let state = seed >>> 0;
  for (let i = out.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
