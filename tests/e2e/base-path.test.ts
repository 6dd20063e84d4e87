/**
 * The site published under a path, as a GitHub Pages project site or an intranet folder is: built
 * with PLAYBOOK_SITE_URL=https://example.org/cx/playbook/ into its own folder (out/base-path, so
 * the other browser tests keep reading dist/), served on loopback under /cx/playbook/ only, and
 * visited page by page in Chromium. Every link, asset and script must be found there; search, the
 * builder's downloads and the assessment's answer-code link must work.
 */
import { readFileSync } from 'node:fs';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { builtPages } from '../support/dist.ts';
import { browserTestsSkipped, openPage, useBrowser, useTabPool } from '../support/browser.ts';
import { sharedLibrary } from '../support/library.ts';
import { buildSiteFor } from '../support/site-under-path.ts';
import { serveStatic } from '../support/static-server.ts';

const BASE = '/cx/playbook/';
const PUBLIC_URL = `https://example.org${BASE}`;
const OUT = 'out/base-path';
const it = browserTestsSkipped ? test.skip : test;

const { browser } = useBrowser();
const tabs = useTabPool(browser, { tabs: 2 });
const library = await sharedLibrary();
let origin = '';
let close = async () => {};

beforeAll(async () => {
  if (browserTestsSkipped) return;
  // English and one translation: the language's pages live under the path too (/cx/playbook/es/…).
  await buildSiteFor(PUBLIC_URL, OUT, 'en,es');
  const server = await serveStatic(`${process.cwd()}/${OUT}`, BASE);
  origin = server.url;
  close = server.close;
}, 300_000);
afterAll(() => close());

const at = (path: string) => `${origin}${BASE}${path.replace(/^\//, '')}`;

/** Everything a page points at on its own site: links, stylesheets, scripts, images, forms, Pagefind. */
const sameOriginAddresses = (page: Page) =>
  page.evaluate(() => {
    const found = [
      ...[...document.querySelectorAll<HTMLAnchorElement | HTMLLinkElement>('a[href], link[href]')].map(
        (e) => e.href,
      ),
      ...[...document.querySelectorAll<HTMLImageElement | HTMLScriptElement>('[src]')].map((e) => e.src),
      ...[...document.querySelectorAll<HTMLFormElement>('form[action]')].map((e) => e.action),
      ...[...document.querySelectorAll<HTMLElement>('[data-pagefind-path]')].map(
        (e) => new URL(e.dataset.pagefindPath!, location.href).href,
      ),
    ];
    return found
      .map((address) => new URL(address))
      .filter((url) => url.origin === location.origin)
      .map((url) => `${url.origin}${url.pathname}`);
  });

describe('the site published under a path', () => {
  it('serves every page, and every link, asset and script a page points at, from under the path', async () => {
    // Every English page, and the Spanish pages of each kind (one mode with its handout and kit,
    // one worksheet, one category): the other Spanish pages are the same templates.
    const sample =
      /^\/es\/(?:[a-z]+\/)?$|^\/es\/(?:modes\/understaffing|worksheets\/vision-test|categories\/[a-z-]+|guides\/assessment)\//;
    const pages = builtPages(OUT).filter((path) => !path.startsWith('/es/') || sample.test(path));
    expect(pages.length).toBeGreaterThan(50);
    expect(pages.filter((path) => path.startsWith('/es/')).length).toBeGreaterThan(15);
    const addresses = new Set<string>();
    const failed: string[] = [];
    const canonicals: [string, string | null][] = [];
    await Promise.all(
      pages.map((path) =>
        tabs.visit(at(path), async (page) => {
          const onResponse = (r: { status: () => number; url: () => string }) =>
            void (r.status() >= 400 && failed.push(`${path} loaded ${r.url()}: ${r.status()}`));
          page.on('response', onResponse);
          try {
            for (const address of await sameOriginAddresses(page)) addresses.add(address);
            if (path.endsWith('/'))
              canonicals.push([
                path,
                await page.evaluate(
                  () => document.querySelector('link[rel=canonical]')?.getAttribute('href') ?? null,
                ),
              ]);
          } finally {
            page.off('response', onResponse);
          }
        }),
      ),
    );
    expect(failed).toEqual([]);

    const broken: string[] = [];
    for (const address of addresses) {
      const response = await fetch(address);
      await response.arrayBuffer();
      if (response.status !== 200) broken.push(`${address}: ${response.status}`);
    }
    expect(broken, 'links and assets that are not found under the path').toEqual([]);
    // The same pages at the host's root are not there: nothing above depended on them.
    expect((await fetch(`${origin}/modes/`)).status).toBe(404);
    expect(addresses.size).toBeGreaterThan(pages.length);

    // A handout's QR code and short link name its mode's page under the path.
    const handout = readFileSync(`${OUT}/modes/${library.modes[0]!.id}/handout/index.html`, 'utf8');
    expect(handout).toContain(`example.org${BASE}modes/${library.modes[0]!.id}/`);

    // Printable pages (handouts, kits, the whole playbook) carry none; every page that does names its address under the path.
    for (const [path, canonical] of canonicals) {
      if (canonical !== null || /^\/(modes\/[^/]+\/)?$/.test(path))
        expect(canonical, `canonical link of ${path}`).toBe(`${PUBLIC_URL}${path.slice(1)}`);
    }
  });

  it('finds a page by search and opens it', async () => {
    const mode = library.modes[3]!;
    const { page, done } = await openPage(browser(), at(`search/?q=${encodeURIComponent(mode.title)}`));
    const result = page.locator('#search-results a', { hasText: mode.title });
    await result.first().waitFor();
    await Promise.all([page.waitForURL(at(`modes/${mode.id}/`)), result.first().click()]);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(mode.title);
    await done();
  });

  it("downloads a handbook from the builder, loading the builder's scripts from under the path", async () => {
    const { page, done } = await openPage(browser(), at('build/'), { acceptDownloads: true });
    await page.getByLabel('Company name').fill('Kestrel Bikes');
    await page.getByLabel(/Service vision/).fill('Every rider gets back on the road quickly.');
    await page.getByLabel('First response', { exact: true }).fill('2 hours');
    await page.getByLabel('Callback', { exact: true }).fill('the same working day');
    const mode = library.modes[0]!;
    await page.getByRole('button', { name: `Add ${mode.title}`, exact: true }).click();
    await expect
      .poll(() => page.locator('#preview-status').textContent(), { timeout: 10_000 })
      .toMatch(/^Preview:/);
    for (const name of ['handbook.html', 'handbook.md']) {
      const [download] = (await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name, exact: true }).click(),
      ])) as [Download, void];
      expect(download.suggestedFilename()).toBe(name);
      const text = readFileSync(await download.path(), 'utf8');
      expect(text).toContain('Kestrel Bikes');
      expect(text).toContain(mode.title);
    }
    await done();
  });

  it("opens the team view from a person's answer-code link", async () => {
    const { page, done } = await openPage(browser(), at('assess/'), {
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    await page.getByRole('radio', { name: 'Manager', exact: true }).check();
    await page.evaluate(() => {
      for (const group of new Set(
        [...document.querySelectorAll<HTMLInputElement>('input[name^="q:"]')].map((i) => i.name),
      ))
        document.querySelector<HTMLInputElement>(`input[name="${group}"][value="2"]`)!.click();
    });
    await page.getByRole('button', { name: 'See my results' }).click();
    await page.locator('#results:not([hidden])').waitFor();
    await page.getByRole('button', { name: 'Copy link to the team view' }).click();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link.startsWith(`${at('assess/')}#code=SPA1-`), link).toBe(true);
    await done();

    const team = await openPage(browser(), link);
    await team.page
      .locator('#team-status')
      .filter({ hasText: 'Added the answers from the link you opened.' })
      .waitFor();
    expect(new URL(team.page.url()).pathname).toBe(`${BASE}assess/`);
    await team.done();
  });
});
