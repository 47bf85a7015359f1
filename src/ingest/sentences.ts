/**
 * Splits paragraphs into sentences, well enough for finding year evidence: a sentence ends at
 * `.`, `!` or `?` (optionally followed by a closing quote) before a space and a capital, digit
 * or opening quote. Abbreviations such as `Sept. 16` or `U.S. invasion` are not split.
 */
export function sentencesOf(paragraph: string): string[] {
  const parts = paragraph.split(/(?<=(?<!\b(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec))[.!?]["”’)]?)\s+(?=["“‘(]?[\p{Lu}\d])/u);
  return parts.map((s) => s.trim()).filter((s) => s.length > 0);
}
