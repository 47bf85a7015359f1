/**
 * What a check found in one group of claims, remembered between runs, so that a warm run re-checks
 * only the groups whose claims changed. A group's drafts are a function of its claims (in order),
 * the rule, and whatever of the check's context it read: the context given to a check records
 * what it reads (every claim of the drop, or a part of the rules: `lexicon.aliases`), and a
 * remembered group is reused only when its claims are the same and every part it read is too.
 * Findings are stamped afresh from the drafts (reprint voices change when articles are added).
 *
 * A claim is known by its identity: the claim cache key of its source and its place among that
 * source's claims (the key decides the claims), plus the subject and speaker the compare stage
 * gave it (people unified across sources, unowned figures adopted). A group holding a claim
 * with no identity (verified facts) is always checked. What is remembered must come back as it
 * was written (JSON, the claims as their places in the group); a draft that does not is not
 * remembered.
 */
import { createHash } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import type { Rule, RuleSet } from '../rules/types.js';
import type { Claim } from '../types.js';
import { checkContext, claimIndex } from './check-context.js';
import type { CheckContext, Draft } from './types.js';

/** One group's drafts as remembered: what the check read beyond the group (a part's name → its digest), and the drafts with claims as places in the group. */
export interface RememberedGroup {
  reads: Record<string, string>;
  drafts: unknown[];
}

/** Where remembered groups are kept between runs (see file-compare-memo.ts): by digest. */
export interface CompareMemoStore {
  recall(digest: string): RememberedGroup | undefined;
  keep(digest: string, group: RememberedGroup): void;
}

/** A run's memo: the store, and each claim's identity (the claim cache key of its source and its place there). */
export interface CompareMemo {
  store: CompareMemoStore;
  identities: ReadonlyMap<Claim, string>;
}

/** The part of a context that means every claim of the drop. */
const ALL = 'all';
/** Parts of a context that are some claims of the drop: one sentence's (`sentence:` + JSON of its source and offset), or one subject's with some properties (`about:` + JSON of the subject key and the properties, sorted). */
const SENTENCE = 'sentence:';
const ABOUT = 'about:';

/** Checks groups through a memo within one compare run. */
export class MemoRun {
  /** The identities of claims the compare stage made (people unified, figures adopted): their original's, with the subject and speaker they have now. */
  private readonly ids = new Map<Claim, string>();
  private readonly digests = new Map<string, string>();
  private readonly ruleDigests = new Map<Rule, string>();

  constructor(
    private readonly memo: CompareMemo,
    private readonly rules: RuleSet,
    private readonly all: Claim[],
  ) {}

  /** Says that `claim` (made by the compare stage from `from`) is `from` with another subject or speaker. */
  derived(claim: Claim, from: Claim): void {
    const base = this.idOf(from);
    const speaker = claim.value.type === 'quote' ? claim.value.speaker : '';
    if (base !== undefined) this.ids.set(claim, `${base}\u0001${claim.subject.key}\u0001${claim.subject.text}\u0001${speaker}`);
  }

  /**
   * The drafts of `check` on `group` under `rule`: remembered ones when the group and what the
   * check read are unchanged, else the check's, remembered for the next run.
   */
  drafts(rule: Rule, groupKey: string, group: Claim[], check: (ctx: CheckContext) => Draft[]): Draft[] {
    const digest = this.groupDigest(rule, groupKey, group);
    if (digest === undefined) return check(checkContext(this.rules, this.all));
    const remembered = this.memo.store.recall(digest);
    if (remembered && Object.entries(remembered.reads).every(([part, value]) => this.partDigest(part) === value)) {
      const revived = revive(remembered.drafts, group);
      if (revived) return revived;
    }
    const read = new Set<string>();
    const drafts = check(trackedContext(this.rules, this.all, read));
    const stored = storable(drafts, group);
    if (stored) this.memo.store.keep(digest, { reads: Object.fromEntries([...read].sort().map((part) => [part, this.partDigest(part)])), drafts: stored });
    return drafts;
  }

  /** A claim's identity (an extracted claim's, or one the compare stage derived); undefined when it has none. */
  private idOf(claim: Claim): string | undefined {
    return this.memo.identities.get(claim) ?? this.ids.get(claim);
  }

  private groupDigest(rule: Rule, groupKey: string, group: Claim[]): string | undefined {
    const ids: string[] = [this.ruleDigest(rule), groupKey];
    for (const claim of group) {
      const id = this.idOf(claim);
      if (id === undefined) return undefined;
      ids.push(id);
    }
    return createHash('sha256').update(ids.join('\0')).digest('hex');
  }

  private ruleDigest(rule: Rule): string {
    let digest = this.ruleDigests.get(rule);
    if (digest === undefined) {
      digest = createHash('sha256').update(JSON.stringify(rule)).digest('hex');
      this.ruleDigests.set(rule, digest);
    }
    return digest;
  }

  /** The digest of a part of the context: the identities of the claims it is, in order, or a part of the rules as JSON. */
  private partDigest(part: string): string {
    let digest = this.digests.get(part);
    if (digest !== undefined) return digest;
    const hash = createHash('sha256');
    const claims = part === ALL ? this.all : part.startsWith(SENTENCE) || part.startsWith(ABOUT) ? claimsOfPart(this.all, part) : undefined;
    if (claims) {
      hash.update(claims.map((claim) => this.idOf(claim) ?? JSON.stringify(claim)).join('\0'));
    } else {
      let value: unknown = this.rules;
      for (const key of part.split('.').slice(1)) value = (value as Record<string, unknown> | undefined)?.[key];
      hash.update(JSON.stringify(value) ?? 'undefined');
    }
    digest = hash.digest('hex');
    this.digests.set(part, digest);
    return digest;
  }
}

/**
 * A check's context that records what is read: `all`, a sentence's or a subject's claims, or a path
 * in the rules (`rules.lexicon.aliases`). Reading a part of the rules two levels down (or listing,
 * testing or describing keys anywhere) records that part whole.
 */
function trackedContext(rules: RuleSet, all: Claim[], read: Set<string>): CheckContext {
  const index = claimIndex(all);
  return {
    get all() {
      read.add(ALL);
      return all;
    },
    rules: tracked(rules, 'rules', 2, read) as RuleSet,
    sentence(claim) {
      read.add(`${SENTENCE}${JSON.stringify([claim.source, claim.evidence.offset])}`);
      return index.sentence(claim.source, claim.evidence.offset);
    },
    about(subjectKey, properties) {
      read.add(`${ABOUT}${JSON.stringify([subjectKey, [...new Set(properties)].sort()])}`);
      return index.about(subjectKey, properties);
    },
  };
}

/** The claims a `sentence:` or `about:` part stands for. */
function claimsOfPart(all: Claim[], part: string): readonly Claim[] {
  if (part.startsWith(SENTENCE)) {
    const [source, offset] = JSON.parse(part.slice(SENTENCE.length)) as [string, number];
    return claimIndex(all).sentence(source, offset);
  }
  const [subjectKey, properties] = JSON.parse(part.slice(ABOUT.length)) as [string, string[]];
  return claimIndex(all).about(subjectKey, properties);
}

function tracked(target: object, path: string, depth: number, read: Set<string>): object {
  const whole = () => {
    read.add(path);
    return undefined;
  };
  // One proxy per part, however often a check reaches it (once per claim, in some checks).
  const inner = new Map<string, object>();
  return new Proxy(target, {
    get(object, key, receiver) {
      const value: unknown = Reflect.get(object, key, receiver);
      if (typeof key !== 'string') {
        whole();
        return value;
      }
      const part = `${path}.${key}`;
      if (depth > 1 && typeof value === 'object' && value !== null) {
        let proxy = inner.get(key);
        if (proxy === undefined) inner.set(key, (proxy = tracked(value, part, depth - 1, read)));
        return proxy;
      }
      read.add(part);
      return value;
    },
    has: (object, key) => (whole(), Reflect.has(object, key)),
    ownKeys: (object) => (whole(), Reflect.ownKeys(object)),
    getOwnPropertyDescriptor: (object, key) => (whole(), Reflect.getOwnPropertyDescriptor(object, key)),
    set: () => false,
    defineProperty: () => false,
    deleteProperty: () => false,
  });
}

/** The drafts with their claims as places in `group`, when they come back from JSON exactly; undefined otherwise. */
function storable(drafts: Draft[], group: Claim[]): unknown[] | undefined {
  const place = new Map<Claim, number>();
  group.forEach((claim, i) => place.set(claim, i));
  const stored: unknown[] = [];
  for (const draft of drafts) {
    const places = draft.claims.map((claim) => place.get(claim));
    if (places.some((p) => p === undefined)) return undefined;
    const plain = { ...draft, claims: places };
    if (!isDeepStrictEqual(JSON.parse(JSON.stringify(plain)), plain)) return undefined;
    stored.push(plain);
  }
  return stored;
}

/** Remembered drafts with the group's claims put back; undefined when they do not fit the group. */
function revive(stored: unknown[], group: Claim[]): Draft[] | undefined {
  const drafts: Draft[] = [];
  for (const item of stored) {
    const plain = item as Omit<Draft, 'claims'> & { claims: unknown };
    if (!Array.isArray(plain.claims) || !plain.claims.every((p) => Number.isInteger(p) && p >= 0 && p < group.length)) return undefined;
    drafts.push({ ...structuredClone(plain), claims: (plain.claims as number[]).map((p) => group[p]!) } as Draft);
  }
  return drafts;
}
