import { h } from 'hastscript';
import type { HtmlElement, Inline } from './hast-element.js';
import type { Diagnostic, ReportSource, Voice } from '../../types.js';
import { linkOrText } from './safe-link.js';

function published(source: ReportSource): Inline {
  if (source.publishedFrom === 'undated' || source.publishedFrom === 'unreadable') {
    const severity = source.publishedFrom === 'undated' ? 'warning' : 'error';
    return [h(`span.badge.sev-${severity}`, source.publishedFrom)];
  }
  return [source.published ?? '—', h('br'), h('span.muted', `from ${source.publishedFrom}`)];
}

function diagnostic(d: Diagnostic): HtmlElement {
  const where = d.line === undefined ? '' : ` (line ${d.line}${d.column === undefined ? '' : `:${d.column}`})`;
  return h('li', [h(`span.badge.sev-${d.severity}`, d.severity), ' ', h('code', d.code), ` ${d.message}${where}`]);
}

/** Which story a source retells, and how closely: `translation of one text with 001_….txt · 36% shared`. */
function story(voice: Voice | undefined, paths: ReadonlyMap<string, string>): HtmlElement | string {
  if (voice === undefined) return '—';
  return h('ul', voice.sameStoryAs.map((link) => h('li', [
    h('span.badge', link.relation),
    ' with ',
    h('a', { href: `#source-${link.source}` }, h('code', paths.get(link.source) ?? link.source)),
    h('span.muted', ` · ${Math.round(link.overlap * 100)}% shared`),
  ])));
}

function row(source: ReportSource, paths: ReadonlyMap<string, string>): HtmlElement {
  return h('tr', { id: `source-${source.id}`, ...(source.voice ? { dataVoice: source.voice.id } : {}) }, [
    h('td', [h('code', source.path), ...(source.id === source.path ? [] : [h('br'), h('code.muted', source.id)])]),
    h('td', linkOrText(source.title ?? '(untitled)', source.url)),
    h('td', source.publisher ?? '—'),
    h('td', published(source)),
    h('td', String(source.facts)),
    h('td', story(source.voice, paths)),
    h('td', source.diagnostics.length === 0 ? '—' : h('ul', source.diagnostics.map(diagnostic))),
  ]);
}

/**
 * The sources table: what each article is, when it was published and how that was known, which
 * other sources retell the same story (reprints and translations count as one voice), its problems.
 */
export function renderSources(sources: readonly ReportSource[]): HtmlElement {
  const head = ['Source', 'Title', 'Publisher', 'Published', 'Facts', 'Same story', 'Diagnostics'];
  const paths = new Map(sources.map((source) => [source.id, source.path]));
  return h('section#sources', [
    h('h2', 'Sources'),
    h('div.table-wrap', [
      h('table', [
        h('thead', h('tr', head.map((label) => h('th', { scope: 'col' }, label)))),
        h('tbody', sources.map((source) => row(source, paths))),
      ]),
    ]),
  ]);
}
