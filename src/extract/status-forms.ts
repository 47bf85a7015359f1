/**
 * The ways a sentence gives someone a status around a status phrase ("observer state"): which
 * names it applies to. Each form is a plain test on the text before or after the phrase.
 *
 * - after it, a list:  "observer states Fiji, Samoa and Tonga", "member states such as
 *   Peru and Chile", "members: Algeria, Congo …"
 * - before it, an apposition: "Iran, an observer state", "Kyrgyzstan and Uzbekistan, both members"
 * - before it, a copula: "Iran is an observer", "Iran and Mongolia are observers"
 * - around it, "As a founding member, France …"
 * - a status held: "granted Timor-Leste observer status", "Iran has observer status"
 */
import { isPersonOrDate, listBefore, listFrom, type NameSpan } from './name-list.js';

const ADVERBS = String.raw`(?:(?:also|still|now|currently|already|officially|formally)\s+)*`;
/** Words before a phrase that take the status away: "a former member", "not yet an observer", "would-be members". */
const NEGATORS = new Set(['former', 'ex', 'prospective', 'potential', 'would-be', 'aspiring', 'candidate', 'future', 'non', 'not', 'never', 'once', 'no', 'nor', 'neither', 'until']);

export interface StatusPlace {
  /** Where the phrase starts and, with an organisation written before or after it, where that ends. */
  start: number;
  end: number;
  /** "observer states" rather than "observer state": it goes with "both", "are", a list. */
  plural: boolean;
}

/**
 * The names a status phrase at `place` applies to, by the first form that fits. `spans` gives the
 * sentence's names; it is called only once a form fits, as finding names needs the tagger.
 */
export function namesWithStatus(text: string, spans: () => NameSpan[], place: StatusPlace): NameSpan[] {
  const { start, end, plural } = place;
  const before = text.slice(0, start);
  const after = text.slice(end);
  // "an observer until 2023" is a status that ended.
  if (negated(before) || /^\s+(?:until|till|up to)\b/i.test(after)) return [];
  const one = (list?: { names: NameSpan[] }) => (list ? list.names.slice(-1) : []);
  const all = (list?: { names: NameSpan[]; closed: boolean }) => (list?.closed ? list.names : []);
  const found = (() => {
    if (!plural && /^\s+status\b/.test(after)) {
      const holder = /(?:\s+(?:has|had|holds|held|gained|obtained|received|won|(?:was|has been|had been|were) (?:granted|given|awarded)))?\s+$/.exec(before);
      return one(listBefore(spans(), text, start - (holder?.[0].length ?? 0)));
    }
    const list = /^(?:\s*[:(—–]\s*|\s+--?\s+|,?\s+(?:such as|including|like|namely|notably)\s+|\s+)(?=\p{Lu}|the\s)/u.exec(after);
    if (list && !/\bas\s+(?:a|an)\s+$/i.test(before)) return listFrom(spans(), text, end + list[0].length)?.names ?? [];
    const as = !plural && /(?:^|[,;]\s*)as\s+(?:a|an)\s+$/i.test(before) && /^\s*,\s*/.exec(after);
    if (as) return (listFrom(spans(), text, end + as[0].length)?.names ?? []).slice(0, 1);
    // "In the Lisbon Treaty, the members agreed …" is no apposition: only "a"/"an" with one, "both"/"all" with many.
    const apposition = (plural ? /,\s+(?:both|all|each)\s+$/i : /,\s+(?:a|an)\s+$/i).exec(before);
    if (apposition) return plural ? all(listBefore(spans(), text, start - apposition[0].length)) : one(listBefore(spans(), text, start - apposition[0].length));
    const copula = plural ? new RegExp(String.raw`\s+(?:are|remain)\s+${ADVERBS}(?:(?:both|all)\s+)?$`, 'i') : new RegExp(String.raw`\s+(?:is|remains)\s+${ADVERBS}(?:a|an)\s+$`, 'i');
    const is = copula.exec(before);
    if (is) return plural ? all(listBefore(spans(), text, start - is[0].length)) : one(listBefore(spans(), text, start - is[0].length));
    return [];
  })();
  return found.filter((name) => !isPersonOrDate(name) && !/['’]s$/.test(name.text));
}

/** A negating word among the three before the phrase. */
function negated(before: string): boolean {
  const words = before.toLowerCase().split(/[^a-z-]+/).filter(Boolean).slice(-3);
  return words.some((w) => NEGATORS.has(w) || w.startsWith('ex-') || w.startsWith('non-'));
}
