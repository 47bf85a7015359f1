/**
 * The per-source view of a 10,000-source report in Chromium: 50 sources at a time, pages forward
 * and back, finds a source by name, and opens the right page when a link points at a source.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReport, type BuildReportInput } from '../../src/report/build-report.js';
import { formatHtml } from '../../src/report/format-html.js';
import { claims, fixtureInput } from '../report/fixture.js';
import { countVisible, launchChromium, openPage, writePage, type OpenedPage } from './chromium.js';

const N = 10_000;
const name = (i: number): string => `drop/${String(i).padStart(5, '0')}.txt`;
const big: BuildReportInput = {
  ...fixtureInput,
  sources: Array.from({ length: N }, (_, i) => ({ ...fixtureInput.sources[i % 3]!, id: name(i), path: name(i) })),
  claims: Array.from({ length: N * 2 }, (_, i) => ({ ...claims[i % claims.length]!, id: `c${i}`, source: name(i % N) })),
  discrepancies: [],
};

let browser: Browser;
let opened: OpenedPage;
beforeAll(async () => {
  browser = await launchChromium();
  opened = await openPage(browser, writePage('big.html', formatHtml(buildReport(big))));
});
afterAll(async () => {
  await browser?.close();
});

const shownPaths = (page: Page): Promise<string[]> =>
  page.$$eval('#source-list > li:not([hidden]) summary code', (codes) => codes.map((code) => code.textContent ?? ''));

describe('paging ten thousand sources', () => {
  it('loads without errors and shows the first 50', async () => {
    const { page, incidents } = opened;
    expect(incidents).toEqual({ consoleErrors: [], pageErrors: [], cspViolations: [], dialogs: [], requests: [] });
    expect(await countVisible(page, '#source-list > li')).toBe(50);
    expect(await page.textContent('#source-page')).toBe(`Sources 1–50 of ${N}`);
    expect(await page.isDisabled('#source-prev')).toBe(true);
  });

  it('pages forward and back', async () => {
    const { page } = opened;
    await page.click('#source-next');
    expect(await page.textContent('#source-page')).toBe(`Sources 51–100 of ${N}`);
    expect((await shownPaths(page))[0]).toBe(name(50));
    await page.click('#source-prev');
    expect((await shownPaths(page))[0]).toBe(name(0));
  });

  it('finds sources by words in their summary line', async () => {
    const { page } = opened;
    await page.fill('#source-filter', '0999');
    expect(await shownPaths(page)).toEqual([name(999), ...Array.from({ length: 10 }, (_, i) => name(9990 + i))]);
    expect(await page.textContent('#source-page')).toBe(`Sources 1–11 of 11 (of ${N})`);
    await page.fill('#source-filter', '');
    expect(await countVisible(page, '#source-list > li')).toBe(50);
  });

  it('opens the page and the facts of a source its anchor points at', async () => {
    const { page } = opened;
    await page.evaluate(() => { location.hash = '#src-7321'; });
    await expect.poll(() => page.textContent('#source-page')).toBe(`Sources 7301–7350 of ${N}`);
    expect(await page.evaluate(() => (document.getElementById('src-7321') as HTMLDetailsElement).open)).toBe(true);
    expect(await countVisible(page, '#src-7321 ol.facts > li')).toBe(2);
  });
});
