/**
 * Names of numbered things written in full or by their initials: "Intuitive Machines-1" and
 * "IM-1", "Integrated Flight Test 3" and "IFT-3". Both are keyed by the initials and the number
 * (`numbered:IM1`), so the full name and the abbreviation of one mission meet, and the name-variant
 * check reports them. A name needs two or more capitalised words before its number (so "Falcon 9"
 * and "Apollo 17" stand alone), an abbreviation two to five capitals and a hyphen ("IM-1"; "F-16"
 * has one letter, "B-96155158" too many digits).
 */
import type { Rule } from '../../rules/types.js';
import type { Claim } from '../../types.js';
import type { DocumentContext } from '../context.js';
import { nameClaim } from '../make-claim.js';

/** Two to five capitalised words, then a number after a hyphen or a space. */
const FULL = /(?<![\p{L}\p{N}-])(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){1,4})(?:-|[ \t]+)(\d{1,3})(?![\p{L}\p{N}]|[.,:]\d)/gu;
/** Two to five capitals, a hyphen and a number: "IM-1", "IFT-3". */
const SHORT = /(?<![\p{L}\p{N}-])(\p{Lu}{2,5})-(\d{1,3})(?![\p{L}\p{N}]|[.,:]\d)/gu;
/** Words that open a sentence, or name a day or a month: never the start of such a name. */
const NOT_NAME_WORDS = new Set('The A An In On At For From By With As After Before During Under Since Until When While But And Or If Its His Her Their This That These Those Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December'.split(' '));

export function extractNumberedNames(ctx: DocumentContext, rule: Rule): Claim[] {
  const claims: Claim[] = [];
  for (const sentence of ctx.sentences) {
    if (!/\d/.test(sentence.text)) continue;
    for (const match of sentence.text.matchAll(FULL)) {
      let words = match[1]!.split(/[ \t]+/);
      let at = match.index ?? 0;
      // "The Integrated Flight Test 3": the words before the name are no part of it.
      while (words.length > 0 && NOT_NAME_WORDS.has(words[0]!)) {
        at += sentence.text.slice(at).indexOf(words[1] ?? '', words[0]!.length);
        words = words.slice(1);
      }
      if (words.length < 2 || words.some((w) => NOT_NAME_WORDS.has(w))) continue;
      const name = sentence.text.slice(at, (match.index ?? 0) + match[0].length);
      claims.push(numberedClaim(ctx, rule, sentence, name, words.map((w) => w[0]).join(''), match[2]!, at));
    }
    for (const match of sentence.text.matchAll(SHORT)) claims.push(numberedClaim(ctx, rule, sentence, match[0], match[1]!, match[2]!, match.index ?? 0));
  }
  return claims;
}

function numberedClaim(ctx: DocumentContext, rule: Rule, sentence: DocumentContext['sentences'][number], name: string, initials: string, n: string, at: number): Claim {
  return nameClaim(ctx, rule, sentence, `numbered:${initials.toUpperCase()}${Number(n)}`, name, at);
}
