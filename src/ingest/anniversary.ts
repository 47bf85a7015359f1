import { sentencesOf } from './sentences.js';

/** A year established from "this year marks the Nth anniversary of X". */
export interface AnniversaryYear {
  year: number;
  /** The anniversary clause and how the base year was found. */
  evidence: string;
}

const ORDINAL_WORDS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
  tenth: 10, fifteenth: 15, twentieth: 20, 'twenty-fifth': 25, thirtieth: 30, 'thirty-fifth': 35,
  fortieth: 40, 'forty-fifth': 45, fiftieth: 50, sixtieth: 60, seventieth: 70, 'seventy-fifth': 75,
  eightieth: 80, ninetieth: 90, hundredth: 100, centenary: 100, centennial: 100,
};

const ORDINAL = '(?<n>\\d{1,3}(?:st|nd|rd|th)|[a-z]+(?:-[a-z]+)?)';
const PRESENT = new RegExp(`\\b(?:this|the) year marks the ${ORDINAL} anniversary of (?<event>[^.;:!?]+)`, 'iu');
const ANY = new RegExp(`\\b${ORDINAL} anniversary of (?<event>[^.;,:!?]+)`, 'giu');
const YEAR = /\b(1[5-9]\d{2}|20\d{2})\b/;
const STOPWORDS = new Set(['the', 'of', 'in', 'and', 'for', 'a', 'an', 'to', 'on', 'at', 'by', 'with', 'its', 'was', 'is', 'marked', 'held']);

/**
 * The present year from an anniversary the text says falls this year, when the base year is
 * known: from a year in the same sentence, or from another sentence giving another anniversary
 * of the same event with its year ("In 2015, when the 70th anniversary of ... was marked").
 */
export function anniversaryYear(paragraphs: readonly string[]): AnniversaryYear | undefined {
  const sentences = paragraphs.flatMap(sentencesOf);
  for (const sentence of sentences) {
    const g = PRESENT.exec(sentence)?.groups;
    const n = ordinalValue(g?.n);
    if (!g?.event || !n) continue;
    const clause = sentence.slice(PRESENT.exec(sentence)?.index ?? 0).replace(/[.;:!?]+$/, '');
    const own = YEAR.exec(sentence.replace(PRESENT, ' '))?.[1] ?? YEAR.exec(g.event)?.[1];
    if (own) return { year: Number(own) + n, evidence: `${clause} (base year ${own} + ${n})` };
    const base = baseYearElsewhere(sentences, sentence, g.event);
    if (base) return { year: base.year + n, evidence: `${clause} (base year ${base.year} from: ${base.sentence})` };
  }
  return undefined;
}

function baseYearElsewhere(sentences: readonly string[], skip: string, event: string) {
  for (const sentence of sentences) {
    if (sentence === skip) continue;
    const year = YEAR.exec(sentence)?.[1];
    if (!year) continue;
    for (const m of sentence.matchAll(ANY)) {
      const n = ordinalValue(m.groups?.n);
      if (n && sameEvent(event, m.groups?.event ?? '')) {
        return { year: Number(year) - n, sentence: sentence.slice(0, (m.index ?? 0) + m[0].length) };
      }
    }
  }
  return undefined;
}

function ordinalValue(word: string | undefined): number | undefined {
  if (!word) return undefined;
  const digits = /^(\d+)/.exec(word)?.[1];
  return digits ? Number(digits) : ORDINAL_WORDS[word.toLowerCase()];
}

/** Two event phrases name the same event when most content words of the shorter one are shared. */
export function sameEvent(a: string, b: string): boolean {
  const wa = contentWords(a);
  const wb = contentWords(b);
  const shared = [...wa].filter((w) => wb.has(w)).length;
  const smaller = Math.min(wa.size, wb.size);
  return smaller > 0 && shared >= Math.min(2, smaller) && shared / smaller >= 0.6;
}

function contentWords(phrase: string): Set<string> {
  const words = phrase.toLowerCase().match(/[\p{L}\p{N}'-]+/gu) ?? [];
  return new Set(words.filter((w) => w.length > 2 && !STOPWORDS.has(w)));
}
