/**
 * The packs one build wrote, listed in a file whose name is salted like theirs, so that a run over
 * another scope (a sub-folder, a shard) finds the entries a cold run put straight into its pack
 * (entry-spool.ts) and kept in no file of their own. Only this list is followed: a pack's entries
 * carry no salt, so a pack of another build (an edited extractor) must never be read, and its
 * name cannot say whose it is. The list is a hint: a pack it names that is gone or damaged is
 * passed over, and a list lost to two runs writing it at once only costs extraction again.
 */
import { readFileSync, writeSync } from 'node:fs';
import { basename, join } from 'node:path';
import { writeThroughTemporary } from '../files/write-through-temporary.js';
import { EntryPack, entryId, type PackedEntry } from './entry-pack.js';

/** How many packs a list keeps (the latest written); a run opens each on its first miss. */
const KEPT = 16;
const PACK_NAME = /^[0-9a-f]{64}\.pack$/;

/** The packs named in the list `file`, as paths in `dir`, latest last; none when it is missing or not a list. */
export function listedPacks(file: string, dir: string): string[] {
  let list: { factdiff?: unknown; packs?: unknown };
  try {
    list = JSON.parse(readFileSync(file, 'utf8')) as typeof list;
  } catch {
    return [];
  }
  if (list.factdiff !== 'packs' || !Array.isArray(list.packs)) return [];
  return list.packs.filter((name): name is string => typeof name === 'string' && PACK_NAME.test(name)).map((name) => join(dir, name));
}

/** Adds `pack` (a file in `dir`) to the list `file`, as the latest. */
export function listPack(file: string, dir: string, pack: string): void {
  const names = [...listedPacks(file, dir).map((path) => basename(path)).filter((name) => name !== basename(pack)), basename(pack)].slice(-KEPT);
  writeThroughTemporary(file, (fd) => writeSync(fd, `${JSON.stringify({ factdiff: 'packs', packs: names })}\n`));
}

/** The listed packs other than a run's own, opened on the first lookup and looked in latest first. */
export class ListedPacks {
  private opened: EntryPack[] | undefined;

  constructor(
    private readonly list: () => string[],
    private readonly warn?: (message: string) => void,
  ) {}

  /** The pack holding an entry of this kind, format and key, and where it lies there. */
  find(kind: string, format: number, key: string): { pack: EntryPack; entry: PackedEntry } | undefined {
    const id = entryId(kind, key);
    for (const pack of this.packs()) {
      const entry = pack.entries.get(id);
      if (entry?.format === format) return { pack, entry };
    }
    return undefined;
  }

  private packs(): EntryPack[] {
    if (this.opened) return this.opened;
    this.opened = [];
    for (const file of this.list().reverse()) {
      const read = EntryPack.read(file, { lazy: true, indexed: true });
      if (read instanceof EntryPack) this.opened.push(read);
      else if (read) this.warn?.(`damaged cache pack ${file} (${read.damaged}): ignored`);
    }
    return this.opened;
  }

  /** Closes the packs opened; a later lookup opens them again. */
  close(): void {
    for (const pack of this.opened ?? []) pack.close();
    this.opened = undefined;
  }
}
