/**
 * Everything the extractors share about one source: its sentences, the organisations and
 * people it names, the merged lexicon, and a cache of compromise documents so a sentence
 * is tagged at most once. Tagging is most of extraction's cost, so an extractor asks for a
 * sentence's tags only once plain text tests leave a claim possible: a trigger word, a number
 * before a counted noun (count-gate.ts), the words a match pattern needs (pattern-words.ts),
 * a name where a list must start (name-list.ts); the tests never turn away a claim. A sentence
 * is tagged without compromise's last step, the chunker: no extractor reads chunks, and they
 * cost a fifth of tagging. A sentence text tagged for an earlier source is not tagged again
 * (tag-memo.ts).
 */
import nlp from './nlp.js';
import type { RuleSet } from '../rules/types.js';
import type { Source } from '../types.js';
import { indexOrganisations, type OrganisationIndex } from './organisations.js';
import { findPeople, type PersonMention } from './people.js';
import { postDays, type PostDay } from './post-days.js';
import { splitSentences, type Sentence } from './sentences.js';
import { taggedText } from './tag-memo.js';
import { TextMemo } from './text-memo.js';

export type NlpDoc = ReturnType<typeof nlp>;

export interface DocumentContext {
  source: Source;
  sentences: Sentence[];
  organisations: OrganisationIndex;
  people: PersonMention[];
  fullNames: string[];
  rules: RuleSet;
  speechVerbs: string[];
  /** A live blog's posts stamped with their day (post-days.ts); empty for other sources. */
  postDays?: PostDay[];
  /** The compromise document for a sentence, tagged on first use; ask only when a claim is possible. */
  tagged(sentence: Sentence): NlpDoc;
}

/**
 * "RABAT, Sept. 9 (Asia Pacific News Agency) --": an agency credited in the dateline wrote the
 * story; it is not what the story's figures are about.
 */
function withoutCredits(index: OrganisationIndex, source: Source): OrganisationIndex {
  const datelines = source.zones.filter((z) => z.kind === 'dateline');
  if (datelines.length === 0) return index;
  const mentions = index.mentions.filter((m) => !datelines.some((z) => m.offset >= z.start && m.offset < z.end));
  if (mentions.length === index.mentions.length) return index;
  const main = index.main !== undefined && mentions.some((m) => m.key === index.main) ? index.main : undefined;
  const { main: _dropped, ...rest } = index;
  return { ...rest, mentions, ...(main !== undefined ? { main } : {}) };
}

/**
 * "Live: Council of Europe summit in Reykjavik" over a blog that names the EU more often: the
 * organisation a headline names is the story's, whatever the body names most. A headline that
 * names the main organisation among others leaves it.
 */
function headlineFirst(index: OrganisationIndex, source: Source): OrganisationIndex {
  const headline = source.zones.find((z) => z.kind === 'headline');
  if (!headline || index.main === undefined) return index;
  const named = new Set(index.mentions.filter((m) => m.offset >= headline.start && m.offset < headline.end).map((m) => m.key));
  if (named.size === 0 || named.has(index.main)) return index;
  // Of the headline's names ("DR Congo admitted as seventh member of the East African Community"), the one the text names most.
  const times = (key: string) => index.mentions.filter((m) => m.key === key).length;
  const main = [...named].sort((a, b) => times(b) - times(a) || (a < b ? -1 : 1))[0]!;
  return { ...index, main };
}

/** Builds the shared context for one source. */
export function createContext(source: Source, rules: RuleSet): DocumentContext {
  const speechVerbs = rules.rules.flatMap((r) => r.extract?.speechVerbs ?? []);
  const people = findPeople(source.text, rules.lexicon.roles, speechVerbs.length > 0 ? speechVerbs : ['said']);
  const cache = new Map<number, NlpDoc>();
  const sentences = splitSentences(source);
  return {
    source,
    sentences,
    postDays: postDays(source, sentences),
    organisations: headlineFirst(withoutCredits(indexOrganisations(source.text, rules.lexicon), source), source),
    people,
    fullNames: [...new Set(people.map((p) => p.name).filter((n) => n.includes(' ')))],
    rules,
    speechVerbs,
    tagged(sentence) {
      let doc = cache.get(sentence.index);
      if (!doc) {
        doc = taggedText(sentence.text, tagWithoutChunks);
        cache.set(sentence.index, doc);
      }
      return doc;
    },
  };
}

type World = { hooks: string[] };

/** compromise's steps for `nlp(text)` (tokenizing, tagging, chunking) less the chunker. */
const TAGGING = (nlp.world() as World).hooks.filter((hook) => hook !== 'chunks');

/**
 * `nlp(text)` with the steps of TAGGING: compromise reads its list of steps from its world on
 * each call, so the list is swapped for the call (synchronous: nothing else runs meanwhile).
 */
export function tagWithoutChunks(text: string): NlpDoc {
  const world = nlp.world() as World;
  const hooks = world.hooks;
  world.hooks = TAGGING;
  try {
    return nlp(text);
  } finally {
    world.hooks = hooks;
  }
}

/** Each sentence's lower-case words, split once: every rule asks about its own triggers. */
const sentenceWords = new WeakMap<Sentence, ReadonlySet<string>>();
/** The same by the sentence's text, across sources (a drop repeats sentences); never changed once made. */
const wordsByText = new TextMemo<ReadonlySet<string>>((words) => words);

/** A long list of triggers as a set, made once per list (lists are the rules' own, or made once per source). */
const triggerSets = new WeakMap<string[], Set<string>>();

/**
 * Whether a sentence contains one of the trigger words (no triggers: every sentence). Looks up
 * the shorter side in the longer: the sentence's words in the triggers, or the other way round.
 */
export function hasTrigger(sentence: Sentence, triggers: string[] | undefined): boolean {
  if (!triggers || triggers.length === 0) return true;
  let words = sentenceWords.get(sentence);
  if (!words) {
    const text = sentence.text;
    words = wordsByText.get(text, () => new Set(text.toLowerCase().split(/[^a-z0-9-]+/)));
    sentenceWords.set(sentence, words);
  }
  if (triggers.length <= words.size) return triggers.some((t) => words.has(t));
  let set = triggerSets.get(triggers);
  if (!set) {
    set = new Set(triggers);
    triggerSets.set(triggers, set);
  }
  for (const word of words) if (set.has(word)) return true;
  return false;
}
