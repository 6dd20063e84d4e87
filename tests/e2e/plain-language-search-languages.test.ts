/**
 * Searching in plain words in Spanish and in German, as plain-language-search.test.ts does in
 * English: each description in tests/fixtures/search/<lang>.json was written by someone describing
 * their team's problem in their own words, before any search was run, and names the page that
 * should come up in that language's search (Pagefind stems each language by the page's lang).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { browserTestsSkipped, openPage, useBrowser } from '../support/browser.ts';
import { sharedLibrary } from '../support/library.ts';

const library = await sharedLibrary();
const { browser, siteUrl } = useBrowser();

const LANGUAGES = ['es', 'de'] as const;
const descriptions = (lang: string) =>
  JSON.parse(readFileSync(`tests/fixtures/search/${lang}.json`, 'utf8')) as [string, string][];

/**
 * Descriptions the search does not yet put in the top three, each with why, so a gap stays in view
 * instead of being edited away. None today: all 14 Spanish and 14 German descriptions find their
 * page.
 */
const KNOWN_MISSES = new Map<string, string>();

/** Each language's search page, opened once and searched again and again as a reader would. */
const pages = new Map<string, Awaited<ReturnType<typeof openPage>>>();
beforeAll(async () => {
  if (browserTestsSkipped) return;
  for (const lang of LANGUAGES) pages.set(lang, await openPage(browser(), `${siteUrl()}/${lang}/search/`));
});
afterAll(async () => {
  for (const search of pages.values()) await search.done();
});

/** The search page's results for a query, as mode ids in ranked order, read once the status names the query. */
async function resultsFor(lang: string, query: string): Promise<string[]> {
  const { page } = pages.get(lang)!;
  await page.locator('#q').fill(query);
  await page.locator('#q').press('Enter');
  await page.waitForFunction(
    (q) => document.querySelector('#search-status')?.textContent?.includes(q),
    query,
  );
  const hrefs = await page
    .locator('#search-results li h2 a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  // Every result is a page in the language searched in.
  expect(hrefs.filter((href) => !href.startsWith(`/${lang}/modes/`))).toEqual([]);
  return hrefs.map((href) => href.replace(/^.*\/modes\/([^/]+)\/$/, '$1'));
}

describe.skipIf(browserTestsSkipped)('searching in plain words in Spanish and German', () => {
  test.each(LANGUAGES)('the %s descriptions name pages that exist, a dozen or more', (lang) => {
    const ids = new Set(library.modes.map((m) => m.id));
    expect(descriptions(lang).length).toBeGreaterThanOrEqual(12);
    for (const [, id] of descriptions(lang)) expect(ids.has(id), id).toBe(true);
  });

  const cases = LANGUAGES.flatMap((lang) => descriptions(lang).map(([d, id]) => [lang, d, id] as const));
  const findsIt = async ([lang, description, id]: (typeof cases)[number]) => {
    const ranked = await resultsFor(lang, description);
    expect(ranked.slice(0, 3), `results: ${ranked.slice(0, 5).join(', ')}`).toContain(id);
  };

  test.for(cases.filter(([, d]) => !KNOWN_MISSES.has(d)))('%s: “%s” finds %s in the top three', findsIt);

  // Each of these fails today for the reason KNOWN_MISSES gives; once the search finds one, this
  // test fails, and the description moves back among those that must pass.
  test.fails.for(cases.filter(([, d]) => KNOWN_MISSES.has(d)))('%s: “%s” does not find %s yet', findsIt);
});
