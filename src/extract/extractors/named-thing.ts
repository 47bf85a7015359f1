/**
 * Names of operations, drills and initiatives: an anti-drug operation dubbed "Trident",
 * "Steadfast Defender" military exercises. The kind word ("operation") groups
 * names for comparison; the passage's features decide whether two names are one thing.
 * With `unquoted`, names beside a lower-case kind word are read too ("the Pragyan rover",
 * "lunar rover Pragyaan"); with `keyBySpelling`, only spellings of one name share a subject.
 */
import type { Rule } from '../../rules/types.js';
import type { Claim } from '../../types.js';
import { MONTH, WEEKDAY } from '../../ingest/date-parts.js';
import { thingKey } from '../../normalize/names.js';
import { claimTime, publicationTime } from '../claim-time.js';
import { hasTrigger, type DocumentContext } from '../context.js';
import { passageFeatures } from '../features.js';
import { makeClaim } from '../make-claim.js';
import { escape, organisationFor } from '../organisations.js';

const QUOTED = `["“‘]([^"”’]{1,60}?)[,.]?["”’]`;
/** One or two capitalised words of an unquoted name ("Pragyan", "James Webb", "Chang'e-6"). */
const BARE_NAME = `([A-Z][\\w'’-]*(?:[ \\t]+[A-Z][\\w'’-]*)?)`;
/** Capitalised words that never name a thing: months, weekdays, words capitalised for starting a clause. */
const NOT_A_NAME = new RegExp(`^(?:${MONTH}|${WEEKDAY}|The|A|An|It|Its|This|That|On|In|At|By|After|Before|When|While|And|But|Earth|Sun)$`);

function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

export function extractNamedThings(ctx: DocumentContext, rule: Rule): Claim[] {
  const spec = rule.extract;
  const kindWords = Object.entries(spec?.kinds ?? {}).flatMap(([kind, words]) => words.map((w) => [w.toLowerCase(), kind] as const));
  if (!spec || kindWords.length === 0) return [];
  const kindAlt = kindWords.map(([w]) => escape(w)).sort((a, b) => b.length - a.length).join('|');
  const introAlt = (spec.introducers ?? []).map(escape).join('|');
  const introduced = new RegExp(`((?:[\\w-]+\\s+){0,2}?)(${kindAlt})\\s+(?:${introAlt})\\s+${QUOTED}`, 'gi');
  const labelled = new RegExp(`${QUOTED}\\s+((?:[\\w-]+\\s+){0,2}?)(${kindAlt})\\b`, 'gi');
  // "Operation Sindoor", "Exercise Steadfast Defender": a capitalised kind word that leads a name.
  const titled = new RegExp(`()\\b(${kindWords.map(([w]) => escape(capitalised(w))).join('|')})[ \\t]+((?:[A-Z][\\w'’-]*)(?:[ \\t]+[A-Z][\\w'’-]*){0,2})`, 'g');
  const lowerKinds = kindWords.map(([w]) => escape(w)).sort((a, b) => b.length - a.length).join('|');
  // "the 26-kg Pragyan rover", "India's Vikram lander": a determiner, lower-case modifiers, the name, the kind word.
  const before = new RegExp(`\\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[\\w-]+['’]s)[ \\t]+((?:(?:[a-z][\\w-]*|\\d[\\w.,-]*)[ \\t]+){0,2}?)${BARE_NAME}[ \\t]+(${lowerKinds})\\b`, 'g');
  // "lunar rover Pragyaan has finished": the kind word, then the name.
  const after = new RegExp(`\\b(${lowerKinds})[ \\t]+${BARE_NAME}(?![\\w'’-])`, 'g');
  const claims: Claim[] = [];
  for (const sentence of ctx.sentences) {
    if (!hasTrigger(sentence, spec.triggers)) continue;
    const found: Array<{ name: string; modifiers: string; kindWord: string; at: number }> = [];
    for (const m of sentence.text.matchAll(introduced)) found.push({ name: m[3] ?? '', modifiers: m[1] ?? '', kindWord: m[2] ?? '', at: m.index ?? 0 });
    for (const m of sentence.text.matchAll(labelled)) found.push({ name: m[1] ?? '', modifiers: m[2] ?? '', kindWord: m[3] ?? '', at: m.index ?? 0 });
    for (const m of sentence.text.matchAll(titled)) if (!found.some((f) => f.name === m[3])) found.push({ name: m[3] ?? '', modifiers: m[1] ?? '', kindWord: m[2] ?? '', at: m.index ?? 0 });
    if (spec.unquoted) {
      const bare = (name: string, modifiers: string, kindWord: string, at: number) => {
        const words = name.split(/[ \t]+/);
        // An abbreviation before the kind word is almost always the agency that built it ("the NASA probe").
        if (NOT_A_NAME.test(words[0]!) || /^[A-Z]{2,}$/.test(words[0]!) || ctx.organisations.isName(name) || ctx.organisations.isName(words[0]!)) return;
        if (!found.some((f) => f.name === name)) found.push({ name, modifiers, kindWord, at });
      };
      for (const m of sentence.text.matchAll(before)) bare(m[2] ?? '', m[1] ?? '', m[3] ?? '', m.index ?? 0);
      for (const m of sentence.text.matchAll(after)) bare(m[2] ?? '', '', m[1] ?? '', m.index ?? 0);
    }
    for (const { name, modifiers, kindWord, at } of found) {
      const kind = kindWords.find(([w]) => w === kindWord.toLowerCase())?.[1];
      const org = organisationFor(ctx.organisations, sentence.start, sentence.end, sentence.text);
      if (!kind || (!org && !spec.keyBySpelling) || !/[A-Za-z]/.test(name)) continue;
      const passage = ctx.sentences
        .filter((s) => s.paragraph === sentence.paragraph && s.index >= sentence.index && s.index <= sentence.index + (spec.contextSentences ?? 2))
        .map((s) => s.text)
        .join(' ');
      const what = `${modifiers.replace(/^(an?|the|its|their)\s+/i, '')}${kindWord}`.toLowerCase().trim();
      const subject = spec.keyBySpelling
        ? { key: `thing:${kind}:${thingKey(name)}`, text: `${kind} ${name.trim()}` }
        : { key: `thing:${org}:${kind}`, text: `${org} ${what}` };
      claims.push(
        makeClaim(ctx, rule.id, sentence, {
          subject,
          property: spec.property ?? 'name',
          value: { type: 'name', text: name.trim() },
          display: name.trim(),
          // A craft's name is not an event: it holds as of publication, whatever the sentence dates.
          time: spec.keyBySpelling ? publicationTime(ctx.source.published) : claimTime(ctx.source, sentence.text, { near: at }),
          qualifiers: { kind, what, features: passageFeatures(passage.replace(name, ' '), ctx.source.published, [...(org ? [org] : []), ...name.split(/\s+/)]) },
          at,
        }),
      );
    }
  }
  return claims;
}
