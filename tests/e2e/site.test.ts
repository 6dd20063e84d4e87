import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { words } from '../../src/i18n/index.ts';

const CATEGORIES = words().categories;
import { browserTestsSkipped, openPage, useBrowser, useTabPool } from '../support/browser.ts';
import { sharedLibrary } from '../support/library.ts';

const library = await sharedLibrary();
const { browser, siteUrl } = useBrowser();
const modePage = '/modes/no-service-vision/';
// These pages keep nothing in storage, so each test opens its page afresh in a reused tab: one for a
// desktop window, one for a 320 px phone.
const tab = useTabPool(browser, { tabs: 1 });
const phone = useTabPool(browser, { tabs: 1, context: { viewport: { width: 320, height: 640 } } });

describe.skipIf(browserTestsSkipped)('the playbook site in Chromium', () => {
  test('searching a word from a page body finds that page, with the match highlighted', async () => {
    await tab.visit(`${siteUrl()}/search/`, async (page) => {
      // "poster" appears only in the body prose of the vision page, not in its title or summary.
      expect(readFileSync('content/failure-modes/no-service-vision.mdx', 'utf8')).toContain('poster');
      await page.getByRole('searchbox', { name: 'Search words' }).fill('poster');
      const result = page.getByRole('link', { name: 'No one-sentence service vision' });
      await result.waitFor();
      await expect(page.locator('#search-results mark').first().textContent()).resolves.toMatch(/poster/i);
      await expect(page.locator('#search-results .meta').first().textContent()).resolves.toBe(
        'Vision and leadership',
      );
      await expect(page.getByRole('status').textContent()).resolves.toMatch(/^1 page matches “poster”\.$/);
    });
  });

  test('the category filter narrows search results to that category', async () => {
    await tab.visit(`${siteUrl()}/search/?q=customer`, async (page) => {
      await page.locator('#search-results li').first().waitFor();
      const all = await page.locator('#search-results li').count();
      await page.getByRole('combobox', { name: 'Category' }).selectOption('Customer processes');
      await page.waitForFunction(() =>
        document.querySelector('#search-status')?.textContent?.includes('in Customer processes'),
      );
      const categories = await page.locator('#search-results .meta').allTextContents();
      expect(categories.length).toBeGreaterThan(0);
      expect(categories.length).toBeLessThan(all);
      expect(new Set(categories)).toEqual(new Set(['Customer processes']));
    });
  });

  test('search is reachable and usable with the keyboard alone', async () => {
    await tab.visit(`${siteUrl()}/`, async (page) => {
      await page.keyboard.press('Tab');
      await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Skip to content');
      await page.getByRole('searchbox').focus();
      await page.keyboard.type('refund');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/search\/\?q=refund/);
      await page.locator('#search-results li a').first().waitFor();
    });
  });

  test('index filters narrow the list by category and audience, and survive a reload', async () => {
    await tab.visit(`${siteUrl()}/modes/`, async (page) => {
      const visible = page.locator('#mode-list > li:visible');
      await expect(visible.count()).resolves.toBe(library.modes.length);
      await page.getByRole('checkbox', { name: CATEGORIES['working-conditions'].label }).check();
      const inCategory = library.modes.filter((m) => m.category === 'working-conditions');
      await expect(visible.count()).resolves.toBe(inCategory.length);
      await page.getByRole('checkbox', { name: 'HR' }).check();
      const both = inCategory.filter((m) => m.audiences.includes('hr'));
      await expect(visible.count()).resolves.toBe(both.length);
      await expect(page.getByRole('status').textContent()).resolves.toBe(
        `Showing ${both.length} of ${library.modes.length} failure modes.`,
      );
      await page.reload();
      await expect(visible.count()).resolves.toBe(both.length);
    });
  });

  test('with JavaScript off the index is a plain list of every mode', async () => {
    const { page, done } = await openPage(browser(), `${siteUrl()}/modes/`, { javaScriptEnabled: false });
    await expect(page.locator('#mode-list > li:visible').count()).resolves.toBe(library.modes.length);
    await expect(page.locator('#mode-filters').isVisible()).resolves.toBe(false);
    await done();
  });

  test.each([
    ['a mode page', ''],
    ['its handout', 'handout/'],
    ['its kit', 'kit/'],
  ])('%s loads no JavaScript', async (_name, below) => {
    const context = await browser().newContext();
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
    await page.goto(`${siteUrl()}${modePage}${below}`);
    expect(await page.locator('script').count()).toBe(0);
    expect(scripts).toEqual([]);
    await context.close();
  });

  test('the dark scheme follows the operating system', async () => {
    const background = async (colorScheme: 'light' | 'dark') => {
      const { page, done } = await openPage(browser(), `${siteUrl()}${modePage}`, { colorScheme });
      const rgb = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      await done();
      const [r, g, b] = rgb.match(/\d+/g)!.map(Number);
      return (r! + g! + b!) / 3;
    };
    expect(await background('light')).toBeGreaterThan(200);
    expect(await background('dark')).toBeLessThan(60);
  });

  test.each([
    '/',
    '/modes/',
    modePage,
    `${modePage}handout/`,
    '/search/',
    '/sources/',
    '/metrics/',
    '/pulse/',
    '/handbook/',
    '/categories/customer-processes/',
    '/404.html',
  ])('%s fits a 320 px wide screen without horizontal scrolling', async (path) => {
    const overflow = await phone.visit(`${siteUrl()}${path}`, (page) =>
      page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('an unknown address shows the 404 page with a way back', async () => {
    const { page, response, errors, done } = await openPage(browser(), `${siteUrl()}/modes/not-a-mode/`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'We could not find that page',
    );
    await expect(
      page.getByRole('link', { name: 'the list of failure modes' }).getAttribute('href'),
    ).resolves.toBe('/modes/');
    // Chromium reports the 404 status itself as a console error; anything else is a real one.
    errors.splice(0, errors.length, ...errors.filter((e) => !e.includes('status of 404')));
    await done();
  });

  test('the whole playbook to print says on screen how to get back and how to print, and prints without that note', async () => {
    await tab.visit(`${siteUrl()}/print/`, async (page) => {
      const back = page.getByRole('link', { name: '← Back to the playbook' });
      await expect(back.getAttribute('href')).resolves.toBe('/');
      await expect(page.locator('.screen-note').textContent()).resolves.toContain(
        'Print command (Ctrl+P or ⌘P)',
      );
      await page.emulateMedia({ media: 'print' });
      await expect(back.isVisible()).resolves.toBe(false);
    });
  });

  test('each mode page links to its printable handout and to its neighbours in the category', async () => {
    await tab.visit(`${siteUrl()}${modePage}`, async (page) => {
      await page.getByRole('link', { name: 'Print handout' }).click();
      await page.waitForURL(/\/handout\/$/);
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
        'No one-sentence service vision',
      );
    });
  });
});
