import { describe, expect, test } from 'vitest';
import { loadLibrary } from '../../src/core/load.ts';
import { countPdfPages } from '../support/pdf.ts';
import { browserTestsSkipped, openPage, useBrowser } from '../support/browser.ts';

const library = await loadLibrary();
const { browser, siteUrl } = useBrowser();

describe.skipIf(browserTestsSkipped)('printed handouts', () => {
  // 210 x 279 mm is A4's width and US Letter's height, the area both papers share: a handout that
  // fits it on one page fits one page of either, so one print checks both.
  // Independent pages, several at a time in their own tabs, so this file does not hold up the end of the run.
  test.concurrent.for(library.modes.map((m) => m.id))('%s prints on one page of the area A4 and Letter share', async (id, { expect }) => {
    const { page, done } = await openPage(browser(), `${siteUrl()}/modes/${id}/handout/`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.handout').innerText()).toContain('Debrief');
    const pdf = await page.pdf({ width: '210mm', height: '279mm', printBackground: true });
    expect(countPdfPages(pdf), id).toBe(1);
    await done();
  });
});
