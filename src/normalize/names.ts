/**
 * Keys for people's names written differently: without diacritics ("Plenković" / "Plenkovic"),
 * and a consonant skeleton that survives common transliteration differences
 * ("Pandjaitan" / "Panjaitan", "Mohammed" / "Muhammad").
 */

/**
 * Lower-case words inside a name that belong to the surname rather than stand for a middle name:
 * "de" in "Diamantino de Azevedo", "von der" in "Ursula von der Leyen", "al" in "al-Jaber".
 */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['de', 'da', 'do', 'dos', 'das', 'del', 'della', 'di', 'du', 'van', 'von', 'der', 'den', 'ter', 'al', 'el', 'bin', 'ibn', 'la', 'le', 'abu']);

/** Lower case, no diacritics, hyphens as spaces: names that differ only in these are one spelling. */
export function foldName(name: string): string {
  return name.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[-‐]/g, ' ').replace(/[^\p{L}\s]/gu, '').replace(/\s+/g, ' ').trim();
}

/** A spelling-tolerant key for one word of a name: its first letter and its consonants, simplified. */
export function nameSkeleton(word: string): string {
  const w = foldName(word)
    .replace(/dj/g, 'j')
    // French "ou" before a vowel is an English "w": "Abdelouafi" / "Abdelwafi", "Ouattara" / "Wattara".
    .replace(/ou(?=[aeiy])/g, 'w')
    .replace(/tch|tsch/g, 'ch')
    .replace(/sch/g, 'sh')
    .replace(/ph/g, 'f')
    // "Olexander" / "Oleksandr", "Alexei" / "Aleksei": x is ks.
    .replace(/x/g, 'ks')
    .replace(/kh/g, 'k')
    // Hard consonants romanised voiced or not, or as q: "Hee-keun" / "Hee-geun", "Qaddafi" / "Gaddafi" / "Kadhafi".
    .replace(/gh/g, 'g')
    .replace(/ck|[gq]/g, 'k')
    .replace(/y/g, 'i')
    // "ow" and "aw" before a consonant spell a vowel: "Chowdhury" / "Chaudhary" / "Choudhury".
    .replace(/(?<=[aeiou])w(?=[^aeiouw])/g, '')
    .replace(/w/g, 'v')
    // Portuguese and Spanish "z" for "s": "Luiz" / "Luis", "Mendez" / "Mendes".
    .replace(/z/g, 's')
    .replace(/(.)\1+/g, '$1');
  return (w[0] ?? '') + w.slice(1).replace(/[aeiouh]/g, '');
}

/** First and last words' skeletons: "Luhut Binsar Pandjaitan" → `lht pnjtn`. */
export function personKey(name: string): string {
  const words = foldName(name).split(' ').filter(Boolean);
  // "Abdel-Moneim" and "Abdulmenam": an Arabic "servant of" name is one word, written joined or apart.
  if (words.length > 2 && /^ab[dt](?:[aeiou]l)?$/.test(words[0]!)) words.splice(0, 2, `${words[0]}${words[1]}`);
  return [words[0], words.length > 1 ? words.at(-1) : undefined].filter((w): w is string => w !== undefined).map(nameSkeleton).join(' ');
}

/**
 * A spelling-tolerant key for the name of a thing: each word's skeleton, numbers kept as they are,
 * so "Pragyan" and "Pragyaan" meet while "Chandrayaan-2" and "Chandrayaan-3" stay apart.
 */
export function thingKey(name: string): string {
  return name
    .split(/[\s-‐]+/)
    .flatMap((word) => word.split(/(\d+)/))
    .filter((part) => /\p{L}|\d/u.test(part))
    .map((part) => (/^\d+$/.test(part) ? part : nameSkeleton(part)))
    .join(' ');
}
