import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { ingestFile, locate } from '../../src/ingest/index.js';
import type { Source, ZoneKind } from '../../src/types.js';

/** Path of a fixture, relative to the project root (how a user would pass it). */
export const fixture = (name: string) => `test/fixtures/ingest/${name}`;

/** Reads a fixture from disk and ingests it, with its sidecar if named. */
export function ingestFixture(name: string, sidecar?: string) {
  const side = sidecar ? { path: fixture(sidecar), bytes: readFileSync(fixture(sidecar)) } : undefined;
  return ingestFile(fixture(name), readFileSync(fixture(name)), side);
}

/** The only source of a result, failing the test when there is not exactly one. */
export function only(result: ReturnType<typeof ingestFile>): Source {
  expect(result.failed).toEqual([]);
  expect(result.sources).toHaveLength(1);
  return result.sources[0] as Source;
}

/** `[kind, text]` of every zone that is not body. */
export function markedZones(source: Source): Array<[ZoneKind, string]> {
  return source.zones.filter((z) => z.kind !== 'body').map((z) => [z.kind, source.text.slice(z.start, z.end)]);
}

/** Line and column in the original file of a phrase of the source's text. */
export function placeOf(source: Source, phrase: string): { line: number; column: number } {
  const index = source.text.indexOf(phrase);
  expect(index, `"${phrase}" in text`).toBeGreaterThanOrEqual(0);
  const { line, column } = locate(source, index);
  return { line, column };
}
