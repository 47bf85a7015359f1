/**
 * Property tests of ingest: random bytes, random JSON and front matter, and mutated real
 * articles never crash it (an internal error would surface as an `unreadable` diagnostic), and
 * every position it hands on maps inside the file.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decode } from '../../src/ingest/decode.js';
import { ingestFile, locate } from '../../src/ingest/index.js';
import type { Source } from '../../src/types.js';
import { CORPUS, mutate, mutation, SEED } from './mutate.js';

const EXTENSIONS = ['txt', 'md', 'json', 'html'] as const;

/** Checks one file's ingest result: no internal error, zones, segments and located places inside the file. */
function assertSound(name: string, bytes: Uint8Array): void {
  const result = ingestFile(name, bytes);
  for (const input of [...result.failed, ...result.sources]) {
    expect(input.diagnostics.filter((d) => d.code === 'unreadable'), 'an internal error').toEqual([]);
    for (const d of input.diagnostics) if (d.line !== undefined) expect(d.line >= 1 && (d.column ?? 1) >= 1).toBe(true);
  }
  for (const input of result.failed) expect(input.diagnostics.length).toBeGreaterThan(0);
  if (result.sources.length === 0) return;
  const decoded = decode(bytes);
  const fileLength = 'text' in decoded ? decoded.text.length : 0;
  for (const source of result.sources) assertPlaces(source, fileLength);
}

function assertPlaces(source: Source, fileLength: number): void {
  expect(source.text.length).toBeGreaterThan(0);
  for (const zone of source.zones) expect(0 <= zone.start && zone.start <= zone.end && zone.end <= source.text.length).toBe(true);
  for (const seg of source.segments) expect(seg.start < seg.end && seg.end <= source.text.length && seg.fileOffset + (seg.end - seg.start) <= fileLength).toBe(true);
  const step = Math.max(1, Math.floor(source.text.length / 50));
  for (let i = 0; i < source.text.length; i += step) {
    const place = locate(source, i);
    expect(place.offset >= 0 && place.offset <= fileLength, `offset of text[${i}]`).toBe(true);
    expect(place.line >= 1 && place.line <= source.lineStarts.length).toBe(true);
    expect((source.lineStarts[place.line - 1] ?? -1) + place.column - 1).toBe(place.offset);
  }
}

const extension = fc.constantFrom(...EXTENSIONS);

describe('ingest, fuzzed', () => {
  it('survives random bytes in every format', () => {
    fc.assert(
      fc.property(extension, fc.uint8Array({ maxLength: 2000 }), (ext, bytes) => assertSound(`random.${ext}`, bytes)),
      { seed: SEED, numRuns: 800 },
    );
  });

  it('survives random text in every format', () => {
    fc.assert(
      fc.property(extension, fc.string({ maxLength: 2000, unit: 'grapheme' }), (ext, text) => assertSound(`random.${ext}`, Buffer.from(text))),
      { seed: SEED, numRuns: 600 },
    );
  });

  it('survives random JSON and random front matter', () => {
    const json = fc.oneof(fc.json(), fc.array(fc.record({ title: fc.anything(), published: fc.oneof(fc.string(), fc.date({ noInvalidDate: true }).map((d) => d.toISOString()), fc.anything()), body: fc.oneof(fc.string(), fc.anything()) })).map((v) => JSON.stringify(v)));
    const frontMatter = fc.tuple(fc.string({ maxLength: 200 }), fc.string({ maxLength: 300 })).map(([yaml, body]) => `---\n${yaml}\n---\n${body}\n`);
    fc.assert(fc.property(json, (text) => assertSound('random.json', Buffer.from(text))), { seed: SEED, numRuns: 400 });
    fc.assert(fc.property(frontMatter, (text) => assertSound('random.md', Buffer.from(text))), { seed: SEED, numRuns: 300 });
  });

  it('survives mutated real articles', () => {
    const bytesOf = new Map(CORPUS.map((a) => [a.name, a.bytes]));
    fc.assert(
      fc.property(fc.constantFrom(...bytesOf.keys()), fc.array(mutation, { minLength: 1, maxLength: 4 }), (name, mutations) => assertSound(name, mutate(bytesOf.get(name) ?? Buffer.alloc(0), mutations))),
      { seed: SEED, numRuns: 500 },
    );
  });
});
