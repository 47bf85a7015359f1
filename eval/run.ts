/**
 * `npm run eval`: checks each evaluated corpus and prints finding recall, precision, kind
 * accuracy, traps hit, fact recall and as-of accuracy, with all rules and with the domain
 * packs removed (how much the generic rules carry). `--verbose` lists what was missed;
 * `--held-out` also scores the held-out corpora; `--held-out=test4` scores only the one named.
 */
import { existsSync } from 'node:fs';
import { check } from '../src/index.js';
import { loadRules } from '../src/rules/load-rules.js';
import { mergeLexicons } from '../src/rules/merge-lexicons.js';
import type { RuleSet } from '../src/rules/types.js';
import { CORPORA } from './corpora.js';
import { readKey } from './key.js';
import { score, type Scores } from './score.js';

const verbose = process.argv.includes('--verbose');
const listFacts = process.argv.includes('--facts');
/** The held-out corpora to score: none, all (`--held-out`) or the ones named (`--held-out=test4`). */
const heldOutArg = process.argv.find((a) => a === '--held-out' || a.startsWith('--held-out='));
const scoresHeldOut = (name: string) => heldOutArg === '--held-out' || (heldOutArg?.slice('--held-out='.length).split(',').includes(name) ?? false);
const all = loadRules(['rules']);
const generic = withoutDomainPacks(all);

console.log('corpus  rules          findings  recall  precision  kind-acc  traps-hit  fact-recall  as-of-acc');
for (const corpus of CORPORA) {
  const skipHeldOut = corpus.heldOut === true && !scoresHeldOut(corpus.name);
  if (!existsSync(corpus.key) || skipHeldOut) {
    console.log(`${corpus.name.padEnd(7)} (skipped: ${skipHeldOut ? `held out; --held-out=${corpus.name} scores it` : `no key at ${corpus.key}`})`);
    continue;
  }
  const key = readKey(corpus.key);
  for (const [label, rules] of [['all', all], ['generic only', generic]] as const) {
    const scores = score(await run(corpus.dir, rules), key);
    console.log(row(corpus.name, label, scores));
    if (verbose && label === 'all') explain(scores);
    if (listFacts && label === 'all') for (const f of scores.missedFacts) console.log(`  no claim  ${f.property} ${f.subject} = ${String(f.value)} in ${f.source}: "${f.phrase}"`);
  }
}

function run(dir: string, rules: RuleSet) {
  return check({ paths: [dir], rules, tool: { name: 'factdiff', version: 'eval' }, generatedAt: '2026-01-01T00:00:00.000Z' });
}

function withoutDomainPacks(set: RuleSet): RuleSet {
  const rules = set.rules.filter((r) => !r.id.startsWith('domain.'));
  return { rules, lexicon: mergeLexicons(rules) };
}

function row(corpus: string, rules: string, s: Scores): string {
  const pct = (n: number) => n.toFixed(2).padStart(6);
  return [
    corpus.padEnd(7),
    rules.padEnd(13),
    `${s.keyFindings}/${s.reported}`.padStart(9),
    pct(s.recall),
    pct(s.precision).padStart(10),
    pct(s.kindAccuracy).padStart(9),
    `${s.trapsHit}/${s.traps}`.padStart(10),
    pct(s.factRecall).padStart(12),
    pct(s.asOfAccuracy).padStart(10),
  ].join(' ');
}

function explain(s: Scores): void {
  for (const k of s.missed) console.log(`  missed    ${k.kind} ${k.property} ${k.subject}: ${k.values.join(' / ')} in ${k.sources.join(', ')}`);
  for (const m of s.wrongKind) console.log(`  wrong kind ${m.reported.kind} (key: ${m.key.kind}) ${m.key.property} ${m.key.subject}`);
  for (const d of s.unexpected) console.log(`  unexpected ${d.kind} ${d.severity}: ${d.message.slice(0, 160)}`);
  for (const t of s.hitTraps) console.log(`  trap hit  ${t.description}`);
  for (const a of s.wrongAsOf) console.log(`  as-of     ${a.source}: "${a.phrase.slice(0, 60)}" key ${a.asOf}, got ${a.got ?? 'undated'}`);
}
