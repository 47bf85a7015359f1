/**
 * The claim cache the commands use: plain files under a folder, salted with a fingerprint of the
 * running code (and package files), so claims from an edited extractor are never read back.
 */
import { fileURLToPath } from 'node:url';
import { codeFingerprint } from './code-fingerprint.js';
import { FileClaimCache } from './file-claim-cache.js';

/** A `FileClaimCache` in `dir`; `warn` hears once when it cannot be written. */
export function codeSaltedCache(dir: string, warn: (message: string) => void): FileClaimCache {
  const code = fileURLToPath(new URL('..', import.meta.url));
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const salt = codeFingerprint(code, [`${root}package.json`, `${root}package-lock.json`]);
  return new FileClaimCache(dir, { salt, warn });
}
