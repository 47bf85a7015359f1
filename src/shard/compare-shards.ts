/**
 * `compare claims-*.jsonl`: the shards of one drop back into the report a single `check` gives.
 * Entries are put back in the drop's order, reprints are grouped over the texts the shards
 * carry, and the rules get the organisations the drop defines from the shards' headers. Shards
 * that do not fit together (another drop, other rules or tool, a shard missing or given twice)
 * are refused with what is wrong, never merged into a wrong report.
 */
import { sha256 } from '../cache/claim-key.js';
import { groupReprints } from '../compare/voices/group-reprints.js';
import { UsageError } from '../errors/index.js';
import { compareDrop } from '../index.js';
import type { Report } from '../index.js';
import type { RuleSet } from '../rules/types.js';
import type { VerifiedFacts } from '../facts/load-facts.js';
import type { Claim } from '../types.js';
import type { Shard, ShardEntry } from './shard-file.js';

export interface NamedShard {
  name: string;
  shard: Shard;
}

/** `verified` (from `--facts`) joins the drop as `check` adds it: its claims and sources after the drop's. */
export function compareShards(shards: readonly NamedShard[], rules: RuleSet, tool: { name: string; version: string }, generatedAt: string, verified?: VerifiedFacts): Report {
  const entries = checkSet(shards, rules, tool);
  const first = shards[0]!.shard.header;
  const voices = groupReprints(entries.flatMap((e) => (e.story === undefined ? [] : [{ id: e.source.id, text: e.story }])));
  // Texts are needed for reprints only: claims carry their own sentences.
  for (const entry of entries) delete entry.story;
  const claims: Claim[] = [];
  for (const entry of entries) for (const claim of entry.claims) claims.push(claim);
  for (const claim of verified?.claims ?? []) claims.push(claim);
  const sources = [...entries.map((e) => e.source), ...(verified?.sources ?? [])];
  const effective: RuleSet = { ...rules, lexicon: { ...rules.lexicon, organisations: first.organisations } };
  return compareDrop({ sources, claims, voices, rules: effective, tool, generatedAt });
}

/** The entries of a complete, consistent set of shards, in the drop's order; else a UsageError saying why. */
function checkSet(shards: readonly NamedShard[], rules: RuleSet, tool: { name: string; version: string }): ShardEntry[] {
  if (shards.length === 0) throw new UsageError('compare needs the shard files written by `factdiff extract --shard i/n --out FILE`');
  const first = shards[0]!;
  const count = Number(first.shard.header.shard.split('/')[1]);
  const rulesHash = sha256(JSON.stringify(rules));
  const seen = new Map<string, string>();
  for (const { name, shard } of shards) {
    const h = shard.header;
    if (h.tool.name !== tool.name || h.tool.version !== tool.version) throw new UsageError(`${name} was extracted by ${h.tool.name}@${h.tool.version}, this is ${tool.name}@${tool.version}: extract again`);
    if (h.rules !== rulesHash) throw new UsageError(`${name} was extracted with other rules than the ones given: use the same --rules for extract and compare`);
    if (h.drop !== first.shard.header.drop || Number(h.shard.split('/')[1]) !== count) throw new UsageError(`${name} (shard ${h.shard}) is of another drop or split than ${first.name} (shard ${first.shard.header.shard})`);
    if (seen.has(h.shard)) throw new UsageError(`shard ${h.shard} is given twice: ${seen.get(h.shard)} and ${name}`);
    seen.set(h.shard, name);
  }
  const missing = Array.from({ length: count }, (_, i) => `${i + 1}/${count}`).filter((s) => !seen.has(s));
  if (missing.length > 0) throw new UsageError(`shard${missing.length > 1 ? 's' : ''} ${missing.join(', ')} missing: compare needs all ${count}`);
  const entries = shards.flatMap((s) => s.shard.entries).sort((a, b) => a.at - b.at);
  if (entries.length !== first.shard.header.entries || entries.some((e, i) => e.at !== i)) throw new UsageError(`the shards hold ${entries.length} of the drop's ${first.shard.header.entries} sources: a shard file is incomplete`);
  return entries;
}
