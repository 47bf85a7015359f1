import { h, s } from 'hastscript';
import type { Discrepancy, TimeSpan, Value } from '../../types.js';
import { describeSpan } from '../describe-time.js';
import type { HtmlContext, ReportClaim } from './context.js';
import { fileName } from './context.js';
import type { HtmlElement } from './hast-element.js';

const WIDTH = 480;
const PAD = 56;
const AXIS = 44;
/** The event's lane, below the values' dates. */
const EVENT_LANE = AXIS + 52;
const LABEL_CHARS = 26;

interface Mark {
  label: string;
  span: TimeSpan;
  event: boolean;
}

/** Days since 1970 for an ISO day; pure, UTC. */
function day(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
}

function shorten(text: string): string {
  return text.length <= LABEL_CHARS ? text : `${text.slice(0, LABEL_CHARS - 1)}…`;
}

/** The words of a value that an explanation would repeat: a name, a place, a member. */
function valueWords(value: Value): string | undefined {
  return value.type === 'name' || value.type === 'place' || value.type === 'member' ? value.text : undefined;
}

/**
 * The dated claim that explains a change, when the explanation names it: a claim about the same
 * subject, on another property, from a file the explanation names, whose value it repeats.
 */
export function explainingEvent(finding: Discrepancy, context: HtmlContext): ReportClaim | undefined {
  const first = finding.claims[0] && context.claims.get(finding.claims[0].claimId);
  const explanation = finding.explanation;
  if (first === undefined || explanation === undefined) return undefined;
  return (context.claimsBySubject.get(first.subject.key) ?? []).find((claim) => {
    const words = valueWords(claim.value);
    if (claim.property === finding.property || claim.time.span === undefined || words === undefined) return false;
    const path = context.sources.get(claim.source)?.path ?? claim.source;
    return explanation.includes(words) && explanation.includes(fileName(path));
  });
}

function marks(finding: Discrepancy, event: ReportClaim | undefined): Mark[] {
  const sides = finding.claims.flatMap((claim) => (claim.time.span === undefined ? [] : [{ label: claim.display, span: claim.time.span, event: false }]));
  return event?.time.span === undefined ? sides : [...sides, { label: event.display, span: event.time.span, event: true }];
}

/** Where a mark sits: its x range, and which label row (values close together alternate rows). */
interface Placed extends Mark {
  from: number;
  to: number;
  row: number;
}

function place(all: readonly Mark[], x: (iso: string) => number): Placed[] {
  const placed: Placed[] = [];
  for (const mark of all) {
    const [from, to] = [x(mark.span.start), x(mark.span.end)];
    const previous = placed.filter((other) => other.event === mark.event).at(-1);
    const close = previous !== undefined && (from + to) / 2 - (previous.from + previous.to) / 2 < 150;
    placed.push({ ...mark, from, to, row: close && previous.row === 0 ? 1 : 0 });
  }
  return placed;
}

/** A value on the axis (or the event in the lane below it): a dot, or a bar for a span, its label and time. */
function drawMark(mark: Placed): HtmlElement {
  const middle = (mark.from + mark.to) / 2;
  const anchor = middle < PAD + 30 ? 'start' : middle > WIDTH - PAD - 30 ? 'end' : 'middle';
  const y = mark.event ? EVENT_LANE : AXIS;
  const shape = mark.to - mark.from < 4
    ? s('circle', { cx: middle, cy: y, r: 5 })
    : s('rect', { x: mark.from, y: y - 4, width: mark.to - mark.from, height: 8, rx: 3 });
  const label = mark.event
    ? [s('text', { x: middle, y: y + 20, textAnchor: anchor }, `◆ ${shorten(mark.label)} (${describeSpan(mark.span)})`)]
    : [
        s('text', { x: middle, y: y - 14 - mark.row * 16, textAnchor: anchor }, shorten(mark.label)),
        s('text.tl-date', { x: middle, y: y + 20 + mark.row * 14, textAnchor: anchor }, describeSpan(mark.span)),
      ];
  return s(`g.${mark.event ? 'tl-event' : 'tl-value'}`, [s('title', `${mark.label} (${describeSpan(mark.span)})`), shape, ...label]);
}

/**
 * A small picture of a change over time: each value on a time axis at the time it holds, and the
 * event that explains the change when the explanation names one. Nothing when fewer than two
 * values can be placed. Every label is a text node, so article text stays text.
 */
export function renderTimeline(finding: Discrepancy, context: HtmlContext): HtmlElement[] {
  if (finding.kind !== 'temporal-change') return [];
  const event = explainingEvent(finding, context);
  const all = marks(finding, event).sort((a, b) => day(a.span.start) - day(b.span.start) || Number(a.event) - Number(b.event));
  if (all.filter((mark) => !mark.event).length < 2) return [];
  const first = Math.min(...all.map((mark) => day(mark.span.start)));
  const last = Math.max(...all.map((mark) => day(mark.span.end)));
  const range = Math.max(last - first, 1);
  const x = (iso: string): number => Math.round(PAD + ((day(iso) - first) / range) * (WIDTH - 2 * PAD));
  const description = all.map((mark) => `${mark.event ? 'event: ' : ''}${mark.label} (${describeSpan(mark.span)})`).join(', then ');
  return [
    h('figure.timeline', [
      s('svg', { viewBox: `0 0 ${WIDTH} ${(event === undefined ? AXIS : EVENT_LANE) + 36}`, role: 'img', ariaLabel: `Timeline: ${description}` }, [
        s('line.tl-axis', { x1: PAD - 16, y1: AXIS, x2: WIDTH - PAD + 16, y2: AXIS }),
        ...place(all, x).map(drawMark),
      ]),
      h('figcaption.muted', event === undefined
        ? 'Each value at the time it holds.'
        : ['Each value at the time it holds; ◆ the explaining event: ', h('q', event.display), ` (${describeSpan(event.time.span!)}).`]),
    ]),
  ];
}
