/**
 * The claim keys of the last run, kept between runs (see claim-key.ts): a source's key is a
 * function of the run's context (rules, tool, the drop's organisations) and of the source's digest,
 * so a warm run whose organisations did not change finds each unchanged source's key here instead
 * of searching its text for every organisation name again. One file per set of paths checked, in
 * the cache folder, in the pack format (entry-pack.ts: a checksum at the end), salted like every
 * cache file; a run writes the keys it used when any was new. A missing file is an empty memo, a
 * damaged one is said through `warn` and ignored; deleting it is always safe.
 */
import type { ClaimKeyMemo, KeyLexicon } from './claim-key.js';
import type { FileEntryStore } from './file-entry-store.js';
import { PackMemo } from './pack-memo.js';

const FORMAT = 1;
const HEX_KEY = /^[0-9a-f]{64}$/;
/** The memo's entries for the organisations of its keys (a context is a hex digest: no key entry has this one). */
const LEXICON = 'lexicon';

export class FileKeyMemo implements ClaimKeyMemo {
  private readonly memo: PackMemo;

  constructor(store: FileEntryStore, scope: string, warn?: (message: string) => void) {
    this.memo = new PackMemo(store.scopedFile('claim-keys', scope, '.keys'), FORMAT, 'claim key memo', 'every key is made again', warn);
  }

  recall(context: string, digest: string): string | undefined {
    return this.memo.recall(context, digest, (key) => HEX_KEY.test(key));
  }

  peek(context: string, digest: string): string | undefined {
    return this.memo.peek(context, digest, (key) => HEX_KEY.test(key));
  }

  /** Kept in two entries: the context and rules part, and the organisations, parsed only when the context changed. */
  lexicon(current: KeyLexicon): KeyLexicon | undefined {
    const head = JSON.stringify([current.context, current.shared]);
    if (this.memo.recall(LEXICON, 'context', (json) => json === head) !== undefined) {
      this.memo.recall(LEXICON, 'organisations', () => true);
      return undefined;
    }
    const before = this.memo.peek(LEXICON, 'context', () => true);
    const organisations = this.memo.peek(LEXICON, 'organisations', () => true);
    this.memo.keep(LEXICON, 'context', head);
    this.memo.keep(LEXICON, 'organisations', current.organisations);
    return before === undefined || organisations === undefined ? undefined : lexiconOf(before, organisations);
  }

  keep(context: string, digest: string, key: string): void {
    this.memo.keep(context, digest, key);
  }

  /** Writes the keys this run used for the next one, when any was not in the memo (or some of the memo went unused); lets the old memo go. */
  save(): void {
    this.memo.save();
  }
}

function lexiconOf(head: string, organisations: string): KeyLexicon | undefined {
  try {
    const [context, shared]: unknown[] = JSON.parse(head);
    return typeof context === 'string' && typeof shared === 'string' ? { context, shared, organisations } : undefined;
  } catch {
    return undefined;
  }
}
