import { describe, test } from 'vitest';
import { loadLibrary } from '../../src/core/load.ts';
import { countPdfPages } from '../support/pdf.ts';
import { browserTestsSkipped, useBrowser, useTabPool } from '../support/browser.ts';

const library = await loadLibrary();
const { browser, siteUrl } = useBrowser();
const tabs = useTabPool(browser);

describe.skipIf(browserTestsSkipped)('printed handouts', () => {
  // 210 x 279 mm is A4's width and US Letter's height, the area both papers share: a handout that
  // fits it on one page fits one page of either, so one print checks both.
  // Several at a time, taking turns on a few tabs, so this file does not hold up the end of the run.
  test.concurrent.for(library.modes.map((m) => m.id))('%s prints on one page of the area A4 and Letter share', async (id, { expect }) => {
    await tabs.visit(`${siteUrl()}/modes/${id}/handout/`, async (page) => {
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.handout').innerText()).toContain('Debrief');
      const pdf = await page.pdf({ width: '210mm', height: '279mm', printBackground: true });
      expect(countPdfPages(pdf), id).toBe(1);
    });
  });
});
