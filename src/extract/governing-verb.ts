/**
 * The verb that governs a figure, as the quantity extractor keys it: a passive after the figure,
 * else the verb before it in its clause, else (after an aside) the verb after it; the rule's
 * `verbFamilies` name one verb for several ("burned down", "razed", "lost" → destroy).
 */
import type { Rule } from '../rules/types.js';
import type { DocumentContext } from './context.js';
import { infinitive } from './infinitive.js';
import type { Sentence } from './sentences.js';
import { verbsOf } from './verbs.js';

/** A passive right after a figure, in its clause: "were lost", "had been burnt". */
const PARTICIPLE_AFTER = /^[^,;:]{0,40}?\b(?:was|were|been|is|are)\s+(lost|burnt|left|built|sold|paid|held|spent|sent|kept|found|made|hit|cut)\b/i;

/** A figure's noun phrase, one aside between commas, and up to three words before the verb. */
const ASIDE_THEN_VERB = /^[^,;]{1,60},[^,;]{1,80},\s*(?:[\w'’-]+\s+){0,3}$/;

/** The verb a family names for a governing verb ("burn" → destroy, by the rule's `verbFamilies`), else the verb itself. */
export function familyOf(verb: string | undefined, rule: Rule): string | undefined {
  if (verb === undefined) return undefined;
  // The members are infinitives; a past form the tagger left as it is ("burned", "lost") is matched by its stem.
  const member = (m: string) => verb === m || verb.startsWith(m.replace(/e$/, ''));
  for (const [head, members] of Object.entries(rule.extract?.verbFamilies ?? {})) if (members.some(member)) return head;
  return verb;
}

/** The infinitive of the verb that governs the number: a passive after it ("were seized" → "seize"), else the verb before it. */
export function governingVerb(ctx: DocumentContext, sentence: Sentence, at: number): string | undefined {
  const verbs = verbsOf(ctx.tagged(sentence));
  const content = verbs.filter((v) => !/^(is|are|was|were|be|been|has|have|had|will|would|can|could)$/i.test(v.text.trim()));
  // A passive after the figure governs it in the same clause only ("10 tons … were seized", not "8 metres by Friday, ISRO said, and its instruments had been switched on").
  const passive = content.find((v) => v.offset.start > at && !/[,;]/.test(sentence.text.slice(at, v.offset.start)) && /\b(?:was|were|been|be|is|are)\s+$/i.test(sentence.text.slice(Math.max(0, v.offset.start - 8), v.offset.start)));
  // "372 people had been injured …, and 34,297 people were in evacuation centres": a verb of an earlier clause governs nothing here.
  const clause = Math.max(sentence.text.lastIndexOf(', and ', at), sentence.text.lastIndexOf('; ', at), sentence.text.lastIndexOf(', but ', at));
  const before = content.filter((v) => v.offset.start < at && v.offset.start > clause).at(-1);
  // "In Wajima City, where the most people died, about 200 buildings burned down": a figure that opens
  // a clause after an aside is the subject of the verb that follows it, not of the aside's.
  // "Twenty-two governments, including eight African countries, are still negotiating": a figure
  // that opens its sentence, an aside in commas after its noun, then the verb.
  const after = content.find((v) => v.offset.start > at && !/[,;]/.test(sentence.text.slice(at, v.offset.start).replace(/(?<=\d),(?=\d)/g, '')))
    ?? (before === undefined && !/\S/.test(sentence.text.slice(0, at).replace(/^[\s"“(]*(?:(?:about|around|some|nearly|almost|more than|over|at least)\s+)?/i, '')) ? content.find((v) => v.offset.start > at && ASIDE_THEN_VERB.test(sentence.text.slice(at, v.offset.start).replace(/(?<=\d),(?=\d)/g, ''))) : undefined);
  const aside = before !== undefined && after !== undefined && /,\s*$/.test(sentence.text.slice(before.offset.start, at).replace(/\s*(?:(?:about|around|some|nearly|almost|more than|over|at least|roughly)\s+)?$/i, ''));
  // "more than 200 buildings were lost": a participle the tagger read as an adjective still governs.
  const participle = passive ? undefined : PARTICIPLE_AFTER.exec(sentence.text.slice(at, at + 80))?.[1];
  if (participle) return participle.toLowerCase();
  // Past its clause, a verb of saying governs no figure ("… with 44 states … signing a declaration, the Icelandic government said").
  const nearest = passive ?? (aside ? after : before) ?? after ?? content.filter((v) => !saying(v.text, ctx.speechVerbs)).sort((a, b) => Math.abs(a.offset.start - at) - Math.abs(b.offset.start - at))[0];
  if (!nearest) return undefined;
  const words = nearest.text.replace(/[^\p{L}\s-]/gu, ' ').trim();
  return infinitive(words);
}

/** Whether a verb chunk is a verb of saying ("said", "has told"). */
function saying(text: string, speechVerbs: readonly string[]): boolean {
  const last = text.toLowerCase().replace(/[^\p{L}\s]/gu, ' ').trim().split(/\s+/).at(-1) ?? '';
  return speechVerbs.includes(last) || /^(?:said|says|say|told|tells|tell|added|adds|reported|reports)$/.test(last);
}
