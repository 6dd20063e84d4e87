import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type ConsoleMessage,
  type Page,
} from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { CHROMIUM_ARGS } from '../../src/render/pdf/chromium.ts';

const skip = process.env.SKIP_BROWSER_TESTS === '1' && process.env.CI !== 'true';

/** True when the developer explicitly skipped browser tests (never under CI). */
export const browserTestsSkipped = skip;

/**
 * Gives the calling test file this worker's Chromium. Fails every test with the install hint when
 * Chromium is missing, unless browser tests were explicitly skipped.
 */
export function useBrowser(): { browser: () => Browser; siteUrl: () => string } {
  let browser: Browser | undefined;
  beforeAll(async () => {
    if (skip) return;
    const problem = inject('browserProblem');
    if (problem) throw new Error(`${problem} (or set SKIP_BROWSER_TESTS=1 to skip browser tests locally)`);
    if (!inject('siteUrl'))
      throw new Error('dist/ has no built site: run `npm run build` before the browser tests.');
    browser = await workerBrowser(inject('browserPath'));
  });
  return {
    browser: () => browser!,
    siteUrl: () => inject('siteUrl'),
  };
}

/**
 * V8 in the test browser compiles no further than its baseline tier (Sparkplug). Nearly every visit
 * is a fresh page that runs axe-core (half a megabyte of script) once, and the optimising compilers
 * spent more CPU compiling it than their code then saved: pages.test.ts alone took 36.6 and 38.4
 * busy CPU-seconds without this flag, 31.4 and 32.2 with it (alternating runs); the builder and
 * assessment flows cost the same either way. Every tier runs the same JavaScript to the same
 * results; only the speed differs.
 */
const TEST_JS_FLAGS = '--js-flags=--max-opt=1';

/**
 * One Chromium per test worker, launched by the first file that asks and kept for every file after
 * it (the projects run with `isolate: false`, so this module outlives a file); Playwright closes it
 * when the worker exits. Each file closes the contexts it opens. One browser shared by all workers
 * through Playwright's launchServer relayed every message through the main process, which cost
 * more CPU than a second browser does.
 */
let launched: Promise<Browser> | undefined;
function workerBrowser(executablePath: string): Promise<Browser> {
  if (!launched) {
    launched = chromium.launch({ executablePath, headless: true, args: [...CHROMIUM_ARGS, TEST_JS_FLAGS] });
    // A browser that crashed is launched afresh for the next file.
    launched.then(
      (b) => b.on('disconnected', () => (launched = undefined)),
      () => (launched = undefined),
    );
  }
  return launched;
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

export interface TabPoolOptions {
  /** Tabs kept open; tests that run concurrently take turns on them. */
  tabs?: number;
  context?: BrowserContextOptions;
  /** A script run in every page before the page's own, such as axe-core. */
  initScript?: string;
}

/**
 * A few tabs in one context, reused from page to page, for tests that only read built pages (no
 * storage, no downloads). Opening a tab costs Chromium a new renderer process, about 0.5 CPU-s a
 * page on this machine; navigating a tab it already has costs about a quarter of that, and the
 * browser tests spent most of their time opening tabs. Each visit still records its own console
 * and page errors, and resets print emulation, so no visit sees another's state.
 */
export function useTabPool(
  browser: () => Browser,
  { tabs = 3, context: contextOptions = {}, initScript }: TabPoolOptions = {},
) {
  let context: BrowserContext | undefined;
  const idle: Page[] = [];
  const waiting: ((page: Page) => void)[] = [];
  beforeAll(async () => {
    if (skip) return;
    context = await browser().newContext(contextOptions);
    if (initScript) await context.addInitScript({ content: initScript });
    for (let i = 0; i < tabs; i++) idle.push(await context.newPage());
  });
  afterAll(async () => {
    await context?.close();
  });

  const take = () =>
    new Promise<Page>((resolve) => {
      const page = idle.pop();
      if (page) resolve(page);
      else waiting.push(resolve);
    });
  const give = (page: Page) => {
    const next = waiting.shift();
    if (next) next(page);
    else idle.push(page);
  };

  return {
    /**
     * Opens `url` in a free tab and runs `use` on it; the visit fails if the page logged an error.
     */
    async visit<T>(url: string, use: (page: Page) => Promise<T>): Promise<T> {
      const page = await take();
      const errors: string[] = [];
      const onConsole = (msg: ConsoleMessage) =>
        void (msg.type() === 'error' && errors.push(`console: ${msg.text()}`));
      const onError = (err: Error) => void errors.push(`pageerror: ${err.message}`);
      page.on('console', onConsole);
      page.on('pageerror', onError);
      try {
        await page.emulateMedia({ media: null });
        await page.goto(url, { waitUntil: 'load' });
        const result = await use(page);
        expect(errors, `errors logged on ${url}`).toEqual([]);
        return result;
      } finally {
        page.off('console', onConsole);
        page.off('pageerror', onError);
        give(page);
      }
    },
  };
}
