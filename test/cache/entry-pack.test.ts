/**
 * The cache pack: a warm run reads the previous run's entries from one file, a damaged pack is
 * ignored (and said), and the report is the same with, without and around it.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { EntryPack } from '../../src/cache/entry-pack.js';
import { writePack } from '../../src/cache/write-pack.js';
import { FileEntryStore } from '../../src/cache/file-entry-store.js';
import { runCheck, type CheckFlags } from '../../src/cli/check-command.js';

const tool = { name: 'factdiff', version: 'test' };
const tmp = () => mkdtempSync(join(tmpdir(), 'factdiff-pack-'));

async function run(paths: string[], flags: Partial<CheckFlags>) {
  const out: string[] = [];
  const err: string[] = [];
  await runCheck(paths, { format: 'json', failOn: 'never', ...flags }, tool, { stdout: (s) => out.push(s), stderr: (s) => err.push(s), color: false });
  return { report: out.join('').replace(/"generatedAt": "[^"]*"/, ''), stderr: err.join('') };
}

const packsIn = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.pack'));
const entriesIn = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.json'));

describe('the cache pack', () => {
  it('stores entries and gives them back; keeps builds apart, and another scope finds them through the list of the build’s packs', () => {
    const dir = tmp();
    const store = new FileEntryStore(dir, { salt: 'a' });
    store.openPack('scope');
    store.write('claims', 1, 'k1', [{ x: 'é "quoted"\n' }]);
    store.write('ingest', 1, 'k2', { n: 2 });
    expect(store.savePack()).toBe(true);
    for (const name of entriesIn(dir)) rmSync(join(dir, name));
    const again = new FileEntryStore(dir, { salt: 'a' });
    again.openPack('scope');
    expect(again.read('claims', 1, 'k1')).toEqual({ value: [{ x: 'é "quoted"\n' }] });
    expect(again.read('ingest', 1, 'k2')).toEqual({ value: { n: 2 } });
    expect(again.read('ingest', 2, 'k2')).toBeUndefined();
    const otherBuild = new FileEntryStore(dir, { salt: 'b' });
    otherBuild.openPack('scope');
    expect(otherBuild.read('claims', 1, 'k1')).toBeUndefined();
    expect(otherBuild.has('claims', 1, 'k1')).toBe(false);
    const otherScope = new FileEntryStore(dir, { salt: 'a' });
    otherScope.openPack('other');
    expect(otherScope.has('claims', 1, 'k1')).toBe(true);
    expect(otherScope.read('claims', 1, 'k1')).toEqual({ value: [{ x: 'é "quoted"\n' }] });
  });

  it('keeps bytes as they are, across lines, read whole or lazily, and a lazy pack reads the file it opened', () => {
    const dir = tmp();
    const file = join(dir, 'p.pack');
    const raw = Buffer.from('line one\n  "two"\n\n\tthree é\n');
    const big = Buffer.alloc(9 << 20, 0x61); // longer than the chunk a lazy pack is checked in
    writePack(file, [
      { kind: 'rendered', format: 1, key: 'r', json: raw },
      { kind: 'claims', format: 1, key: 'c', json: Buffer.from('[1,2]') },
      { kind: 'big', format: 1, key: 'b', json: big },
      { kind: 'empty', format: 1, key: 'e', json: new Uint8Array(0) },
    ]);
    for (const lazy of [false, true]) {
      const pack = EntryPack.read(file, { lazy }) as EntryPack;
      expect(pack).toBeInstanceOf(EntryPack);
      expect(pack.raw('rendered', 1, 'r')).toEqual(raw);
      expect(pack.json('claims', 1, 'c')).toBe('[1,2]');
      expect(pack.raw('big', 1, 'b')!.equals(big)).toBe(true);
      expect(pack.raw('empty', 1, 'e')).toEqual(Buffer.alloc(0));
      expect(pack.raw('rendered', 2, 'r')).toBeUndefined();
      if (lazy) {
        writePack(file, [{ kind: 'claims', format: 1, key: 'c', json: Buffer.from('[3]') }]);
        expect(pack.json('claims', 1, 'c')).toBe('[1,2]');
        pack.close();
        expect(() => pack.json('claims', 1, 'c')).toThrow();
      }
    }
    // An entry longer than its header says: the whole pack is damaged.
    writePack(file, [{ kind: 'claims', format: 1, key: 'c', json: Buffer.from('[1,2]') }]);
    const text = readFileSync(file, 'latin1').split('\n');
    const edited = [text[0]!.replace(/\t5$/, '\t9'), ...text.slice(1, -2)].join('\n') + '\n';
    writeFileSync(file, `${edited}${JSON.stringify({ factdiff: 'pack', format: 2, entries: 1, sha256: createHash('sha256').update(edited, 'latin1').digest('hex') })}\n`, 'latin1');
    for (const lazy of [false, true]) expect(EntryPack.read(file, { lazy })).toEqual({ damaged: expect.stringMatching(/entry/) });
  });

  it('reads the entries of a kind that lie together in one piece from a lazy pack, and any others one by one', () => {
    const file = join(tmp(), 'p.pack');
    const body = (kind: string, i: number) => Buffer.from(`${kind} ${i}\n${'x'.repeat(5000 + i * 100)}`); // over the 4 KB a buffer may share with others
    const order = [...[0, 1, 2, 3].map((i) => ['together', i] as const), ['apart', 0] as const, ['other', 0] as const, ['apart', 1] as const];
    writePack(file, order.map(([kind, i]) => ({ kind, format: 1, key: `k${i}`, json: body(kind, i) })));
    const pack = EntryPack.read(file, { lazy: true }) as EntryPack;
    const together = [0, 1, 2, 3].map((i) => pack.raw('together', 1, `k${i}`)!);
    together.forEach((bytes, i) => expect(bytes).toEqual(body('together', i)));
    expect(new Set(together.map((bytes) => bytes.buffer)).size).toBe(1);
    const apart = [0, 1].map((i) => pack.raw('apart', 1, `k${i}`)!);
    apart.forEach((bytes, i) => expect(bytes).toEqual(body('apart', i)));
    expect(apart[0]!.buffer).not.toBe(apart[1]!.buffer);
    pack.close();
  });

  it('gives the JSON of entries from a lazy pack in any order, large or small, through a window read a few megabytes at a time', () => {
    const dir = tmp();
    const file = join(dir, 'p.pack');
    // Entries over several windows (4 MB), one larger than half a window, and text that is not ASCII.
    const json = (i: number) => JSON.stringify({ i, text: `é “${i}” `.repeat(i === 7 ? 400_000 : 20_000 + i) });
    const count = 20;
    writePack(file, Array.from({ length: count }, (_, i) => ({ kind: i % 3 === 0 ? 'a' : 'b', format: 1, key: `k${i}`, json: Buffer.from(json(i)) })));
    const pack = EntryPack.read(file, { lazy: true }) as EntryPack;
    const ask = [...Array.from({ length: count }, (_, i) => i), 19, 0, 7, 3, 3, 12, 1];
    for (const i of ask) expect(pack.json(i % 3 === 0 ? 'a' : 'b', 1, `k${i}`)).toBe(json(i));
    expect(pack.json('a', 1, 'k1')).toBeUndefined();
    expect(pack.json('a', 2, 'k0')).toBeUndefined();
    // The pack written over meanwhile: the file it opened is still read.
    writePack(file, [{ kind: 'a', format: 1, key: 'k0', json: Buffer.from('{}') }]);
    for (const i of [18, 2, 9]) expect(pack.json(i % 3 === 0 ? 'a' : 'b', 1, `k${i}`)).toBe(json(i));
    pack.close();
    expect(() => pack.json('b', 1, 'k1')).toThrow(/after close/);
  });

  it('writes a saved pack kind by kind', () => {
    const dir = tmp();
    const store = new FileEntryStore(dir, { salt: 'a' });
    store.openPack('scope');
    for (const i of [1, 2, 3]) {
      store.write('claims', 1, `c${i}`, [i]);
      store.writeRaw('rendered', 1, `c${i}`, `claim ${i}\n`);
    }
    store.savePack();
    const kinds = readFileSync(join(dir, packsIn(dir)[0]!), 'utf8').split('\n').filter((line) => /^\w+\t1\t/.test(line)).map((line) => line.split('\t')[0]);
    expect(kinds).toEqual(['claims', 'claims', 'claims', 'rendered', 'rendered', 'rendered']);
    const again = new FileEntryStore(dir, { salt: 'a' });
    again.openPack('scope');
    expect(Buffer.from(again.readRaw('rendered', 1, 'c2')!).toString()).toBe('claim 2\n');
    expect(again.read('claims', 1, 'c3')).toEqual({ value: [3] });
  });

  it('is ignored as a whole, and said, when cut short or edited', () => {
    for (const damage of [(text: Buffer) => text.subarray(0, text.length - 9), (text: Buffer) => Buffer.from(text.toString('utf8').replace('"n":2', '"n":3'))]) {
      const dir = tmp();
      const store = new FileEntryStore(dir, { salt: 'a' });
      store.openPack('scope');
      store.write('ingest', 1, 'k2', { n: 2 });
      store.savePack();
      expect(entriesIn(dir)).toEqual([]);
      const pack = join(dir, packsIn(dir)[0]!);
      writeFileSync(pack, damage(readFileSync(pack)));
      const warnings: string[] = [];
      const again = new FileEntryStore(dir, { salt: 'a' });
      again.openPack('scope', (message) => warnings.push(message));
      expect(again.read('ingest', 1, 'k2')).toBeUndefined();
      expect(warnings).toEqual([expect.stringMatching(/^damaged cache pack .*: ignored/)]);
    }
  });

  it('serves a warm run alone, is left as it is when a few articles are added, and never changes the report', async () => {
    const root = tmp();
    const drop = join(root, 'drop');
    const cacheDir = join(root, 'cache');
    cpSync('sources', drop, { recursive: true });
    const cold = await run([drop], { cacheDir });
    expect(cold.report).toBe((await run([drop], { cache: false })).report);
    const [pack] = packsIn(cacheDir);
    const packed = readFileSync(join(cacheDir, pack!));
    // Every entry comes from the pack: with the entries' own files gone, nothing is written again.
    for (const name of entriesIn(cacheDir)) rmSync(join(cacheDir, name));
    expect(await run([drop], { cacheDir })).toEqual(cold);
    expect(entriesIn(cacheDir)).toEqual([]);
    // An added article: its entries go to files of their own; the pack stays as it was.
    const [first] = readdirSync(drop).filter((name) => name.endsWith('.txt')).sort();
    writeFileSync(join(drop, 'added.txt'), readFileSync(join(drop, first!), 'utf8').replace(/\d+/, '31'));
    const warm = await run([drop], { cacheDir });
    expect(warm.report).toBe((await run([drop], { cache: false })).report);
    expect(entriesIn(cacheDir).length).toBeGreaterThanOrEqual(2);
    expect(readFileSync(join(cacheDir, pack!))).toEqual(packed);
    // A damaged pack: said, ignored, the same report.
    writeFileSync(join(cacheDir, pack!), packed.subarray(0, 1000));
    const damaged = await run([drop], { cacheDir });
    expect(damaged.report).toBe(warm.report);
    expect(damaged.stderr).toMatch(/damaged cache pack/);
  }, 120_000);
});
