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
import { changedNeedles, mayHoldAny } from './lexicon-change.js';
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
  /**
   * Keeps the organisations of this run's keys for the next run, and gives those of the run that
   * wrote the memo when they differ. Optional: without it (or `peek`), a change of organisations
   * makes every key again.
   */
  lexicon?(current: KeyLexicon): KeyLexicon | undefined;
  /** The key the memo holds for an earlier context and a digest, not kept for the next run. */
  peek?(context: string, digest: string): string | undefined;
}

/** The organisations a run's keys were made with: the run's context, the rules and tool part of it, and the organisations as JSON. */
export interface KeyLexicon {
  context: string;
  shared: string;
  organisations: string;
}

/**
 * Prepares the keys of one run. `rules` are the rules as loaded; `effective` the same rules with
 * the drop's learned organisations merged in (what extraction is given). With a `memo`, a source
 * whose key it holds for this run's context is not searched for organisation names.
 */
export function claimKeyer(rules: RuleSet, effective: RuleSet, tool: { name: string; version: string }, memo?: ClaimKeyMemo): (source: Source) => string {
  const shared = JSON.stringify([KEY_FORMAT, `${tool.name}@${tool.version}`, sha256(JSON.stringify(rules))]);
  const organisations = JSON.stringify(effective.lexicon.organisations);
  const context = sha256(JSON.stringify([shared, sha256(organisations)]));
  const previous = memo?.lexicon?.({ context, shared, organisations });
  let slice: ((text: string) => unknown) | undefined;
  let kept: OldKeys | null | undefined;
  return (source) => {
    const digest = sourceDigest(source);
    const known = memo?.recall(context, digest);
    if (known !== undefined) return known;
    const seen = [source.title ?? '', source.publisher ?? '', source.text].join('\n');
    // Made on first use, as the slicer below: a warm run whose keys are all remembered needs neither.
    kept ??= previous && memo?.peek ? oldKeys(previous, shared, effective.lexicon.organisations, memo.peek.bind(memo)) : null;
    const old = kept?.(seen, digest);
    if (old !== undefined) {
      memo?.keep(context, digest, old);
      return old;
    }
    slice ??= lexiconSlicer(effective.lexicon.organisations);
    const key = sha256(JSON.stringify([shared, digest, slice(seen)]));
    memo?.keep(context, digest, key);
    return key;
  };
}

/** A source's key from the run before, when it is its key in this run too; else undefined. */
type OldKeys = (seen: string, digest: string) => string | undefined;

/**
 * The keys of the run before, where they still hold: a source whose text (`seen`) holds none of
 * the needles whose standing changed since then (lexicon-change.ts) has the slice it had, so the
 * same key, given the same rules and tool (`shared`). Null when nothing can be kept: other rules
 * or tool, organisations that do not parse, or kept entries in another order.
 */
function oldKeys(previous: KeyLexicon, shared: string, organisations: Record<string, string[]>, peek: (context: string, digest: string) => string | undefined): OldKeys | null {
  if (previous.shared !== shared) return null;
  const before = parsedLexicon(previous.organisations);
  const needles = before && changedNeedles(before, organisations);
  if (!needles) return null;
  const mayHold = mayHoldAny(needles);
  return (seen, digest) => {
    const key = peek(previous.context, digest);
    return key !== undefined && !mayHold(seen) ? key : undefined;
  };
}

/** Organisations as JSON (canonical name to variants), or undefined when they are not that. */
function parsedLexicon(json: string): Record<string, string[]> | undefined {
  try {
    const value: unknown = JSON.parse(json);
    if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
    const entries = Object.values(value as Record<string, unknown>);
    return entries.every((variants) => Array.isArray(variants) && variants.every((v) => typeof v === 'string')) ? (value as Record<string, string[]>) : undefined;
  } catch {
    return undefined;
  }
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
