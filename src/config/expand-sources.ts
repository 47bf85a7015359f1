/**
 * The config's `sources` entries as paths for the kernel: a plain file or folder is kept as written;
 * a glob (`*` within a name, `**` across folders, `?` one character) becomes the files it matches,
 * sorted. Node 20 has no `fs.glob`, and these three wildcards are all a source list needs.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const WILDCARD = /[*?]/;

/** `sources/**\/*.md` → a regular expression over `/`-separated paths. */
export function globPattern(glob: string): RegExp {
  let out = '';
  for (let i = 0; i < glob.length; i += 1) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      const slash = glob[i + 2] === '/';
      out += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else out += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${out}$`);
}

/** Files below `dir` (hidden entries skipped), `/`-separated and sorted. */
function walk(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    if (name.startsWith('.')) return [];
    const path = dir === '.' ? name : `${dir}/${name}`;
    return statSync(join(path)).isDirectory() ? walk(path) : [path];
  });
}

/** Expands globs; paths without wildcards pass through (the kernel reports any that are missing). */
export function expandSources(entries: readonly string[]): string[] {
  const out: string[] = [];
  for (const entry of entries) {
    const path = entry.replace(/\\/g, '/');
    if (!WILDCARD.test(path)) {
      out.push(path);
      continue;
    }
    const parts = path.split('/');
    const fixed = parts.slice(0, parts.findIndex((p) => WILDCARD.test(p))).join('/');
    const pattern = globPattern(path);
    out.push(...walk(fixed === '' ? '.' : fixed).filter((file) => pattern.test(file)));
  }
  return [...new Set(out)];
}
