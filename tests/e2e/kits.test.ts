import { describe, expect, test } from 'vitest';
import { planKit } from '../../src/core/kit.ts';
import { applyVariables } from '../../src/core/library.ts';
import { browserTestsSkipped, openPage, useBrowser } from '../support/browser.ts';
import { sharedLibrary } from '../support/library.ts';

// Each kit's print (its sheet, then one page per card sheet, on A4 and Letter) is checked in the
// kit page's one visit in pages.test.ts (tests/support/print-checks.ts).
// The site is the neutral edition, so its cards read as the modes do with default variables.
const library = await sharedLibrary();
const modes = library.modes.map((m) => applyVariables(m, {}));
const { browser, siteUrl } = useBrowser();

describe.skipIf(browserTestsSkipped)('training kits on the site', () => {
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
