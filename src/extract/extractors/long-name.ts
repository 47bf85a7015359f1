/**
 * Long proper names of things, written without quotes or a kind word beside them: "the
 * India-Middle East-Europe Economic Corridor", "Mumbai Metropolitan Region Development Authority".
 * A name is a run of at least `minWords` capitalised words (small joining words such as "of"
 * inside it), or of two when its last word is one of `structureHeads` ("the Danube Bridge"). Claims are keyed by the name's first and last word, so only names that could be
 * one name written more or less fully meet; the name-variant check (`nested`) then links a name
 * only with one that is it with words left out. People are left to the person rule (a run that
 * holds a role word or a person's name is not read), organisations to the organisation index.
 */
import { foldName } from '../../normalize/names.js';
import type { Rule } from '../../rules/types.js';
import type { Claim } from '../../types.js';
import type { DocumentContext } from '../context.js';
import { nameClaim } from '../make-claim.js';

/** A capitalised word (hyphenated parts too: "India-Middle", "Sewri-Nhava"), or a joining word inside a name. */
const NAME_RUN = /(?:\p{Lu}[\p{L}\p{M}’'.-]*(?:\s+(?:of|for|on|de|la|du|del)(?=\s+\p{Lu}))?\s+){1,}\p{Lu}[\p{L}\p{M}’'-]*/gu;
/** A weekday or month and everything after it, with the joining word before it. */
const TIME_WORD = /(?:\s+(?:of|for|on|de|la|du|del))?\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b.*$/;
/** Words that open a sentence or a name without belonging to it. */
const LEADING = /^(?:The|A|An|In|On|At|For|From|By|With|As|After|Before|During|Under|Since|Until|When|While|But|And|Or|If|Its|His|Her|Their|This|That|These|Those)\s+/;

export function extractLongNames(ctx: DocumentContext, rule: Rule): Claim[] {
  const minWords = rule.extract?.minWords ?? 3;
  // "the Danube Bridge": a name that ends in a structure's word needs only two.
  const heads = new Set(rule.extract?.structureHeads ?? []);
  const roles = new Set(ctx.rules.lexicon.roles?.map((r) => r.toLowerCase()) ?? []);
  const people = ctx.people.map((p) => p.name);
  // Organisations have their own names and variants (the lexicon, "Full Name (ACRONYM)").
  const organisations = new Set(ctx.organisations.present);
  const claims: Claim[] = [];
  // "MOSCOW, July 17, 2023 (Black Sea Wire) - …": the dateline that opens a lede names its agency, no thing.
  const datelines = ctx.source.zones.filter((z) => z.kind === 'dateline');
  for (const sentence of ctx.sentences) {
    if (sentence.zone !== 'body') continue;
    for (const match of sentence.text.matchAll(NAME_RUN)) {
      let name = match[0];
      let at = match.index ?? 0;
      if (datelines.some((z) => sentence.start + at >= z.start && sentence.start + at < z.end)) continue;
      for (let lead = LEADING.exec(name); lead; lead = LEADING.exec(name)) {
        name = name.slice(lead[0].length);
        at += lead[0].length;
      }
      // "Atal Setu on Friday": a weekday or a month ends the name, with the word that joined it.
      name = name.replace(TIME_WORD, '').replace(/[’']s$/, '').replace(/\.$/, '');
      const words = name.split(/\s+/);
      const capitalised = words.filter((w) => /^\p{Lu}/u.test(w));
      if (capitalised.length < (heads.has(words.at(-1)!) ? Math.min(2, minWords) : minWords) || words.some((w) => roles.has(w.toLowerCase())) || people.some((p) => name.includes(p)) || organisations.has(name)) continue;
      // Every word in capitals ("NEW DELHI") is a heading or a dateline, not a name.
      if (words.every((w) => w === w.toUpperCase())) continue;
      const first = foldName(words[0]!);
      const last = foldName(words.at(-1)!);
      claims.push(nameClaim(ctx, rule, sentence, `name:${first}:${last}`, name, at));
    }
  }
  return claims;
}
