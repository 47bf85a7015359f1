import { selectAll, select } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { buildReport, type BuildReportInput } from '../../src/report/build-report.js';
import { formatHtml } from '../../src/report/format-html.js';
import { formatJson } from '../../src/report/format-json.js';
import type { Discrepancy, Voice } from '../../src/types.js';
import { claims, discrepancies, fixtureInput, S000, S001, S002, side } from './fixture.js';

const parse = (html: string) => unified().use(rehypeParse).parse(html);
type Element = NonNullable<ReturnType<typeof select>>;
const text = (node: Element | undefined): string => (node === undefined ? '' : toText(node).replace(/\s+/g, ' ').trim());
const page = (input: BuildReportInput) => parse(formatHtml(buildReport(input)));

const tree = page(fixtureInput);

/** 000 (undated, English) and 001 (a translation back from Russian) tell one story, as on the seed corpus. */
const voices = new Map<string, Voice>([
  [S000, { id: S000, sameStoryAs: [{ source: S001, relation: 'translation', overlap: 0.36 }] }],
  [S001, { id: S000, sameStoryAs: [{ source: S000, relation: 'translation', overlap: 0.36 }] }],
]);

/** A third voice saying "11 member states" on the day 001 says 10: the odd one out. */
const ODD: Discrepancy = {
  id: 'fd-odd', rule: 'core.member-count', kind: 'conflict', scope: 'cross-source', severity: 'error', confidence: 0.8,
  subject: 'SCO', property: 'member-states', message: 'member states of SCO: 10 vs 11 (all as of 2025-08-29) — odd one out: 11 member states in 002_573223765cc41308.txt',
  linkedBy: ['same day'], claims: [side('c-ten'), { ...side('c-nine'), display: '11 member states' }],
  oddOneOut: { value: '11 member states', sources: [S002] },
};

describe('the overview at the top', () => {
  it('lists each finding, most severe first, linked to its card, with the values and who gives them', () => {
    const items = selectAll('#overview ol.glance > li', tree);
    expect(items.map((item) => String(select('a', item)?.properties.href))).toEqual([
      '#finding-fd-name-9a1c', '#finding-fd-quote-77d0', '#finding-fd-members-3f2e',
    ]);
    expect(text(select('.sides', items[2]))).toBe('“nine member states” in Xinhua (002_573223765cc41308.txt) → “10 member states” in Xinhua (001_a77efa4691674d51.txt)');
    expect(text(items[0])).toContain('2 voices, no odd one out');
  });

  it('names the odd one out of a disagreement, and marks its claim', () => {
    const odd = page({ ...fixtureInput, discrepancies: [...discrepancies, ODD] });
    expect(text(select('#overview ol.glance > li', odd))).toContain('odd one out: 11 member states in Xinhua (002_573223765cc41308.txt)');
    const columns = selectAll('#finding-fd-odd .claim', odd);
    expect(columns.map((column) => select('.badge.odd', column) !== undefined)).toEqual([false, true]);
  });

  it('says which sides of a finding are one story, and lists every group of reprints and translations', () => {
    const grouped = page({ ...fixtureInput, voices });
    const name = selectAll('#overview ol.glance > li', grouped)[0];
    expect(text(name)).toContain('1 voice, no odd one out');
    expect(text(select('ul', name))).toBe('one story, counted once: 000_8f66ce1f17e3b40f.txt + Xinhua (001_a77efa4691674d51.txt)');
    expect(selectAll('#overview ul.stories > li', grouped).map((item) => text(item))).toEqual([
      '000_8f66ce1f17e3b40f.txt + Xinhua (001_a77efa4691674d51.txt) — translation',
    ]);
    expect(text(select('#overview', tree))).toContain('Every source is a voice of its own');
  });
});

describe('the view per source', () => {
  const items = selectAll('#source-list > li', tree);

  it('lists every source in a collapsed block, its summary line saying what and when', () => {
    expect(items.map((item) => String(select('details', item)?.properties.id))).toEqual(['src-0', 'src-1', 'src-2']);
    expect(selectAll('#source-list details[open]', tree)).toEqual([]);
    expect(text(select('summary', items[0]))).toBe(`${S000} How Xi cements neighborly bonds with SCO friends no publisher · undated · 2 facts 1 problem`);
    expect(text(select('summary', items[1]))).toContain('Xinhua · 2025-08-29 (from dateline+text) · 4 facts');
  });

  it('lists the facts read from each source, with their place, value as written and time', () => {
    const facts = selectAll('ol.facts > li', items[1]).map((fact) => text(fact));
    expect(facts).toEqual([
      '39:536 SCO · member-states: 10 member states as of 2025-08-29 (publication date)',
      '41:1 SCO · member-joined: Belarus 2024 ("last year\'s summit", from 2025-08-29)',
      '53:1 Xi Jinping · quote: Security is a prerequisite for national development and a guarantee of people’s happiness as of 2025-08-29 (publication date)',
      '59:176 anti-drug operation · name: Spider Web 2025-08 ("This month", from 2025-08-29)',
    ]);
    expect(claims.filter((claim) => claim.source === S001)).toHaveLength(facts.length);
  });

  it('shows the metadata, the same-story links and the problems of a source', () => {
    const grouped = page({ ...fixtureInput, voices });
    const meta = text(select('#src-0 .source-meta', grouped));
    expect(meta).toContain('Same story translation with Xinhua (001_a77efa4691674d51.txt) · 36% shared');
    expect(meta).toContain('Diagnostics warning undated no dateline, date header or metadata');
    expect(String(select('#src-0 .source-meta a', grouped)?.properties.href)).toBe('#src-1');
  });

  it('has a pager, hidden until the script runs, that pages 50 sources at a time', () => {
    expect(select('#source-pager', tree)?.properties.hidden).toBe(true);
    expect(select('#source-list', tree)?.properties.dataPageSize).toBe('50');
    expect(selectAll('#source-pager button', tree).map((button) => text(button))).toEqual(['Previous 50', 'Next 50']);
    expect(text(select('label[for="source-filter"]', tree))).toBe('Find a source');
  });
});

describe('the filters', () => {
  it('offers a labelled search, kind and severity boxes and the sources of findings, hidden until the script shows them', () => {
    const filters = select('form#filters', tree);
    expect(filters?.properties.hidden).toBe(true);
    expect(text(select('label[for="filter-text"]', filters))).toBe('Search findings');
    expect(selectAll('input[type=checkbox]', filters).map((box) => `${box.properties.name}:${box.properties.value}`)).toEqual([
      'severity:error', 'severity:warning', 'severity:info',
      'kind:conflict', 'kind:temporal-change', 'kind:name-variant', 'kind:quote-variant', 'kind:unresolved',
    ]);
    expect(selectAll('#filter-source option', filters).map((option) => [option.properties.value, text(option)])).toEqual([
      ['', 'all sources'], ['src-0', '000_8f66ce1f17e3b40f.txt'], ['src-1', 'Xinhua (001_a77efa4691674d51.txt)'], ['src-2', 'Xinhua (002_573223765cc41308.txt)'],
    ]);
    expect(selectAll('legend', filters).map((legend) => text(legend))).toEqual(['Severity', 'Kind']);
  });

  it('tags each finding with what the filters read', () => {
    const card = select('article[data-kind="temporal-change"]', tree);
    expect(card?.properties).toMatchObject({ dataKind: 'temporal-change', dataSeverity: 'info', dataSources: 'src-1 src-2' });
    expect(card?.properties.dataStatus).toBeUndefined();
  });
});

describe('against a baseline', () => {
  const states = { 'fd-name-9a1c': 'new', 'fd-quote-77d0': 'unchanged', 'fd-members-3f2e': 'unchanged' } as const;
  const review = { decision: 'translation-difference', note: 'wording of the Russian text', by: 'desk', date: '2025-09-01' } as const;
  const withStates: Discrepancy[] = discrepancies.map((finding) => ({
    ...finding,
    baselineState: states[finding.id as keyof typeof states],
    ...(finding.id === 'fd-quote-77d0' ? { review } : {}),
  }));
  const absent = [{ id: 'fd-gone', rule: 'core.member-count', kind: 'conflict', severity: 'error', subject: 'SCO', property: 'member-states', message: 'member states of SCO: 9 vs 11' }] as const;
  const report = { ...buildReport({ ...fixtureInput, discrepancies: withStates }), baseline: { path: 'factdiff.baseline.json', absent: [...absent] } };
  const baselined = parse(formatHtml(report));

  it('counts new and known findings in the summary and offers a status filter', () => {
    expect(text(select('.counts dl:last-child', baselined))).toBe('Baseline factdiff.baseline.json new 1 known 2 no longer found 1');
    expect(selectAll('input[name=status]', baselined).map((box) => box.properties.value)).toEqual(['new', 'known']);
  });

  it('marks each finding with its status and shows an editor’s decision', () => {
    expect(selectAll('.finding', baselined).map((card) => card.properties.dataStatus)).toEqual(['new', 'known', 'known']);
    expect(text(select('#finding-fd-quote-77d0 .decision', baselined))).toBe('Decision: translation difference — wording of the Russian text (desk, 2025-09-01)');
  });

  it('lists the baseline’s findings that are no longer found', () => {
    expect(selectAll('#overview ul.absent > li', baselined).map((item) => text(item))).toEqual(['error member states of SCO: 9 vs 11']);
  });
});

describe('the timeline of a change over time', () => {
  const figure = select('article[data-kind="temporal-change"] figure.timeline', tree);

  it('puts each value on a time axis, and the event that explains the change', () => {
    expect(String(select('svg', figure)?.properties.ariaLabel)).toBe(
      'Timeline: event: Belarus (2024), then nine member states (2024-07-01), then 10 member states (2025-08-29)',
    );
    const x = (label: string): number => {
      const mark = selectAll('g', figure).find((g) => text(select('title', g)).startsWith(label));
      return Number(select('circle', mark)?.properties.cx ?? Number.NaN);
    };
    expect(x('nine member states')).toBeLessThan(x('10 member states'));
    expect(text(select('figcaption', figure))).toBe('Each value at the time it holds; ◆ the explaining event: Belarus (2024).');
  });

  it('is drawn only for changes over time', () => {
    expect(selectAll('figure.timeline', tree)).toHaveLength(1);
  });
});

describe('a report of ten thousand sources', () => {
  const N = 10_000;
  const big: BuildReportInput = {
    ...fixtureInput,
    sources: Array.from({ length: N }, (_, i) => ({ ...fixtureInput.sources[i % 3]!, id: `drop/${String(i).padStart(5, '0')}.txt`, path: `drop/${String(i).padStart(5, '0')}.txt` })),
    claims: Array.from({ length: N * 4 }, (_, i) => ({ ...claims[i % claims.length]!, id: `c${i}`, source: `drop/${String(i % N).padStart(5, '0')}.txt` })),
  };
  const report = buildReport(big);
  const html = formatHtml(report);

  it('stays under half the size of the JSON report of the same run', () => {
    expect(html.length).toBeLessThan(formatJson(report).length / 2);
  });

  it('lists every source once, for the script to page', () => {
    expect(html.match(/<details class="source"/g)).toHaveLength(N);
  });
});
