/**
 * XSS vectors from articles stay inert in Chromium: the hand-built hostile report (payloads in titles,
 * publishers, URLs, quotes, values, explanations and a timeline) and a hostile drop run through the
 * kernel. No dialog fires, no element is injected, every payload is visible as text, and a
 * 10,000-character word does not push the page sideways on a phone.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { check } from '../../src/index.js';
import { buildReport } from '../../src/report/build-report.js';
import { formatHtml } from '../../src/report/format-html.js';
import { projectRules } from '../support/sources.js';
import {
  BROKEN_PUBLISHER, BROKEN_TITLE, DATA_URL, hostileHtmlInput, IMG_QUOTE, JS_URL, LONG_WORD, PAYLOADS, SCRIPT_TITLE, SVG_PUBLISHER,
} from '../report/hostile-fixture.js';
import { launchChromium, openPage, writePage } from './chromium.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Everything on the page that could run or load: anything but the report's own script and timelines. */
async function injected(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const all = Array.from(document.querySelectorAll('*'));
    return {
      scripts: document.querySelectorAll('script').length - 1,
      embeds: document.querySelectorAll('img, iframe, object, embed, math, foreignObject, video, audio, form:not(#filters), base, link, meta[http-equiv="refresh"]').length,
      strangeSvg: Array.from(document.querySelectorAll('svg')).filter((svg) => !svg.parentElement?.matches('figure.timeline')).length,
      handlers: all.filter((el) => Array.from(el.attributes).some((attribute) => /^on/i.test(attribute.name))).length,
      unsafeLinks: Array.from(document.querySelectorAll('[href], [src], [action], [formaction]')).filter(
        (el) => el.tagName !== 'A' || !/^(#|https?:)/.test(el.getAttribute('href') ?? ''),
      ).length,
    };
  });
}

const NOTHING = { scripts: 0, embeds: 0, strangeSvg: 0, handlers: 0, unsafeLinks: 0 };

/** Opens every collapsed block, so text inside is rendered and can be seen. */
const openAll = (page: Page) => page.evaluate(() => document.querySelectorAll('details').forEach((block) => { block.open = true; }));

describe('the hostile fixture report in Chromium', () => {
  let url: string;
  beforeAll(() => {
    url = writePage('hostile.html', formatHtml(buildReport(hostileHtmlInput)));
  });

  it('fires no dialog, breaks no CSP rule and injects no element', async () => {
    const { page, incidents } = await openPage(browser, url);
    await page.hover('.source-title');
    await page.keyboard.press('Tab');
    expect(incidents).toEqual({ consoleErrors: [], pageErrors: [], cspViolations: [], dialogs: [], requests: [] });
    expect(await injected(page)).toEqual(NOTHING);
    await page.context().close();
  });

  it.each(PAYLOADS.map((payload) => [payload]))('shows %s as visible text', async (payload) => {
    const { page } = await openPage(browser, url);
    await openAll(page);
    expect(await page.getByText(payload, { exact: false }).first().isVisible()).toBe(true);
    await page.context().close();
  });

  it('links only the https URL, without opener or referrer, and shows javascript: and data: URLs as text', async () => {
    const { page } = await openPage(browser, url);
    const external = await page.$$eval('a[href]:not([href^="#"])', (links) => links.map((a) => [a.getAttribute('href'), a.getAttribute('rel')]));
    expect(external).toEqual([['https://example.org/story?a=1&b=%3C2%3E', 'noopener noreferrer']]);
    expect((await page.$$eval('code.url', (codes) => codes.map((code) => code.textContent))).sort()).toEqual([DATA_URL, JS_URL].sort());
    await page.context().close();
  });

  it('keeps a phone-width page from scrolling sideways, even with a 10,000-character word open', async () => {
    const { page } = await openPage(browser, url, { viewport: { width: 390, height: 844 } });
    await openAll(page);
    expect(await page.getByText(LONG_WORD.slice(0, 200), { exact: false }).first().isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.context().close();
  });

  it('finds hostile text with the search box without running it', async () => {
    const { page, incidents } = await openPage(browser, url);
    await page.fill('#filter-text', 'will <img src=x onerror=alert(1)>');
    expect(await page.textContent('#filter-count')).toBe('Showing 1 of 2 findings');
    expect(incidents.dialogs).toEqual([]);
    expect(await injected(page)).toEqual(NOTHING);
    await page.context().close();
  });
});

describe('a hostile drop checked by the kernel, in Chromium', () => {
  let url: string;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'factdiff-hostile-'));
    const front = (fields: Record<string, string>) => `---\n${Object.entries(fields).map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join('\n')}\n---\n\n`;
    writeFileSync(join(dir, 'evil.md'), `${front({ title: SCRIPT_TITLE, publisher: BROKEN_PUBLISHER, url: JS_URL, published: '2025-01-02' })}` +
      `The alliance now has 10 member states, its secretary said on Thursday.\n\n"${IMG_QUOTE}," the secretary said.\n`);
    writeFileSync(join(dir, 'evil.json'), JSON.stringify({ title: BROKEN_TITLE, url: DATA_URL, publisher: SVG_PUBLISHER, published: '2025-01-02',
      body: `The alliance has 11 member states, officials said.\n\n${LONG_WORD}` }));
    writeFileSync(join(dir, 'evil.html'), `<!doctype html><html><head><title>&lt;svg onload=alert(1)&gt; "'><script>alert(1)</script></title>` +
      `<meta property="og:site_name" content="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"><meta property="article:published_time" content="2025-01-02">` +
      `</head><body><article><p>The alliance has 12 member states. <script>alert(1)</script><img src=x onerror=alert(1)></p></article></body></html>`);
    const report = await check({ paths: [dir], rules: projectRules, tool: { name: 'factdiff', version: 'browser-test' }, generatedAt: '2026-01-01T00:00:00.000Z' });
    url = writePage('kernel-hostile.html', formatHtml(report));
  });

  it('fires no dialog, injects nothing, and shows the hostile titles and publishers as text', async () => {
    const { page, incidents } = await openPage(browser, url);
    await openAll(page);
    expect(incidents).toEqual({ consoleErrors: [], pageErrors: [], cspViolations: [], dialogs: [], requests: [] });
    expect(await injected(page)).toEqual(NOTHING);
    for (const text of [SCRIPT_TITLE, BROKEN_PUBLISHER, BROKEN_TITLE, SVG_PUBLISHER, JS_URL, DATA_URL]) {
      expect(await page.getByText(text, { exact: false }).first().isVisible(), text).toBe(true);
    }
    await page.context().close();
  });
});
