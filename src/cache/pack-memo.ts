/**
 * A memo kept between runs in one pack file (entry-pack.ts: a checksum at the end): entries by a
 * context and a source's digest, read once at the first recall, and written back by `save` with the
 * entries this run used when any was new or some of the old went unused. A missing file is an
 * empty memo, a damaged one is said through `warn` and ignored; deleting it is always safe. The
 * claim key memo and the organisation finds memo are two of these.
 */
import { EntryPack, entryId } from './entry-pack.js';
import { writePack } from './write-pack.js';

export class PackMemo {
  /** The memo of the previous run, read at the first recall; null once read and found missing or damaged. */
  private read: EntryPack | null | undefined;
  /** The entries the next memo holds, by context and digest (as entry ids), and whether any is new. */
  private readonly next = new Map<string, { context: string; digest: string; json: string }>();
  private added = false;
  private warned = false;

  /** `what` names the memo in messages ("claim key memo"); `damaged` says what a damaged one costs. */
  constructor(
    readonly file: string,
    private readonly format: number,
    private readonly what: string,
    private readonly damaged: string,
    private readonly warn?: (message: string) => void,
  ) {}

  /** The entry the previous run kept for this context and digest, if `valid` accepts it; it is kept for the next run. */
  recall(context: string, digest: string, valid: (json: string) => boolean): string | undefined {
    const json = this.peek(context, digest, valid);
    if (json !== undefined) this.next.set(entryId(context, digest), { context, digest, json });
    return json;
  }

  /** The entry the previous run kept for this context and digest, if `valid` accepts it; not kept for the next run. */
  peek(context: string, digest: string, valid: (json: string) => boolean): string | undefined {
    if (this.read === undefined) {
      const read = EntryPack.read(this.file);
      if (read && !(read instanceof EntryPack)) this.warn?.(`damaged ${this.what} ${this.file} (${read.damaged}): ignored, ${this.damaged}`);
      this.read = read instanceof EntryPack ? read : null;
    }
    const json = this.read?.json(context, this.format, digest);
    return json === undefined || !valid(json) ? undefined : json;
  }

  keep(context: string, digest: string, json: string): void {
    this.next.set(entryId(context, digest), { context, digest, json });
    this.added = true;
  }

  /** Writes the entries this run used for the next one, when any was new (or some of the memo went unused); lets the old memo go. */
  save(): void {
    const unused = (this.read?.entries.size ?? 0) !== this.next.size;
    if (this.next.size > 0 && (this.added || unused)) {
      try {
        writePack(this.file, [...this.next.values()].map(({ context, digest, json }) => ({ kind: context, format: this.format, key: digest, json: Buffer.from(json) })));
      } catch (error) {
        if (!this.warned) this.warn?.(`cannot write the ${this.what} ${this.file}, going on without it: ${error instanceof Error ? error.message : String(error)}`);
        this.warned = true;
      }
    }
    this.read = null;
    this.next.clear();
    this.added = false;
  }
}
