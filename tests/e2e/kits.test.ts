import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { planKit } from '../../src/core/kit.ts';
import { applyVariables } from '../../src/core/library.ts';
import { loadLibrary } from '../../src/core/load.ts';
import { browserTestsSkipped, openPage, useBrowser, useTabPool } from '../support/browser.ts';
import { expectKitPages, overflowingCards } from '../support/kit-pages.ts';
import { pdfPageTexts } from '../support/pdf-text.ts';

// The site is the neutral edition, so its cards read as the modes do with default variables.
const library = await loadLibrary();
const modes = library.modes.map((m) => applyVariables(m, {}));
const { browser, siteUrl } = useBrowser();
const tabs = useTabPool(browser);

/** Terms in the sheet's facts (Format, Length, Group, Prep, Cards) broken across two lines, as "P / rep:" once was. */
const splitTerms = (page: Page) =>
  page.locator('.kit-facts dt').evaluateAll((terms) =>
    terms.filter((t) => new Set([...t.getClientRects()].map((line) => Math.round(line.top))).size > 1).map((t) => t.textContent),
  );

describe.skipIf(browserTestsSkipped)('training kits on the site', () => {
  // Several at a time, taking turns on a few tabs, so this file does not hold up the end of the run.
  test.concurrent.for(modes.map((m) => [m.id, m] as const))('%s prints its sheet, then one page per card sheet, on A4 and Letter', async ([id, mode], { expect }) => {
    const plan = planKit(mode.exercise);
    await tabs.visit(`${siteUrl()}/modes/${id}/kit/`, async (page) => {
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(mode.exercise.title);
      await expect(splitTerms(page), 'on screen').resolves.toEqual([]);
      await page.emulateMedia({ media: 'print' });
      await expect(splitTerms(page), 'in print').resolves.toEqual([]);
      await expect(overflowingCards(page)).resolves.toEqual([]);
      for (const format of ['A4', 'Letter'] as const) {
        const pdf = await page.pdf({ format, preferCSSPageSize: true, printBackground: true });
        expectKitPages(pdfPageTexts(pdf), plan, `${id} on ${format}`);
      }
    });
  });

  test('a mode page and its handout link to the kit, and the kit page loads no JavaScript', async () => {
    const id = modes[0]!.id;
    for (const path of [`/modes/${id}/`, `/modes/${id}/handout/`]) {
      const { page, done } = await openPage(browser(), `${siteUrl()}${path}`);
      await expect(page.locator(`a[href$="/modes/${id}/kit/"]`).count()).resolves.toBe(1);
      await done();
    }
    const { page, done } = await openPage(browser(), `${siteUrl()}/modes/${id}/kit/`);
    await expect(page.locator('script').count()).resolves.toBe(0);
    await done();
  });

  test('a kit whose exercise has no kit fields yet says which parts are still to be written', async () => {
    const unfinished = modes.find((m) => planKit(m.exercise).missing.length > 0);
    // Once every exercise has a complete kit there is nothing to show here (the fixture test covers it).
    if (!unfinished) return;
    const { page, done } = await openPage(browser(), `${siteUrl()}/modes/${unfinished.id}/kit/`);
    await expect(page.locator('.kit-missing').textContent()).resolves.toMatch(/^Still to be written: /);
    await done();
  });
});
