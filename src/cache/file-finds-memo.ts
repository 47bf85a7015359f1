/**
 * What each source's text contributes to the drop's learned organisations (extract/learn-organisations.ts,
 * `TextFinds`), kept between runs, so that a warm run searches only the new texts: the drop's
 * organisations are the finds merged in source order, and a source's finds depend only on its
 * text and the rules' organisation heads and nouns (the memo's context). Kept by the source's
 * digest (claim-key.ts; a source read from the ingest cache has it at no cost). One file per set of
 * paths checked, in the cache folder, in the pack format (entry-pack.ts: a checksum at the end),
 * salted like every cache file; a run writes the finds it used when any was new or some went
 * unused. A missing file is an empty memo, a damaged one is said through `warn` and ignored, an
 * entry of the wrong shape is searched again; deleting it is always safe.
 */
import type { FindsMemo, TextFinds } from '../extract/learn-organisations.js';
import type { Source } from '../types.js';
import { sha256, sourceDigest } from './claim-key.js';
import type { FileEntryStore } from './file-entry-store.js';
import { PackMemo } from './pack-memo.js';

const FORMAT = 1;

export class FileFindsMemo implements FindsMemo {
  private readonly memo: PackMemo;

  constructor(store: FileEntryStore, scope: string, warn?: (message: string) => void) {
    this.memo = new PackMemo(store.scopedFile('organisation-finds', scope, '.finds'), FORMAT, 'organisation memo', 'every text is searched again', warn);
  }

  recall(source: Source, context: string): TextFinds | undefined {
    let finds: TextFinds | undefined;
    this.memo.recall(sha256(context), sourceDigest(source), (json) => {
      const value = parsed(json);
      finds = isFinds(value) ? value : undefined;
      return finds !== undefined;
    });
    return finds;
  }

  keep(source: Source, context: string, finds: TextFinds): void {
    this.memo.keep(sha256(context), sourceDigest(source), JSON.stringify(finds));
  }

  /** Writes the finds this run used for the next one, when any was new (or some of the memo went unused); lets the old memo go. */
  save(): void {
    this.memo.save();
  }
}

function parsed(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch {
    return undefined;
  }
}

const strings = (value: unknown): value is string[] => Array.isArray(value) && value.every((s) => typeof s === 'string');
const pairs = (value: unknown): value is Array<[string, string]> => Array.isArray(value) && value.every((p) => strings(p) && p.length === 2);

function isFinds(value: unknown): value is TextFinds {
  const finds = value as Partial<TextFinds> | null;
  return typeof finds === 'object' && finds !== null && pairs(finds.acronyms) && pairs(finds.headFirst) && strings(finds.bare) && strings(finds.bodies);
}
