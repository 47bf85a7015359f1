/**
 * Builds a synthetic drop of N articles from the seed corpus's real sentences, with known
 * disagreements injected: the same organisation's member count given differently on the
 * same day (a conflict the checker must find). Deterministic for a given N.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Drop {
  files: Array<{ name: string; text: string }>;
  /** Organisation acronyms whose count was injected to disagree. */
  injected: string[];
  bytes: number;
}

/** A small deterministic PRNG (mulberry32), so every run builds the same drop. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 0 → AAA, 1 → AAB, …: an acronym-safe name for the Nth organisation. */
function letters(k: number): string {
  return [676, 26, 1].map((d) => String.fromCharCode(65 + (Math.floor(k / d) % 26))).join('');
}

export function generateDrop(n: number, seedDir = 'sources'): Drop {
  const paragraphs = readdirSync(seedDir)
    .sort()
    .flatMap((name) => readFileSync(join(seedDir, name), 'utf8').split(/\n\s*\n/))
    .map((p) => p.trim())
    .filter((p) => p.length > 120 && /[.!?"”]$/.test(p))
    // A wire dateline would (rightly) date the generated article: keep it out of the pool.
    .filter((p) => !/^[A-Z][A-Za-z/ ]+,\s+[A-Z][a-z]+\.?\s+\d/.test(p));
  const next = random(n);
  const files: Drop['files'] = [];
  const injected: string[] = [];
  for (let i = 0; i < n; i++) {
    const org = `QC${letters(Math.floor(i / 2))}`;
    const day = `2024-${String(1 + (Math.floor(i / 2) % 12)).padStart(2, '0')}-15`;
    const disagree = i % 2 === 1 && Math.floor(i / 2) % 10 === 0;
    if (disagree) injected.push(org);
    const count = 20 + (Math.floor(i / 2) % 7) + (disagree ? 1 : 0);
    const body = Array.from({ length: 8 + Math.floor(next() * 8) }, () => paragraphs[Math.floor(next() * paragraphs.length)] ?? '');
    const lead = `The Council of ${org.slice(2, 3)}${org.slice(3).toLowerCase()} Quorum (${org}) met again. It has ${count} member states.`;
    const text = [lead, ...body].join('\n\n');
    if (i % 3 === 0) files.push({ name: `a${i}.md`, text: `---\ntitle: Article ${i}\npublished: ${day}\n---\n\n${text}\n` });
    else if (i % 3 === 1) files.push({ name: `a${i}.json`, text: JSON.stringify({ title: `Article ${i}`, publisher: 'Bench', published: day, body: text }) });
    else files.push({ name: `a${i}.txt`, text: `Article ${i}\n\n${day} 10:00\n\n${text}\n` });
  }
  return { files, injected, bytes: files.reduce((sum, f) => sum + Buffer.byteLength(f.text), 0) };
}
