/** Builds sources from text for tests: a Markdown drop with front matter, read by the real ingest. */
import { ingestFile } from '../../src/ingest/index.js';
import { extractClaims } from '../../src/extract/index.js';
import { loadRules } from '../../src/rules/load-rules.js';
import type { Claim, Source } from '../../src/types.js';

export const projectRules = loadRules(['rules']);

/** A `.md` source with `published` in its front matter (or undated when omitted). */
export function sourceFrom(text: string, published?: string, path = 'test.md'): Source {
  const front = published ? `---\ntitle: Test\npublished: ${published}\n---\n\n` : '---\ntitle: Test\n---\n\n';
  const { sources, failed } = ingestFile(path, new TextEncoder().encode(front + text));
  const source = sources[0];
  if (!source) throw new Error(`could not ingest test source: ${JSON.stringify(failed)}`);
  return source;
}

/** The claims the project's rules extract from `text`. */
export function claimsFrom(text: string, published?: string, rule?: string): Claim[] {
  const claims = extractClaims(sourceFrom(text, published), projectRules);
  return rule ? claims.filter((c) => c.extractor === rule) : claims;
}
