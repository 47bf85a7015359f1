/**
 * A fact box's line: a label, perhaps who gives the figure, and the figure: "Households displaced
 * (IOM): 351", "Bodies recovered: 7". Read as the sentence it stands for ("351 households
 * displaced"), so the figure gets the unit and the verb a sentence would give it. A figure with a
 * unit of its own ("Mass at launch: 657 kg") is a measure of what the article is about.
 */

export interface LabelledFigure {
  /** The figure and its label as a phrase: "351 households displaced". */
  phrase: string;
  /** Where the figure starts in the line. */
  at: number;
  /** The label's words after its head noun ("displaced"), if any. */
  rest: string;
  /** Who the bracket credits ("IOM"), if any. */
  credited?: string;
  /** The figure's own unit ("Mass at launch: 657 kg"): the line gives a measure of what the article is about. */
  measure?: string;
  /** A bracket after the figure ("Dead: 72 (Ishikawa)"): who gives it, or where it is counted. */
  after?: string;
}

const LINE = /^([A-Z][\p{L}'’-]*(?:[ \t]+[\p{L}'’-]+){0,5})[ \t]*(?:\(([^()]{1,40})\))?[ \t]*:[ \t]*((?:about|around|nearly|almost|more than|over|at least)[ \t]+)?(\d[\d,.]*(?:[ \t]+(?:million|billion|thousand))?)(?:[ \t]*([a-z]{1,3}|km|kg|tons?|tonnes?|metres?|meters?|miles?|feet|ft|%))?(?:[ \t]*\(([^()]{1,40})\))?[ \t]*$/u;

export function labelledFigure(text: string): LabelledFigure | undefined {
  const match = LINE.exec(text.trim());
  if (!match) return undefined;
  const [label = '', credited, approx = '', figure = '', unit, after] = match.slice(1);
  const [head = '', ...rest] = label.toLowerCase().split(/\s+/);
  const at = text.indexOf(figure, text.indexOf(':'));
  const phrase = unit ? `${approx}${figure} ${unit}` : `${approx}${figure} ${head} ${rest.join(' ')}`;
  return { phrase: phrase.trim(), at, rest: rest.join(' '), ...(credited ? { credited: credited.trim() } : {}), ...(unit ? { measure: unit } : {}), ...(after ? { after: after.trim() } : {}) };
}
