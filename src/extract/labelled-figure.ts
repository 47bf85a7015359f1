/**
 * A fact box's line: a label, perhaps who gives the figure, and the figure: "Households displaced
 * (IOM): 351", "Bodies recovered: 7". Read as the sentence it stands for ("351 households
 * displaced"), so the figure gets the unit and the verb a sentence would give it.
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
}

const LINE = /^([A-Z][\p{L}'’-]*(?:[ \t]+[\p{L}'’-]+){0,5})[ \t]*(?:\(([^()]{1,40})\))?[ \t]*:[ \t]*((?:about|around|nearly|almost|more than|over|at least)[ \t]+)?(\d[\d,.]*(?:[ \t]+(?:million|billion|thousand))?)[ \t]*$/u;

export function labelledFigure(text: string): LabelledFigure | undefined {
  const match = LINE.exec(text.trim());
  if (!match) return undefined;
  const [label = '', credited, approx = '', figure = ''] = match.slice(1);
  const [head = '', ...rest] = label.toLowerCase().split(/\s+/);
  const at = text.indexOf(figure, text.indexOf(':'));
  return { phrase: `${approx}${figure} ${head} ${rest.join(' ')}`.trim(), at, rest: rest.join(' '), ...(credited ? { credited: credited.trim() } : {}) };
}
