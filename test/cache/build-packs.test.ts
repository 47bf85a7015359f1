/**
 * The list of a build's packs: a run over another scope (a sub-folder, one file of the drop) finds
 * the entries a cold run kept only in its pack; a pack of another build, gone or damaged, is never
 * read; and the report is the one without a cache.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listedPacks, listPack } from '../../src/cache/build-packs.js';
import { FileEntryStore } from '../../src/cache/file-entry-store.js';
import { caches, runCheck, type CheckFlags } from '../../src/cli/check-command.js';
import { check } from '../../src/index.js';
import { loadRules } from '../../src/rules/load-rules.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'factdiff-build-packs-'));
const tool = { name: 'factdiff', version: 'test' };
const packsIn = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.pack'));

async function run(paths: string[], flags: Partial<CheckFlags>) {
  const out: string[] = [];
  const err: string[] = [];
  await runCheck(paths, { format: 'json', failOn: 'never', ...flags }, tool, { stdout: (s) => out.push(s), stderr: (s) => err.push(s), color: false });
  return { report: out.join('').replace(/"generatedAt": "[^"]*"/, ''), stderr: err.join('') };
}

describe('the list of a build’s packs', () => {
  it('keeps the latest packs, once each, and only pack names of this folder', () => {
    const dir = tmp();
    const list = join(dir, 'x.list');
    expect(listedPacks(list, dir)).toEqual([]);
    const pack = (i: number) => join(dir, `${String(i).padStart(64, '0')}.pack`);
    for (let i = 0; i < 20; i++) listPack(list, dir, pack(i));
    listPack(list, dir, pack(5));
    const listed = listedPacks(list, dir);
    expect(listed).toHaveLength(16);
    expect(listed.at(-1)).toBe(pack(5));
    expect(new Set(listed).size).toBe(16);
    writeFileSync(list, JSON.stringify({ factdiff: 'packs', packs: ['../elsewhere.pack', `${'0'.repeat(64)}.pack`, 7] }));
    expect(listedPacks(list, dir)).toEqual([pack(0)]);
    writeFileSync(list, '{"factdiff":');
    expect(listedPacks(list, dir)).toEqual([]);
  });

  it('lets another scope of the same build find a pack’s entries, never another build, and passes over a pack gone or damaged', () => {
    const dir = tmp();
    const cold = new FileEntryStore(dir, { salt: 'a' });
    cold.openPack('whole drop');
    cold.write('claims', 1, 'k1', [1]);
    cold.writeRaw('rendered', 1, 'k1', 'one\n');
    cold.savePack();
    const [pack] = packsIn(dir);
    const sub = new FileEntryStore(dir, { salt: 'a' });
    sub.openPack('a sub-folder');
    expect(sub.read('claims', 1, 'k1')).toEqual({ value: [1] });
    expect(Buffer.from(sub.readRaw('rendered', 1, 'k1')!).toString()).toBe('one\n');
    sub.write('claims', 1, 'k2', [2]);
    expect(sub.savePack()).toBe(true);
    // The sub-folder's pack holds what it used from the other one, and both are listed.
    expect(packsIn(dir)).toHaveLength(2);
    const again = new FileEntryStore(dir, { salt: 'a' });
    again.openPack('a sub-folder');
    expect(again.read('claims', 1, 'k1')).toEqual({ value: [1] });
    expect(new FileEntryStore(dir, { salt: 'b' }).read('claims', 1, 'k1')).toBeUndefined();
    // The whole drop's pack damaged, then gone: said once and passed over; the other pack still answers.
    const packed = readFileSync(join(dir, pack!));
    writeFileSync(join(dir, pack!), packed.subarray(0, packed.length - 5));
    const warnings: string[] = [];
    const third = new FileEntryStore(dir, { salt: 'a', warn: (m) => warnings.push(m) });
    third.openPack('a third scope');
    expect(third.read('claims', 1, 'k2')).toEqual({ value: [2] });
    expect(third.read('claims', 1, 'k1')).toEqual({ value: [1] });
    expect(warnings).toEqual([expect.stringMatching(/^damaged cache pack .*: ignored$/)]);
    rmSync(join(dir, pack!));
    const fourth = new FileEntryStore(dir, { salt: 'a' });
    fourth.openPack('a fourth scope');
    expect(fourth.read('claims', 1, 'k1')).toEqual({ value: [1] });
  });

  it('gives a run over a sub-folder the cold run’s entries, and the report without a cache', async () => {
    const root = tmp();
    const drop = join(root, 'drop');
    const cacheDir = join(root, 'cache');
    mkdirSync(join(drop, 'one'), { recursive: true });
    mkdirSync(join(drop, 'two'), { recursive: true });
    const names = readdirSync('sources').sort();
    names.forEach((name, i) => cpSync(join('sources', name), join(drop, i % 2 === 0 ? 'one' : 'two', name)));
    const checked = async (paths: string[]) => {
      const scoped = caches({ cacheDir }, () => {}, paths);
      const report = await check({ paths, rules: loadRules(['rules']), tool, generatedAt: 'now', cache: scoped.cache!, ingestCache: scoped.ingestCache!, stage: (name) => (name === 'extract' ? scoped.extracted() : undefined) });
      return { report, scoped };
    };
    await checked([drop]);
    // The same files named another way (another scope): every entry comes from the first run's pack.
    const both = await checked([join(drop, 'one'), join(drop, 'two')]);
    expect(both.scoped.ingestCache!.stats).toEqual({ hits: names.length, misses: 0, writes: 0 });
    expect(both.scoped.cache!.stats).toEqual({ hits: names.length, misses: 0, writes: 0 });
    // A sub-folder: every file's ingest entry; claims too, but for the sources whose key changed with what the smaller drop learns.
    const sub = join(drop, 'one');
    const { report, scoped } = await checked([sub]);
    expect(report.sources.length).toBeGreaterThan(0);
    expect(scoped.ingestCache!.stats).toMatchObject({ hits: report.sources.length, misses: 0, writes: 0 });
    expect((await run([sub], { cacheDir })).report).toBe((await run([sub], { cache: false })).report);
  }, 120_000);
});
