/**
 * A fingerprint of the running tool's own files, for the CLI to salt its cache with: while
 * factdiff is being developed its version stays the same across edits, and claims extracted by
 * an older extractor must not be read back.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { sha256 } from './claim-key.js';

const CODE = /\.(?:[cm]?[jt]s|json)$/;

/** sha256 over the code files under `codeDir` (sorted, by path and content) and the `extraFiles` that exist. */
export function codeFingerprint(codeDir: string, extraFiles: string[] = []): string {
  const parts: string[] = [];
  for (const file of [...listCode(codeDir), ...extraFiles]) {
    try {
      parts.push(relative(codeDir, file), sha256(readFileSync(file, 'utf8')));
    } catch {
      parts.push(relative(codeDir, file), 'absent');
    }
  }
  return sha256(parts.join('\0'));
}

function listCode(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...listCode(path));
    else if (CODE.test(entry.name)) files.push(path);
  }
  return files;
}
