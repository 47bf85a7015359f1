/**
 * Names of operations, drills and initiatives: an anti-drug operation dubbed "Trident",
 * "Steadfast Defender" military exercises. The kind word ("operation") groups
 * names for comparison; the passage's features decide whether two names are one thing.
 */
import type { Rule } from '../../rules/types.js';
import type { Claim } from '../../types.js';
import { claimTime } from '../claim-time.js';
import { hasTrigger, type DocumentContext } from '../context.js';
import { passageFeatures } from '../features.js';
import { makeClaim } from '../make-claim.js';
import { escape, organisationFor } from '../organisations.js';

const QUOTED = `["“‘]([^"”’]{1,60}?)[,.]?["”’]`;

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
  const claims: Claim[] = [];
  for (const sentence of ctx.sentences) {
    if (!hasTrigger(sentence, spec.triggers)) continue;
    const found: Array<{ name: string; modifiers: string; kindWord: string; at: number }> = [];
    for (const m of sentence.text.matchAll(introduced)) found.push({ name: m[3] ?? '', modifiers: m[1] ?? '', kindWord: m[2] ?? '', at: m.index ?? 0 });
    for (const m of sentence.text.matchAll(labelled)) found.push({ name: m[1] ?? '', modifiers: m[2] ?? '', kindWord: m[3] ?? '', at: m.index ?? 0 });
    for (const m of sentence.text.matchAll(titled)) if (!found.some((f) => f.name === m[3])) found.push({ name: m[3] ?? '', modifiers: m[1] ?? '', kindWord: m[2] ?? '', at: m.index ?? 0 });
    for (const { name, modifiers, kindWord, at } of found) {
      const kind = kindWords.find(([w]) => w === kindWord.toLowerCase())?.[1];
      const org = organisationFor(ctx.organisations, sentence.start, sentence.end, sentence.text);
      if (!kind || !org || !/[A-Za-z]/.test(name)) continue;
      const passage = ctx.sentences
        .filter((s) => s.paragraph === sentence.paragraph && s.index >= sentence.index && s.index <= sentence.index + (spec.contextSentences ?? 2))
        .map((s) => s.text)
        .join(' ');
      const what = `${modifiers.replace(/^(an?|the|its|their)\s+/i, '')}${kindWord}`.toLowerCase().trim();
      claims.push(
        makeClaim(ctx, rule.id, sentence, {
          subject: { key: `thing:${org}:${kind}`, text: `${org} ${what}` },
          property: spec.property ?? 'name',
          value: { type: 'name', text: name.trim() },
          display: name.trim(),
          time: claimTime(ctx.source, sentence.text, { near: at }),
          qualifiers: { kind, what, features: passageFeatures(passage.replace(name, ' '), ctx.source.published, [org, ...name.split(/\s+/)]) },
          at,
        }),
      );
    }
  }
  return claims;
}
