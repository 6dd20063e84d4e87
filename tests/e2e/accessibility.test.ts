import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { browserTestsSkipped, useBrowser } from '../support/browser.ts';

const { browser, siteUrl } = useBrowser();
// axe-core's own bundle, injected before any page script runs: no network, and one parse per page
// instead of a fresh injection per check.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  help: string;
  nodes: { target: unknown }[];
}

async function violationsOn(page: Page, url: string): Promise<string[]> {
  await page.goto(url);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: Violation[] }> } }
    ).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  });
  // A failure names the rule and the elements, so it can be fixed without rerunning axe by hand.
  return violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`,
  );
}

// Every page in the light scheme is checked by pages.test.ts, in the same visit as console errors and links.
describe.skipIf(browserTestsSkipped)('accessibility beyond the first visit', () => {
  let light: BrowserContext;
  let dark: BrowserContext;
  let lightPage: Page;
  let darkPage: Page;
  beforeAll(async () => {
    light = await browser().newContext({ colorScheme: 'light' });
    dark = await browser().newContext({ colorScheme: 'dark' });
    await light.addInitScript({ content: axeSource });
    await dark.addInitScript({ content: axeSource });
    lightPage = await light.newPage();
    darkPage = await dark.newPage();
  });
  afterAll(async () => {
    await light?.close();
    await dark?.close();
  });

  test.each([
    '/',
    '/modes/',
    '/modes/no-service-vision/',
    '/modes/empowerment-in-name-only/',
    '/search/',
    '/handbook/',
    '/sources/',
    '/metrics/',
    '/pulse/',
    '/worksheets/',
    '/worksheets/surge-plan/',
  ])('%s has no axe-core violations in the dark scheme', async (path) => {
    expect(await violationsOn(darkPage, `${siteUrl()}${path}`)).toEqual([]);
  });

  test('search results have no axe-core violations', async () => {
    await lightPage.goto(`${siteUrl()}/search/?q=training`);
    await lightPage.locator('#search-results li').first().waitFor();
    const violations = await lightPage.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: { run: (c: Document, o: object) => Promise<{ violations: { id: string }[] }> };
        }
      ).axe;
      return (await axe.run(document, { resultTypes: ['violations'] })).violations.map((v) => v.id);
    });
    expect(violations).toEqual([]);
  });
});
