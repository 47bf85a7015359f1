import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import type { HtmlElement, Inline } from './hast-element.js';
import type { Diagnostic, ReportSource } from '../../types.js';
import { plural } from '../vocabulary.js';
import type { HtmlContext } from './context.js';
import { sourceLabel } from './context.js';
import { renderFacts } from './render-facts.js';
import { linkOrText } from './safe-link.js';

/** How many sources the script shows at a time; without script every source is listed. */
export const PAGE_SIZE = 50;

function published(source: ReportSource): Inline {
  if (source.publishedFrom === 'undated' || source.publishedFrom === 'unreadable') {
    const severity = source.publishedFrom === 'undated' ? 'warning' : 'error';
    return [h(`span.badge.sev-${severity}`, source.publishedFrom)];
  }
  return [source.published ?? '—', h('span.muted', ` (from ${source.publishedFrom})`)];
}

function diagnostic(d: Diagnostic): HtmlElement {
  const where = d.line === undefined ? '' : ` (line ${d.line}${d.column === undefined ? '' : `:${d.column}`})`;
  return h('li', [h(`span.badge.sev-${d.severity}`, d.severity), ' ', h('code', d.code), ` ${d.message}${where}`]);
}

/** Which stories a source retells, and how closely: `translation of one text with Outlet (001_….txt) · 36% shared`. */
function story(source: ReportSource, context: HtmlContext): HtmlElement | string {
  if (source.voice === undefined) return 'its own voice';
  return h('ul', source.voice.sameStoryAs.map((link) => h('li', [
    h('span.badge', link.relation),
    ' with ',
    h('a', { href: `#${context.anchors.get(link.source) ?? ''}` }, sourceLabel(link.source, context)),
    h('span.muted', ` · ${Math.round(link.overlap * 100)}% shared`),
  ])));
}

/** The one line an editor scans: file, title, publisher, date, how many facts, what is wrong. */
function summaryLine(source: ReportSource): Inline {
  const problems = source.diagnostics.filter((d) => d.severity !== 'info').length;
  const parts = [
    h('code', source.path),
    h('span.source-title', source.title ?? '(untitled)'),
    h('span.muted', [source.publisher ?? 'no publisher', ' · ', ...published(source), ` · ${plural(source.facts, 'fact')}`]),
    ...(source.voice === undefined ? [] : [h('span.badge', source.voice.sameStoryAs[0]?.relation ?? 'same story')]),
    ...(problems === 0 ? [] : [h('span.badge.sev-warning', plural(problems, 'problem'))]),
  ];
  return parts.flatMap((part, i) => (i === 0 ? [part] : [' ', part]));
}

/** One source of the list: a collapsed block with its metadata and facts. */
export function renderSource(source: ReportSource, context: HtmlContext): HtmlElement {
  const field = (label: string, value: Inline | HtmlElement | string): HtmlElement[] => [h('dt', label), h('dd', value)];
  return h('li', [
    h('details.source', { id: context.anchors.get(source.id) }, [
      h('summary', summaryLine(source)),
      h('dl.source-meta', [
        ...field('Title', linkOrText(source.title ?? '(untitled)', source.url)),
        ...field('Publisher', source.publisher ?? '—'),
        ...field('Published', published(source)),
        ...(source.id === source.path ? [] : field('Id', h('code', source.id))),
        ...field('Same story', story(source, context)),
        ...field('Diagnostics', source.diagnostics.length === 0 ? 'none' : h('ul', source.diagnostics.map(diagnostic))),
      ]),
      renderFacts(context.claimsBySource.get(source.id) ?? []),
    ]),
  ]);
}

/**
 * The view per source: every input with its metadata, how its date was known, which other sources
 * retell the same story, its problems, and the facts read from it, each in a collapsed block. The
 * script pages the list {@link PAGE_SIZE} at a time and finds sources by name, so ten thousand
 * sources stay usable; without script the whole list shows. `items` are the list's children: each
 * source's {@link renderSource} unless the caller puts them in itself (format-html.ts writes them
 * one by one in place of a slot).
 */
export function renderSources(sources: readonly ReportSource[], context: HtmlContext, items: ElementContent[] = sources.map((source) => renderSource(source, context))): HtmlElement {
  return h('section#sources', { ariaLabelledBy: 'sources-title' }, [
    h('h2#sources-title', `Sources (${sources.length})`),
    h('div#source-pager.toolbar', { hidden: true, role: 'group', ariaLabel: 'Find and page sources' }, [
      h('div.field', [
        h('label', { htmlFor: 'source-filter' }, 'Find a source'),
        h('input#source-filter', { type: 'search', autoComplete: 'off', placeholder: 'file, title or publisher' }),
      ]),
      h('div.field.actions', [
        h('button#source-prev', { type: 'button' }, `Previous ${PAGE_SIZE}`),
        h('span#source-page', { role: 'status', ariaLive: 'polite' }),
        h('button#source-next', { type: 'button' }, `Next ${PAGE_SIZE}`),
      ]),
    ]),
    h('ol#source-list', { dataPageSize: String(PAGE_SIZE) }, items),
  ]);
}
