/**
 * Builds a synthetic drop of N articles from the seed corpus's real paragraphs, in pairs about
 * one made-up organisation each, with known disagreements injected between the two articles of
 * a pair: a member count changed on the same day, a summit's date shifted, an operation renamed,
 * a quote reworded. Some other pairs state the same facts word for word (and must give no finding).
 * Deterministic for a given N.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A disagreement put in on purpose: the finding that must report it. */
export interface Injected {
  kind: 'conflict' | 'name-variant' | 'quote-variant';
  property: string;
  /** The finding's subject. */
  subject: string;
}

export interface Drop {
  files: Array<{ name: string; text: string }>;
  injected: Injected[];
  bytes: number;
  /** The seed paragraphs the articles are made of, joined: a finding made only of these is the seed corpus's own. */
  seedText: string;
}

/** A small deterministic PRNG (mulberry32), so every run builds the same drop. */
export function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Facts a pair of articles states about its organisation (`org`, named `word`) in paragraphs of
 * its own: the odd article of an injected pair words one of them differently.
 */
function pairFacts(org: string, word: string, k: number, odd: boolean, month: string): { paragraphs: string[]; injected?: Injected } {
  const kind = k % 10;
  const speaker = `Maren ${word}`;
  const quote = kind === 7 && odd ? 'We will widen trade and security links across the entire region this year' : 'We will widen trade and security ties across the whole region this year';
  const operation = kind === 5 && odd ? 'Clear Sky Shield' : 'Clear Sky';
  const day = kind === 3 && odd ? 6 : 4;
  const date = `${MONTHS[Number(month) - 1]} ${day}, 2024`;
  if (![3, 4, 5, 6, 7, 8].includes(kind)) return { paragraphs: [] };
  const paragraphs = [
    `Secretary-General ${speaker} said: "${quote}."`,
    `In a joint operation dubbed "${operation}" launched in ${MONTHS[Number(month) - 1]}, police of the ${org} member states seized 12 tons of narcotics and arrested 340 suspects.`,
    `The ${org} held its annual summit in the city of Veltora on ${date}.`,
  ];
  const injected: Record<number, Injected> = {
    3: { kind: 'conflict', property: 'event', subject: `${org} summit` },
    5: { kind: 'name-variant', property: 'name', subject: `${org} joint operation` },
    7: { kind: 'quote-variant', property: 'quote', subject: speaker },
  };
  return { paragraphs, ...(odd && injected[kind] ? { injected: injected[kind] } : {}) };
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * The Nth organisation's name word, also its spokesperson's surname: "Qx" and four consonants
 * with vowels between. No other text holds it (so adding an article re-extracts only the articles
 * that name its organisation), and no two share a spelling-tolerant person key (vowels dropped;
 * none of the consonants is read as another, as "z" is as "s", "g" as "k" and "x" as "ks").
 */
function nameWord(k: number): string {
  // No g or q: a name key reads both as k ("Hee-geun" / "Hee-keun"); no x: it reads x as ks, so
  // "…bakasax" and "…baxakas" would meet.
  const consonants = 'bcdfjklmnprstv';
  const [a, b, c, d] = [2744, 196, 14, 1].map((n) => consonants[Math.floor(k / n) % 14]);
  return `Qx${a}a${b}a${c}a${d}`;
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
  const injected: Injected[] = [];
  for (let i = 0; i < n; i++) {
    const org = `QC${letters(Math.floor(i / 2))}`;
    const day = `2024-${String(1 + (Math.floor(i / 2) % 12)).padStart(2, '0')}-15`;
    const disagree = i % 2 === 1 && Math.floor(i / 2) % 10 === 0;
    if (disagree) injected.push({ kind: 'conflict', property: 'member-states', subject: org });
    const count = 20 + (Math.floor(i / 2) % 7) + (disagree ? 1 : 0);
    const body = Array.from({ length: 8 + Math.floor(next() * 8) }, () => paragraphs[Math.floor(next() * paragraphs.length)] ?? '');
    const word = nameWord(Math.floor(i / 2));
    const lead = `The Council of ${word} Quorum (${org}) met again. It has ${count} member states.`;
    const facts = pairFacts(org, word, Math.floor(i / 2), i % 2 === 1, day.slice(5, 7));
    if (facts.injected) injected.push(facts.injected);
    const text = [lead, ...facts.paragraphs, ...body].join('\n\n');
    if (i % 3 === 0) files.push({ name: `a${i}.md`, text: `---\ntitle: Article ${i}\npublished: ${day}\n---\n\n${text}\n` });
    else if (i % 3 === 1) files.push({ name: `a${i}.json`, text: JSON.stringify({ title: `Article ${i}`, publisher: 'Bench', published: day, body: text }) });
    else files.push({ name: `a${i}.txt`, text: `Article ${i}\n\n${day} 10:00\n\n${text}\n` });
  }
  return { files, injected, bytes: files.reduce((sum, f) => sum + Buffer.byteLength(f.text), 0), seedText: paragraphs.join('\n\n') };
}
