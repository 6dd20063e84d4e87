import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';

const skip = process.env.SKIP_BROWSER_TESTS === '1' && process.env.CI !== 'true';

/** True when the developer explicitly skipped browser tests (never under CI). */
export const browserTestsSkipped = skip;

/**
 * Connects the calling test file to the shared Chromium. Fails every test with the install hint
 * when Chromium is missing, unless browser tests were explicitly skipped.
 */
export function useBrowser(): { browser: () => Browser; siteUrl: () => string } {
  let browser: Browser | undefined;
  beforeAll(async () => {
    if (skip) return;
    const problem = inject('browserProblem');
    if (problem) throw new Error(`${problem} (or set SKIP_BROWSER_TESTS=1 to skip browser tests locally)`);
    if (!inject('siteUrl')) throw new Error('dist/ has no built site: run `npm run build` before the browser tests.');
    browser = await chromium.connect(inject('browserEndpoint'));
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    browser: () => browser!,
    siteUrl: () => inject('siteUrl'),
  };
}

/**
 * Opens a page that records console errors and page errors; `done()` asserts there were none.
 */
export async function openPage(browser: Browser, url: string, options: BrowserContextOptions = {}) {
  const context = await browser.newContext(options);
  const page: Page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  const response = await page.goto(url, { waitUntil: 'load' });
  return {
    page,
    response,
    errors,
    async done() {
      await context.close();
      expect(errors, `errors logged on ${url}`).toEqual([]);
    },
  };
}
