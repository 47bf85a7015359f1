/**
 * A pack's index (src/cache/pack-index.ts): a pack checked whole or written is trusted from its
 * index by the next run, and checked whole again whenever the index is missing, damaged, written
 * too soon after the pack, or the pack file is not the one it describes.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EntryPack } from '../../src/cache/entry-pack.js';
import { FileEntryStore } from '../../src/cache/file-entry-store.js';
import { indexFileOf, RACY_MS } from '../../src/cache/pack-index.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'factdiff-pack-index-'));
const packIn = (dir: string) => join(dir, readdirSync(dir).find((name) => name.endsWith('.pack'))!);

/** A store's pack of two entries, its entries' own files removed (so reads come from the pack); the pack's times set back, as if written a while ago. */
function packed(): { dir: string; pack: string; store: FileEntryStore } {
  const dir = tmp();
  const store = new FileEntryStore(dir, { salt: 's' });
  store.openPack('scope');
  store.write('claims', 1, 'k1', [{ x: 1 }]);
  store.writeRaw('rendered', 1, 'k1', 'claim one\n');
  expect(store.savePack()).toBe(true);
  for (const name of readdirSync(dir).filter((n) => !n.endsWith('.pack'))) rmSync(join(dir, name));
  const pack = packIn(dir);
  const past = new Date(Date.now() - 60_000);
  utimesSync(pack, past, past);
  return { dir, pack, store };
}

/** Writes the index of the pack as a run would `later` ms from now (its file dated then). */
function stampLater(store: FileEntryStore, pack: string, later = RACY_MS + 1000): boolean {
  const written = store.stampPack(Date.now() + later);
  if (written) {
    const then = new Date(Date.now() + later);
    utimesSync(indexFileOf(pack), then, then);
  }
  return written;
}

/** A run over the same scope that asks for both entries (a pack whose entries go unused is written again). */
function reopen(dir: string, warnings: string[] = []): FileEntryStore {
  const store = new FileEntryStore(dir, { salt: 's' });
  store.openPack('scope', (m) => warnings.push(m));
  store.read('claims', 1, 'k1');
  store.readRaw('rendered', 1, 'k1');
  return store;
}

const checkedWhole = (pack: string) => (EntryPack.read(pack, { lazy: true, indexed: true }) as EntryPack).checkedWhole;

describe('the pack index', () => {
  it('is written for a pack a run wrote, and lets the next run trust the pack without checking it whole', () => {
    const { dir, pack, store } = packed();
    // The pack's times changed since it was written (set back above): the run's own stamp no longer fits it.
    expect(stampLater(store, pack)).toBe(false);
    // A run that checks the pack whole writes the index…
    const again = reopen(dir);
    expect(again.read('claims', 1, 'k1')).toEqual({ value: [{ x: 1 }] });
    again.savePack();
    expect(stampLater(again, pack)).toBe(true);
    expect(checkedWhole(pack)).toBe(false);
    // …and the next reads the same entries through it.
    const warm = reopen(dir);
    expect(warm.read('claims', 1, 'k1')).toEqual({ value: [{ x: 1 }] });
    expect(Buffer.from(warm.readRaw('rendered', 1, 'k1')!).toString()).toBe('claim one\n');
    warm.savePack();
    // Trusted from its index: nothing to write again.
    expect(warm.stampPack(Date.now() + 10_000)).toBe(false);
  });

  it('is not written, nor trusted, right after the pack changed (racily clean)', () => {
    const { dir, pack } = packed();
    const run = reopen(dir);
    run.savePack();
    expect(run.stampPack(Date.now())).toBe(false); // the pack's times were just set: too soon
    const later = reopen(dir);
    later.savePack();
    expect(stampLater(later, pack)).toBe(true);
    // An index dated no later than the pack's last change is not trusted.
    const { mtime } = statSync(pack);
    utimesSync(indexFileOf(pack), mtime, mtime);
    expect(checkedWhole(pack)).toBe(true);
  });

  it('is ignored when the pack was edited in place, replaced, or the index damaged or removed, and the pack is then checked whole', () => {
    const cases: Array<(pack: string) => void> = [
      // Edited in place, same length: the pack is then damaged, and said so.
      (pack) => writeFileSync(pack, readFileSync(pack, 'latin1').replace('"x":1', '"x":2'), 'latin1'),
      // Replaced by a copy of itself (another inode), its times set back as they were.
      (pack) => {
        const { atime, mtime } = statSync(pack);
        const bytes = readFileSync(pack);
        rmSync(pack);
        writeFileSync(pack, bytes);
        utimesSync(pack, atime, mtime);
      },
      // The index edited or removed.
      (pack) => writeFileSync(indexFileOf(pack), readFileSync(indexFileOf(pack), 'latin1').replace(/\t1\t(\d)/, '\t1\t9'), 'latin1'),
      (pack) => rmSync(indexFileOf(pack)),
    ];
    cases.forEach((change, i) => {
      const { dir, pack } = packed();
      const run = reopen(dir);
      run.savePack();
      expect(stampLater(run, pack)).toBe(true);
      expect(checkedWhole(pack)).toBe(false);
      change(pack);
      expect(checkedWhole(pack) !== false).toBe(true);
      const warnings: string[] = [];
      const store = reopen(dir, warnings);
      if (i === 0) {
        expect(store.read('claims', 1, 'k1')).toBeUndefined();
        expect(warnings).toEqual([expect.stringMatching(/^damaged cache pack .*checksum does not match/)]);
      } else {
        expect(store.read('claims', 1, 'k1')).toEqual({ value: [{ x: 1 }] });
        expect(warnings).toEqual([]);
      }
    });
  });
});
