/**
 * factdiff runs on topics it has never seen: nothing under src/ may know the seed corpus.
 * Its organisations, people, places and files belong in rules/ as data, or nowhere.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const SEED_WORDS = /\b(SCO|Shanghai Cooperation|Xi|Jinping|Belarus|Astana|Spider Web|Xinhua|Samarkand|Bishkek|Dushanbe|Qingdao|Tianjin|Kazakh\w*|Chinese|China|PRNewswire|iChongqing|Peace Mission|Lukashenko|Tokayev)\b/;
const SEED_FILES = readdirSync('sources').map((name) => name.replace(/\.\w+$/, ''));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

it.each(files('src'))('%s names nothing from the seed corpus', (path) => {
  const text = readFileSync(path, 'utf8');
  const hit = SEED_WORDS.exec(text)?.[0] ?? SEED_FILES.find((seed) => text.includes(seed));
  expect(hit, `${path} mentions "${hit}"`).toBeUndefined();
});
