/**
 * The site in four languages as a reader meets it: the language switcher keeps them on the page they
 * were reading (and the search they typed), every page says its language and direction, its
 * hreflang alternates lead to pages that exist, and pages in each language (Arabic right to left)
 * pass axe and fit a 320 px phone.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { LANGUAGES, LANGUAGE_NAMES, loadDictionary, words, type Language } from '../../src/i18n/index.ts';
import { browserTestsSkipped, openPage, useBrowser, useTabPool } from '../support/browser.ts';
import { builtPages, DIST } from '../support/dist.ts';
import { axeSource, axeViolations, sidewaysScroll } from '../support/page-checks.ts';

const { browser, siteUrl } = useBrowser();
await loadDictionary('ar');
const tabs = useTabPool(browser, { tabs: 2, initScript: axeSource });

/** Where a language's pages live: English at the root, the others under their code. */
const rootOf = (lang: Language) => (lang === 'en' ? '/' : `/${lang}/`);
/** The language a built page belongs to, from its path. */
const languageOfPath = (path: string): Language =>
  LANGUAGES.find((l) => l !== 'en' && path.startsWith(`/${l}/`)) ?? 'en';
/** The HTML file of a URL path of the built site, or undefined when it is not a page of it. */
function fileOf(path: string): string | undefined {
  const clean = path.split(/[?#]/)[0]!;
  if (clean.endsWith('/')) return join(DIST, clean, 'index.html');
  return clean.endsWith('.html') ? join(DIST, clean) : undefined;
}

/** One page of each kind a reader switches language on, as its path below the language's root. */
const SWITCHED = [
  ['a mode page', 'modes/understaffing/'],
  ['a handout', 'modes/clunky-tools/handout/'],
  ['a worksheet', 'worksheets/break-log/'],
  ['the assessment', 'assess/'],
  ['the list of modes', 'modes/'],
] as const;

/** The switcher's links as a reader sees them: name, where each leads, which one is marked current. */
const switcherLinks = (page: Page) =>
  page
    .getByRole('navigation', { name: /.+/ })
    .filter({ has: page.locator('a[hreflang]') })
    .locator('a')
    .evaluateAll((links) =>
      links.map((a) => ({
        name: a.textContent!.trim(),
        path: new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).search,
        current: a.getAttribute('aria-current'),
      })),
    );

describe('every built page says its language', () => {
  // The example handbook is a document a person downloads, not a page of the site.
  const pages = builtPages().filter((p) => !p.startsWith('/handbook/example/'));

  test('<html lang dir> matches the language of the path on every page', () => {
    expect(pages.length).toBeGreaterThan(400);
    const wrong: string[] = [];
    for (const path of pages) {
      const html = readFileSync(fileOf(path)!, 'utf8');
      const tag = /<html([^>]*)>/i.exec(html)?.[1] ?? '';
      const lang = /\slang="([^"]*)"/.exec(tag)?.[1];
      const dir = /\sdir="([^"]*)"/.exec(tag)?.[1];
      const expected = languageOfPath(path);
      if (lang !== expected || dir !== (expected === 'ar' ? 'rtl' : 'ltr'))
        wrong.push(`${path}: lang=${lang} dir=${dir}`);
    }
    expect(wrong).toEqual([]);
  });

  test('on the right-to-left pages, whatever is marked English is also set left to right', () => {
    const wrong: string[] = [];
    for (const path of pages.filter((p) => p.startsWith('/ar/'))) {
      const html = readFileSync(fileOf(path)!, 'utf8');
      for (const [tag] of html.matchAll(/<[a-z0-9]+\b[^>]*\slang="en"[^>]*>/g))
        // A language's name in the switcher takes its direction from its own letters.
        if (!/\sdir="(ltr|auto)"/.test(tag)) wrong.push(`${path}: ${tag.slice(0, 80)}`);
    }
    expect(wrong.slice(0, 10)).toEqual([]);
  });

  test('hreflang alternates name every language and lead to pages that exist', () => {
    const wrong: string[] = [];
    for (const path of pages) {
      const html = readFileSync(fileOf(path)!, 'utf8');
      const links = [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)];
      for (const [, hreflang, href] of links) {
        const target = new URL(href!, 'http://site.test').pathname;
        const file = fileOf(target);
        if (!file || !existsSync(file)) wrong.push(`${path} -> ${hreflang} ${target} (missing)`);
      }
      // A page of the library has its twin in each language; the 404 page has none.
      if (path === '/404.html') continue;
      const named = links.map(([, hreflang]) => hreflang).sort();
      if (named.join() !== [...LANGUAGES, 'x-default'].sort().join()) wrong.push(`${path}: ${named.join()}`);
      const own = links.find(([, hreflang]) => hreflang === languageOfPath(path));
      if (own && new URL(own[2]!, 'http://site.test').pathname !== path)
        wrong.push(`${path}: its own alternate is ${own[2]}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe.skipIf(browserTestsSkipped)('the language switcher keeps the reader on the page', () => {
  test.for(SWITCHED.flatMap(([what, rest]) => LANGUAGES.map((from) => [what, from, rest] as const)))(
    'on %s in %s, each language leads to the same page, the current one marked',
    async ([, from, rest], { expect }) => {
      const links = await tabs.visit(`${siteUrl()}${rootOf(from)}${rest}`, switcherLinks);
      expect(links).toEqual(
        LANGUAGES.map((to) => ({
          name: LANGUAGE_NAMES[to],
          path: `${rootOf(to)}${rest}`,
          current: to === from ? 'page' : null,
        })),
      );
      for (const link of links) expect(existsSync(fileOf(link.path)!), link.path).toBe(true);
    },
  );

  test('a keyboard reader reaches the switcher with Tab and lands on the same page in German', async () => {
    const { page, done } = await openPage(browser(), `${siteUrl()}/es/modes/understaffing/`);
    let focused = '';
    for (let i = 0; i < 30 && focused !== 'Deutsch'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    }
    expect(focused).toBe('Deutsch');
    await Promise.all([page.waitForURL('**/de/modes/understaffing/'), page.keyboard.press('Enter')]);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('de');
    await done();
  });

  test('on the search page, the words and the category searched go along to the other language and are searched there', async () => {
    await loadDictionary('de');
    const { page, done } = await openPage(browser(), `${siteUrl()}/search/`);
    await page.locator('#q').fill('Personal');
    await page.locator('#q').press('Enter');
    await page.waitForURL(/\?q=Personal$/);
    const links = await switcherLinks(page);
    expect(links.map((l) => l.path)).toEqual(LANGUAGES.map((l) => `${rootOf(l)}search/?q=Personal`));
    await page
      .locator('#category')
      .selectOption({ label: words('en').categories['working-conditions'].label });
    const searched = '?q=Personal&category=working-conditions';
    await page.waitForURL(`**/search/${searched}`);
    await Promise.all([
      page.waitForURL(`**/de/search/${searched}`),
      page.getByRole('link', { name: 'Deutsch' }).click(),
    ]);
    await expect(page.locator('#q').inputValue()).resolves.toBe('Personal');
    await expect(page.locator('#category option:checked').textContent()).resolves.toBe(
      words('de').categories['working-conditions'].label,
    );
    await page.locator('#search-results li h2 a').first().waitFor();
    const found = await page
      .locator('#search-results li h2 a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(found).toContain('/de/modes/understaffing/');
    for (const href of found) expect(href).toMatch(/^\/de\/modes\//);
    // Arriving from a shared link, the words and the category are there at once, before any search is typed.
    const arrived = await switcherLinks(page);
    expect(arrived.find((l) => l.name === 'Español')?.path).toBe(`/es/search/${searched}`);
    await done();
  });
});

describe.skipIf(browserTestsSkipped)('search in a language whose pages are not translated yet', () => {
  test('the Arabic search says so, searches the English pages and leads to their Arabic copies', async () => {
    const { page, done } = await openPage(
      browser(),
      `${siteUrl()}/ar/search/?q=${encodeURIComponent('refund limit')}`,
    );
    await expect(page.locator('.untranslated-notice').textContent()).resolves.toBe(
      words('ar').site.search.inEnglish,
    );
    await page.locator('#search-results li').first().waitFor();
    const results = await page.locator('#search-results li').evaluateAll((items) =>
      items.map((li) => ({
        href: li.querySelector('a')!.getAttribute('href'),
        lang: li.getAttribute('lang'),
        dir: li.getAttribute('dir'),
      })),
    );
    expect(results.slice(0, 3).map((r) => r.href)).toContain('/ar/modes/empowerment-in-name-only/');
    for (const r of results)
      expect(r).toEqual({ href: expect.stringMatching(/^\/ar\/modes\/[a-z-]+\/$/), lang: 'en', dir: 'ltr' });
    // The page itself stays Arabic, right to left.
    await expect(
      page.locator('html').evaluate((h) => [h.getAttribute('lang'), h.getAttribute('dir')]),
    ).resolves.toEqual(['ar', 'rtl']);
    // A category filters the English index by its English name, and the status names it in Arabic.
    const category = words('ar').categories['empowerment-communication'].label;
    await page.locator('#category').selectOption({ label: category });
    await page.locator('#search-status').filter({ hasText: category }).waitFor();
    const filtered = await page
      .locator('#search-results li h2 a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(filtered).toContain('/ar/modes/empowerment-in-name-only/');
    await done();
  });
});

/** A page of each kind, in each language, for axe and the narrow screen. */
const CHECKED = LANGUAGES.flatMap((lang) =>
  [
    ['home', ''],
    ['a mode page', 'modes/understaffing/'],
    ['the search page', 'search/?q=staff'],
    ['the assessment', 'assess/'],
  ].map(([what, rest]) => [lang, what, `${rootOf(lang)}${rest}`] as const),
);

describe.skipIf(browserTestsSkipped)('pages in every language pass axe and fit a phone', () => {
  test.for(CHECKED)('%s: %s has no axe violations', async ([lang, , path], { expect }) => {
    const violations = await tabs.visit(`${siteUrl()}${path}`, async (page) => {
      await expect(page.locator('html').getAttribute('dir')).resolves.toBe(lang === 'ar' ? 'rtl' : 'ltr');
      if (path.includes('search/?q=')) await page.locator('#search-results li').first().waitFor();
      return axeViolations(page);
    });
    expect(violations).toEqual([]);
  });

  test.for(CHECKED.filter(([lang]) => lang === 'ar' || lang === 'de'))(
    '%s: %s has no sideways scroll at 320 px',
    async ([, , path], { expect }) => {
      const { page, done } = await openPage(browser(), `${siteUrl()}${path}`, {
        viewport: { width: 320, height: 640 },
      });
      if (path.includes('search/?q=')) await page.locator('#search-results li').first().waitFor();
      await expect(sidewaysScroll(page)).resolves.toBe(0);
      await done();
    },
  );
});
