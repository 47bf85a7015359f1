/**
 * The key under which one source's claims are cached: a hash of everything its extraction
 * reads. That is the source as ingested (id, path, text, zones, dates: so a sidecar edit counts),
 * the rules as loaded, the tool, and the slice of the drop's learned organisations that the
 * source can see (see lexicon-slice.ts): organisations learned from other articles do change
 * what is extracted from this one, but only through names and words written in it.
 */
import { createHash } from 'node:crypto';
import type { RuleSet } from '../rules/types.js';
import type { Source } from '../types.js';
import { lexiconSlicer } from './lexicon-slice.js';

/** Raised when what is stored or how keys are made changes shape: every older entry misses. */
const KEY_FORMAT = 1;

/**
 * Claim keys remembered between runs: a key is a function of the run's `context` (the rules, the
 * tool and the drop's organisations, as one digest) and the source's digest.
 */
export interface ClaimKeyMemo {
  recall(context: string, digest: string): string | undefined;
  keep(context: string, digest: string, key: string): void;
}

/**
 * Prepares the keys of one run. `rules` are the rules as loaded; `effective` the same rules with
 * the drop's learned organisations merged in (what extraction is given). With a `memo`, a source
 * whose key it holds for this run's context is not searched for organisation names.
 */
export function claimKeyer(rules: RuleSet, effective: RuleSet, tool: { name: string; version: string }, memo?: ClaimKeyMemo): (source: Source) => string {
  const shared = JSON.stringify([KEY_FORMAT, `${tool.name}@${tool.version}`, sha256(JSON.stringify(rules))]);
  const context = sha256(JSON.stringify([shared, sha256(JSON.stringify(effective.lexicon.organisations))]));
  let slice: ((text: string) => unknown) | undefined;
  return (source) => {
    const digest = sourceDigest(source);
    const known = memo?.recall(context, digest);
    if (known !== undefined) return known;
    // Built on first use: a warm run whose keys are all remembered never builds it.
    slice ??= lexiconSlicer(effective.lexicon.organisations);
    const seen = [source.title ?? '', source.publisher ?? '', source.text].join('\n');
    const key = sha256(JSON.stringify([shared, digest, slice(seen)]));
    memo?.keep(context, digest, key);
    return key;
  };
}

/** Digests computed ahead (by the ingest cache, or read from it), by source object. */
const digests = new WeakMap<Source, string>();

/** sha256 of the source as JSON: everything ingest made of it. */
export function sourceDigest(source: Source): string {
  let digest = digests.get(source);
  if (digest === undefined) {
    digest = sha256(JSON.stringify(source));
    digests.set(source, digest);
  }
  return digest;
}

/** Keeps a digest read from the ingest cache for a source read from it (never for one that may change). */
export function rememberSourceDigest(source: Source, digest: string): void {
  digests.set(source, digest);
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
