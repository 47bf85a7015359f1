import { h } from 'hastscript';
import type { Discrepancy, Report, ReportSource } from '../../types.js';
import { compareText, plural } from '../vocabulary.js';
import type { HtmlContext } from './context.js';
import { sourceLabel } from './context.js';
import type { HtmlElement, Inline } from './hast-element.js';
import { KIND_LABELS } from './labels.js';
import { absentFindings } from './status.js';

/** How many findings and story groups the overview lists before pointing below. */
export const OVERVIEW_LIMIT = 25;

/** The voice a source speaks with: its story group's id, or its own id when it retells nothing. */
function voiceOf(id: string, context: HtmlContext): string {
  return context.sources.get(id)?.voice?.id ?? id;
}

/** The finding's sources grouped by voice, only groups of two or more: reprints within one finding. */
function sharedStories(finding: Discrepancy, context: HtmlContext): string[][] {
  const groups = new Map<string, string[]>();
  for (const id of new Set(finding.claims.map((claim) => claim.source))) {
    const voice = voiceOf(id, context);
    groups.set(voice, [...(groups.get(voice) ?? []), id]);
  }
  return [...groups.values()].filter((group) => group.length > 1);
}

const VALUE_CHARS = 60;

/** Each distinct value as written, with who gives it: `“nine member states” Outlet (002_….txt)`. */
function sides(finding: Discrepancy, context: HtmlContext): string {
  const byValue = new Map<string, string[]>();
  const inTime = finding.kind === 'temporal-change';
  const claims = inTime ? [...finding.claims].sort((a, b) => compareText(a.time.span?.start ?? '', b.time.span?.start ?? '')) : finding.claims;
  for (const claim of claims) {
    const label = sourceLabel(claim.source, context);
    const givers = byValue.get(claim.display) ?? [];
    if (!givers.includes(label)) byValue.set(claim.display, [...givers, label]);
  }
  const short = (text: string): string => (text.length <= VALUE_CHARS ? text : `${text.slice(0, VALUE_CHARS - 1)}…`);
  return [...byValue].map(([value, givers]) => `“${short(value)}” in ${givers.join(', ')}`).join(inTime ? ' → ' : ' vs ');
}

/** One line per finding: who is the odd one out, how many voices speak, which sides are one story. */
function glance(finding: Discrepancy, context: HtmlContext): HtmlElement {
  const voices = new Set(finding.claims.map((claim) => voiceOf(claim.source, context))).size;
  const odd: Inline = finding.oddOneOut === undefined
    ? [`${plural(voices, 'voice')}, no odd one out`]
    : ['odd one out: ', h('strong', finding.oddOneOut.value), ` in ${finding.oddOneOut.sources.map((id) => sourceLabel(id, context)).join(', ')}`];
  const stories = sharedStories(finding, context).map((group) => h('li', `one story, counted once: ${group.map((id) => sourceLabel(id, context)).join(' + ')}`));
  return h('li', [
    h(`span.badge.sev-${finding.severity}`, finding.severity),
    ' ',
    h('a', { href: `#finding-${finding.id}` }, `${finding.subject} · ${finding.property}`),
    h('span.muted', ` — ${KIND_LABELS[finding.kind]}; `),
    ...odd,
    h('br'),
    h('span.sides', sides(finding, context)),
    stories.length === 0 ? '' : h('ul', stories),
  ]);
}

/** Story groups of two or more sources: which outlets reprint or translate one another. */
function storyGroups(sources: readonly ReportSource[], context: HtmlContext): HtmlElement[] {
  const groups = new Map<string, ReportSource[]>();
  for (const source of sources) {
    if (source.voice !== undefined) groups.set(source.voice.id, [...(groups.get(source.voice.id) ?? []), source]);
  }
  return [...groups.values()].filter((group) => group.length > 1).map((group) => {
    const relations = new Set(group.flatMap((source) => source.voice?.sameStoryAs.map((link) => link.relation) ?? []));
    return h('li', [
      group.flatMap((source, i) => [i === 0 ? '' : ' + ', h('a', { href: `#${context.anchors.get(source.id)}` }, sourceLabel(source.id, context))]),
      h('span.muted', ` — ${[...relations].sort().join(' and ')}`),
    ]);
  });
}

function more(total: number, noun: string): HtmlElement | string {
  return total > OVERVIEW_LIMIT ? h('p.muted', `… and ${plural(total - OVERVIEW_LIMIT, noun)} more below.`) : '';
}

/** The baseline's findings that are no longer found: fixed, or a source was removed. */
function renderAbsent(report: Report): Array<HtmlElement | string> {
  const absent = absentFindings(report);
  if (absent.length === 0) return [];
  return [
    h('h3', `No longer found (${absent.length})`),
    h('ul.absent', absent.slice(0, OVERVIEW_LIMIT).map((finding) => h('li', [h(`span.badge.sev-${finding.severity}`, finding.severity), ` ${finding.message}`]))),
    absent.length > OVERVIEW_LIMIT ? h('p.muted', `… and ${plural(absent.length - OVERVIEW_LIMIT, 'finding')} more in the JSON report.`) : '',
  ];
}

/**
 * Before the details, the answers an editor asks first: for each disagreement (most severe first),
 * which outlet is the odd one out and which of its sources are one story; then every group of
 * reprints and translations in the drop; with a baseline, the findings no longer found.
 */
export function renderOverview(report: Report, context: HtmlContext): HtmlElement {
  const groups = storyGroups(report.sources, context);
  return h('section#overview', { ariaLabelledBy: 'overview-title' }, [
    h('h2#overview-title', 'At a glance'),
    report.discrepancies.length === 0
      ? h('p', 'The sources agree: no discrepancies found.')
      : h('ol.glance', report.discrepancies.slice(0, OVERVIEW_LIMIT).map((finding) => glance(finding, context))),
    more(report.discrepancies.length, 'finding'),
    h('h3', 'Reprints and translations'),
    groups.length === 0
      ? h('p', 'Every source is a voice of its own: no reprints or translations of one another.')
      : h('ul.stories', groups.slice(0, OVERVIEW_LIMIT)),
    more(groups.length, 'group'),
    ...renderAbsent(report),
  ]);
}
