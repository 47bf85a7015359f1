/**
 * The HTML report of the seed corpus, built by the kernel and loaded in Chromium: it runs without
 * errors or CSP violations, its filters and search change what is shown, it works with JavaScript
 * off, fits a phone's width, prints without its controls, and leaves screenshots at two widths.
 */
import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { check } from '../../src/index.js';
import { formatHtml } from '../../src/report/format-html.js';
import type { Report } from '../../src/types.js';
import { projectRules } from '../support/sources.js';
import { countVisible, launchChromium, openPage, writePage, type OpenedPage } from './chromium.js';

export const SCREENSHOTS = 'test/browser/screenshots';

let browser: Browser;
let report: Report;
let url: string;
let opened: OpenedPage;

beforeAll(async () => {
  report = await check({ paths: ['sources'], rules: projectRules, tool: { name: 'factdiff', version: 'browser-test' }, generatedAt: '2026-01-01T00:00:00.000Z' });
  url = writePage('report.html', formatHtml(report));
  browser = await launchChromium();
  opened = await openPage(browser, url);
});

afterAll(async () => {
  await browser?.close();
});

/** How many findings a filter should leave, counted from the report itself. */
const findingsWhere = (keep: (finding: Report['discrepancies'][number]) => boolean): number => report.discrepancies.filter(keep).length;

describe('the seed report in Chromium', () => {
  it('loads with no console error, script error, CSP violation, dialog or request', () => {
    expect(report.discrepancies.length).toBeGreaterThan(3);
    expect(opened.incidents).toEqual({ consoleErrors: [], pageErrors: [], cspViolations: [], dialogs: [], requests: [] });
  });

  it('shows the filters and every finding at first', async () => {
    const { page } = opened;
    expect(await page.isVisible('#filters')).toBe(true);
    expect(await countVisible(page, '.finding')).toBe(report.discrepancies.length);
    expect(await page.textContent('#filter-count')).toBe(`Showing ${report.discrepancies.length} of ${report.discrepancies.length} findings`);
  });

  it('hides the findings of an unticked kind and severity, and shows them again on reset', async () => {
    const { page } = opened;
    await page.uncheck('input[name=kind][value=quote-variant]');
    expect(await countVisible(page, '.finding')).toBe(findingsWhere((f) => f.kind !== 'quote-variant'));
    await page.uncheck('input[name=severity][value=info]');
    expect(await countVisible(page, '.finding')).toBe(findingsWhere((f) => f.kind !== 'quote-variant' && f.severity !== 'info'));
    expect(await countVisible(page, '.subject')).toBeLessThan(await page.locator('.subject').count());
    await page.click('#filters button[type=reset]');
    await expect.poll(() => countVisible(page, '.finding')).toBe(report.discrepancies.length);
  });

  it('searches the findings by words, across values, sentences and explanations', async () => {
    const { page } = opened;
    await page.fill('#filter-text', 'belarus');
    const shown = await countVisible(page, '.finding');
    expect(shown).toBe(findingsWhere((f) => JSON.stringify(f).toLowerCase().includes('belarus')));
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(report.discrepancies.length);
    await page.fill('#filter-text', 'belarus no-such-word');
    expect(await countVisible(page, '.finding')).toBe(0);
    expect(await page.textContent('#filter-count')).toBe(`Showing 0 of ${report.discrepancies.length} findings`);
    await page.fill('#filter-text', '');
    expect(await countVisible(page, '.finding')).toBe(report.discrepancies.length);
  });

  it('shows only the findings with a side in the chosen source', async () => {
    const { page } = opened;
    const index = report.sources.findIndex((source) => source.path.includes('003_'));
    await page.selectOption('#filter-source', `src-${index}`);
    const expected = findingsWhere((f) => f.claims.some((claim) => claim.source === report.sources[index]!.id));
    expect(expected).toBeGreaterThan(0);
    expect(await countVisible(page, '.finding')).toBe(expected);
    await page.selectOption('#filter-source', '');
  });

  it('is usable from the keyboard: a skip link first, boxes toggled with the space bar, a visible focus ring', async () => {
    const { page } = await openPage(browser, url);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to findings');
    await page.focus('input[name=kind][value=temporal-change]');
    await page.keyboard.press('Space');
    expect(await countVisible(page, '.finding')).toBe(findingsWhere((f) => f.kind !== 'temporal-change'));
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).toBe('solid');
    await page.keyboard.press('Space');
    expect(await countVisible(page, '.finding')).toBe(report.discrepancies.length);
    await page.context().close();
  });

  it('opens a source’s facts when a claim’s place is followed', async () => {
    const { page } = opened;
    const link = page.locator('.finding .claim a.place').first();
    const target = (await link.getAttribute('href'))!;
    await link.click();
    // The page opens the source on "hashchange", which the browser fires after the click returns.
    await expect.poll(() => page.evaluate((id) => (document.getElementById(id) as HTMLDetailsElement).open, target.slice(1)), { timeout: 5_000 }).toBe(true);
    expect(await countVisible(page, `${target} ol.facts > li`)).toBeGreaterThan(0);
  });

  it('shows everything with JavaScript off: no filters, every finding and source', async () => {
    const { page, incidents } = await openPage(browser, url, { javaScriptEnabled: false });
    expect(await page.isVisible('#filters')).toBe(false);
    expect(await page.isVisible('#source-pager')).toBe(false);
    expect(await countVisible(page, '.finding')).toBe(report.discrepancies.length);
    expect(await countVisible(page, '#source-list > li')).toBe(report.sources.length);
    expect(incidents.consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('prints without its controls and with every source’s facts open', async () => {
    const { page } = await openPage(browser, url);
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('#filters')).toBe(false);
    expect(await page.isVisible('#source-pager')).toBe(false);
    expect(await countVisible(page, 'ol.facts > li')).toBe(report.claims.length);
    await page.context().close();
  });

  it.each([[1280, 900], [390, 844]])('fits a %i px wide screen without sideways scrolling, and leaves a screenshot', async (width, height) => {
    const { page } = await openPage(browser, url, { viewport: { width, height } });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: `${SCREENSHOTS}/seed-report-${width}.png` });
    await page.locator('.finding[data-kind="temporal-change"]').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENSHOTS}/seed-finding-${width}.png` });
    await page.context().close();
  });
});
