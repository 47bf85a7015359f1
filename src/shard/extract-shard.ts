/**
 * `extract --shard i/n`: one runner's part of a drop. Every shard reads the whole drop first
 * (ingest is cheap next to extraction), because what one article defines ("Full Name
 * (ACRONYM)") changes what is extracted from others: learning it from the whole drop on every
 * runner is what makes n shards extract exactly what one run does. Then the shard extracts only
 * the sources of its own files and keeps what the compare step needs.
 */
import { sha256 } from '../cache/claim-key.js';
import { describeFailed, extractDrop, readDrop, type CheckOptions } from '../index.js';
import { assignShards, formatShard, type ShardSpec } from './partition.js';
import { SHARD_FORMAT, type Shard, type ShardEntry } from './shard-file.js';

export type ExtractShardOptions = Omit<CheckOptions, 'generatedAt'> & { shard: ShardSpec };

export async function extractShard(options: ExtractShardOptions): Promise<Shard> {
  const { sources, failed, rules } = await readDrop(options.paths, options.rules);
  const owner = assignShards([...sources.map((s) => s.path), ...failed.map((f) => f.path)], options.shard.count);
  const mine = (path: string) => owner.get(path) === options.shard.index;
  const own = sources.flatMap((source, at) => (mine(source.path) ? [{ source, at }] : []));
  const extracted = await extractDrop(own.map((o) => o.source), rules, options);
  let next = 0; // claims come in source order, `facts` of them per source
  const entries: ShardEntry[] = own.map(({ source, at }, i) => {
    const described = extracted.sources[i]!;
    next += described.facts;
    return { at, source: described, claims: extracted.claims.slice(next - described.facts, next), story: source.text };
  });
  failed.forEach((input, k) => {
    if (mine(input.path)) entries.push({ at: sources.length + k, source: describeFailed(input), claims: [] });
  });
  const drop = sha256(JSON.stringify([...sources.map((s) => [s.id, sha256(JSON.stringify(s))]), ...failed.map((f) => f.path)]));
  return {
    header: {
      factdiff: 'claims-shard',
      format: SHARD_FORMAT,
      shard: formatShard(options.shard),
      tool: options.tool,
      rules: sha256(JSON.stringify(options.rules)),
      drop,
      entries: sources.length + failed.length,
      organisations: rules.lexicon.organisations,
    },
    entries,
  };
}
