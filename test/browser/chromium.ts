/**
 * Opens report files in Debian's Chromium through playwright-core (never a downloaded browser), and
 * records everything a page does that a report must never do: console errors, script errors, CSP
 * violations, dialogs, and requests for anything but the file itself.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The flags from STACK.md: headless, no sandbox (containers), nothing phoning home. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

/** Writes an HTML page into a fresh temporary folder and returns its file URL. */
export function writePage(name: string, html: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'factdiff-browser-')), name);
  writeFileSync(path, html);
  return pathToFileURL(path).href;
}

/** What a page did that it should not have. */
export interface Incidents {
  consoleErrors: string[];
  pageErrors: string[];
  cspViolations: string[];
  dialogs: string[];
  requests: string[];
}

/** A loaded page and what it did while loading and after. */
export interface OpenedPage {
  page: Page;
  incidents: Incidents;
}

/** Opens `url` in a new context, recording incidents; dialogs are recorded and dismissed. */
export async function openPage(browser: Browser, url: string, options: BrowserContextOptions = {}): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const incidents: Incidents = { consoleErrors: [], pageErrors: [], cspViolations: [], dialogs: [], requests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') incidents.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => incidents.pageErrors.push(error.message));
  page.on('dialog', (dialog) => {
    incidents.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('request', (request) => {
    if (request.url() !== url) incidents.requests.push(request.url());
  });
  await page.exposeFunction('__reportCspViolation', (text: string) => incidents.cspViolations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __reportCspViolation: (text: string) => void }).__reportCspViolation(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, incidents };
}

/** How many elements matching `selector` are rendered (not hidden, not inside something hidden). */
export function countVisible(page: Page, selector: string): Promise<number> {
  return page.evaluate((css) => Array.from(document.querySelectorAll(css)).filter((el) => (el as HTMLElement).checkVisibility()).length, selector);
}
