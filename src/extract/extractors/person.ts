/**
 * People named in full, one claim per name and source: "Coordinating Minister … Luhut Binsar
 * Pandjaitan". Claims are keyed by a spelling-tolerant name key, so the name-variant check sees
 * "Pandjaitan" and "Panjaitan" side by side; names that differ only in diacritics agree.
 */
import { personKey } from '../../normalize/names.js';
import type { Rule } from '../../rules/types.js';
import type { Claim } from '../../types.js';
import { publicationTime } from '../claim-time.js';
import type { DocumentContext } from '../context.js';
import { passageFeatures } from '../features.js';
import { makeClaim } from '../make-claim.js';

export function extractPeople(ctx: DocumentContext, rule: Rule): Claim[] {
  const seen = new Set<string>();
  const claims: Claim[] = [];
  // "the World Health Organization said", "the National Transportation Safety Board said": a body
  // that speaks is found where people are, but its name is no person's ("World Meteorological
  // Organization" and "World Health Organization" are not one name spelt two ways).
  const bodies = new Set([...ctx.rules.lexicon.organisationHeads, ...ctx.rules.lexicon.speakingBodies].map((w) => w.toLowerCase()));
  for (const mention of ctx.people) {
    if (!mention.name.includes(' ') || seen.has(mention.name)) continue;
    if (bodies.has(mention.name.split(/\s+/).at(-1)!.toLowerCase())) continue;
    const sentence = ctx.sentences.find((s) => s.start <= mention.offset && mention.offset < s.end);
    if (!sentence) continue;
    seen.add(mention.name);
    claims.push(
      makeClaim(ctx, rule.id, sentence, {
        subject: { key: `person:${personKey(mention.name)}`, text: mention.name },
        property: rule.extract?.property ?? 'name',
        value: { type: 'name', text: mention.name },
        display: mention.name,
        time: publicationTime(ctx.source.published),
        qualifiers: { descriptors: mention.descriptors, features: passageFeatures(sentence.text, ctx.source.published, mention.name.split(' ')) },
        at: mention.offset - sentence.start,
      }),
    );
  }
  return claims;
}
