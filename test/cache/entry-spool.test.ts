/**
 * A cold run's spool: the entries a run writes while its scope has no pack go into one file of
 * its own and then into the pack, never into files one by one; the run reads them back meanwhile,
 * and a spool left by a killed run is never read.
 */
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EntrySpool, spoolFileOf } from '../../src/cache/entry-spool.js';
import { FileEntryStore } from '../../src/cache/file-entry-store.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'factdiff-spool-'));
const named = (dir: string, extension: string) => readdirSync(dir).filter((name) => name.endsWith(extension));

describe('the entry spool', () => {
  it('gives back what was appended, JSON and raw apart, the last bytes of a key written twice, and nothing after close', () => {
    const file = join(tmp(), 'a.spool');
    const spool = new EntrySpool(file);
    expect(spool.started).toBe(false);
    spool.put({ kind: 'claims', format: 1, key: 'k', raw: false }, Buffer.from('[1]'));
    spool.put({ kind: 'rendered', format: 1, key: 'k', raw: true }, Buffer.from('line é\n'));
    spool.put({ kind: 'claims', format: 1, key: 'k', raw: false }, Buffer.from('[1,2]'));
    expect(spool.started).toBe(true);
    expect(spool.bytesOf(spool.find('claims', 1, 'k', false)!).toString()).toBe('[1,2]');
    expect(spool.bytesOf(spool.find('rendered', 1, 'k', true)!).toString()).toBe('line é\n');
    expect(spool.find('claims', 2, 'k', false)).toBeUndefined();
    expect(spool.find('claims', 1, 'k', true)).toBeUndefined();
    const entry = spool.find('claims', 1, 'k', false)!;
    spool.close();
    expect(existsSync(file)).toBe(false);
    expect(() => spool.bytesOf(entry)).toThrow(/after close/);
    expect(() => spool.put({ kind: 'claims', format: 1, key: 'j', raw: false }, Buffer.from('[]'))).toThrow(/after close/);
  });


  it('gives views of entries across windows, in order or not, large or small, as bytesOf gives them', () => {
    const spool = new EntrySpool(join(tmp(), 'b.spool'));
    const sizes = [10, 3 << 20, 100, 1 << 20, 5 << 20, 7, 2 << 20, 0, 300_000];
    const entries = sizes.map((size, i) => spool.put({ kind: 'k', format: 1, key: `e${i}`, raw: true }, Buffer.alloc(size, 97 + i)));
    for (const order of [[...entries.keys()], [8, 0, 4, 2, 6, 1, 3]]) {
      for (const i of order) expect(spool.view(entries[i]!).equals(spool.bytesOf(entries[i]!))).toBe(true);
    }
    spool.close();
    expect(() => spool.view(entries[0]!)).toThrow(/after close/);
  });
});

describe('a store whose scope has no pack', () => {
  it('writes no file per entry, reads its entries back before the pack is saved, and leaves only the pack', () => {
    const dir = tmp();
    const store = new FileEntryStore(dir, { salt: 'a' });
    store.openPack('scope');
    store.write('claims', 1, 'k1', [{ x: 'é' }]);
    store.writeRaw('rendered', 1, 'k1', 'claim\n');
    store.write('ingest', 1, 'f1', { n: 1 });
    expect(named(dir, '.json')).toEqual([]);
    expect(named(dir, '.part')).toEqual([]);
    expect(named(dir, '.spool')).toHaveLength(1);
    expect(store.has('claims', 1, 'k1')).toBe(true);
    expect(store.read('claims', 1, 'k1')).toEqual({ value: [{ x: 'é' }] });
    expect(Buffer.from(store.readRaw('rendered', 1, 'k1')!).toString()).toBe('claim\n');
    expect(store.read('claims', 2, 'k1')).toBeUndefined();
    expect(store.savePack()).toBe(true);
    expect(named(dir, '.spool')).toEqual([]);
    expect(named(dir, '.pack')).toHaveLength(1);
    const warm = new FileEntryStore(dir, { salt: 'a' });
    warm.openPack('scope');
    expect(warm.read('ingest', 1, 'f1')).toEqual({ value: { n: 1 } });
    expect(warm.read('claims', 1, 'k1')).toEqual({ value: [{ x: 'é' }] });
    expect(Buffer.from(warm.readRaw('rendered', 1, 'k1')!).toString()).toBe('claim\n');
    // A scope with a pack writes new entries one file each, and leaves the pack as it is.
    warm.write('claims', 1, 'k2', [2]);
    expect(named(dir, '.json')).toHaveLength(1);
    expect(warm.savePack()).toBe(false);
  });

  it('leaves nothing another run reads when it never saves its pack (a killed run)', () => {
    const dir = tmp();
    const killed = new FileEntryStore(dir, { salt: 'a' });
    killed.openPack('scope');
    killed.write('claims', 1, 'k1', [1]);
    expect(named(dir, '.spool')).toHaveLength(1);
    const next = new FileEntryStore(dir, { salt: 'a' });
    next.openPack('scope');
    expect(next.has('claims', 1, 'k1')).toBe(false);
    expect(next.read('claims', 1, 'k1')).toBeUndefined();
    next.write('claims', 1, 'k1', [1]);
    expect(next.savePack()).toBe(true);
    expect(new FileEntryStore(dir, { salt: 'a' }).read('claims', 1, 'k1')).toEqual({ value: [1] });
  });

  it('removes, once it saves the pack, the spools of that pack left by runs that are gone, and no other', () => {
    const dir = tmp();
    const store = new FileEntryStore(dir, { salt: 'a' });
    store.openPack('scope');
    store.write('claims', 1, 'k1', [1]);
    const ours = named(dir, '.spool')[0]!;
    const pack = join(dir, ours.slice(0, ours.indexOf('.pack') + '.pack'.length));
    const gone = spawnSync(process.execPath, ['-e', '']).pid!; // a process that has exited
    writeFileSync(spoolFileOf(pack, gone), 'left by a killed run');
    writeFileSync(spoolFileOf(pack, process.ppid), 'a live run’s');
    writeFileSync(spoolFileOf(join(dir, 'other.pack'), gone), 'another pack’s');
    expect(store.savePack()).toBe(true);
    expect(named(dir, '.spool').sort()).toEqual([`other.pack.${gone}.spool`, `${pack.slice(dir.length + 1)}.${process.ppid}.spool`].sort());
  });

  it('goes on, saying so once, when the spool cannot be written', () => {
    const warnings: string[] = [];
    const store = new FileEntryStore(join(tmp(), 'missing', '\0bad'), { salt: 'a', warn: (m) => warnings.push(m) });
    store.openPack('scope');
    expect(store.write('claims', 1, 'k1', [1])).toBe(false);
    expect(store.writeRaw('rendered', 1, 'k1', 'x')).toBe(false);
    expect(store.read('claims', 1, 'k1')).toBeUndefined();
    expect(warnings).toEqual([expect.stringMatching(/^cannot write the claim cache in /)]);
    expect(store.savePack()).toBe(false);
  });
});
